import { useEffect, useState } from "react";
import type { Dataset } from "../core/dataset";
import type { Store } from "../functions/store";

/** The store's current dataset, re-rendering on every change. */
export function useDataset(store: Store): Dataset {
  const [dataset, setDataset] = useState(() => store.dataset());
  useEffect(() => store.subscribe(setDataset), [store]);
  return dataset;
}
