/**
 * The pane's element tree, the same in the browser and in the build's pre-rendered page (./prerender.tsx), so the
 * page's markup is exactly what React's first render makes of it and React can take it over (hydrate) as it is.
 */
import * as React from "react";
import type { Store } from "../functions/store";
import { App } from "./App";
import type { Host } from "./host";
import type { OverviewModel } from "./overview-model";
import type { ThemeKind } from "./theme";

export interface PaneProps {
  store: Store;
  host: Host;
  theme: ThemeKind;
  start: OverviewModel | null;
  /** called once React's first render is in the page (its buttons work from then on) */
  onReady?: () => void;
}

function Ready({ onReady, children }: { onReady?: () => void; children: React.ReactNode }) {
  React.useEffect(() => onReady?.(), [onReady]);
  return children;
}

export function paneElement({ onReady, ...app }: PaneProps): React.ReactElement {
  return (
    <Ready onReady={onReady}>
      <App {...app} />
    </Ready>
  );
}
