import { useEffect, useState } from "react";
import type { Dataset } from "../core/dataset";
import type { Store } from "../functions/store";
import { afterPaint } from "./after-paint";

/**
 * The store's current dataset, re-rendering on every change. With `defer` it is null on the first render and
 * built right after the first paint: the pane shows its build-time overview meanwhile.
 */
export function useDataset(store: Store, defer = false): Dataset | null {
  const [dataset, setDataset] = useState<Dataset | null>(() => (defer ? null : store.dataset()));
  useEffect(() => {
    const unsubscribe = store.subscribe(setDataset);
    const cancel = defer ? afterPaint(() => setDataset(store.dataset())) : () => undefined;
    return () => {
      cancel();
      unsubscribe();
    };
  }, [store, defer]);
  return dataset;
}
