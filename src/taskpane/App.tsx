import {
  FluentProvider, teamsHighContrastTheme, tokens, typographyStyles, webDarkTheme, webLightTheme, type Theme,
} from "@fluentui/react-components";
import * as React from "react";
import type { Dataset } from "../core/dataset";
import type { Method } from "../core/progress";
import type { Store } from "../functions/store";
import { Overview } from "./components/Overview";
import { ViewTabs } from "./components/ViewTabs";
import type { Host } from "./host";
import { overviewModel, type OverviewModel } from "./overview-model";
import { cx, staticStyles } from "./staticStyles";
import type { ThemeKind } from "./theme";
import { useDataset } from "./useStore";

// Every view but the overview loads when first opened, so the pane shows its overview sooner.
const AddDocument = React.lazy(() => import(/* webpackChunkName: "add-document" */ "./components/AddDocument"));
const ChecksView = React.lazy(() => import(/* webpackChunkName: "checks" */ "./components/ChecksView"));
const SheetsView = React.lazy(() => import(/* webpackChunkName: "sheets" */ "./components/SheetsView"));
const Scorecard = React.lazy(() => import(/* webpackChunkName: "scorecard" */ "./components/Scorecard"));
const ImportFigures = React.lazy(() => import(/* webpackChunkName: "import-figures" */ "./components/ImportFigures"));
const AddIndicator = React.lazy(() => import(/* webpackChunkName: "add-indicator" */ "./components/AddIndicator"));
const IndicatorDetail = React.lazy(() => import(/* webpackChunkName: "detail" */ "./components/IndicatorDetail"));

const THEMES: Record<ThemeKind, Theme> = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme };

const useStyles = staticStyles("app", {
  root: {
    minHeight: "100%",
    padding: "12px",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
    "@media print": { padding: 0 },
  },
  header: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "baseline", columnGap: "8px", marginBottom: "4px" },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  small: { ...typographyStyles.caption1 },
  panel: { paddingTop: "12px", minWidth: 0 },
});

export type View = "overview" | "scorecard" | "add" | "import" | "indicator" | "checks" | "sheets";

function Loading({ label }: { label: string }) {
  return (
    <span role="status" className={useStyles().small}>
      {label}
    </span>
  );
}

/**
 * `start`: the overview of the store as it is now, worked out at build time (index.tsx passes it for the embedded
 * seeds). The first render shows it and the dataset is built right after the first paint; without it the dataset
 * is built before the first render.
 */
export function App({ store, host, theme = "light", start }: { store: Store; host: Host; theme?: ThemeKind; start?: OverviewModel | null }) {
  const styles = useStyles();
  const built = useDataset(store, Boolean(start));
  const [view, setView] = React.useState<View>("overview");
  const [method, setMethod] = React.useState<Method>("cagr");
  const [selected, setSelected] = React.useState<string | null>(null);
  // the indicator whose detail was just closed: the overview puts the keyboard focus back on it
  const [returnTo, setReturnTo] = React.useState<string | null>(null);
  // every view but the overview, and an indicator's detail, work on the dataset: built at once if it is not yet
  const dataset = (): Dataset => built ?? store.dataset();
  // `built` is null only while there is a `start`
  const model = React.useMemo(() => (built ? overviewModel(built) : start!), [built, start]);
  const record = selected ? dataset().indicators.find((r) => `${r.code}|${r.region}` === selected) : undefined;
  const tabs: { value: View; label: string }[] = [
    { value: "overview", label: "Overview" },
    { value: "scorecard", label: "Scorecard" },
    { value: "add", label: "Add a document" },
    { value: "import", label: "Import figures" },
    { value: "indicator", label: "Add an indicator" },
    { value: "checks", label: "Checks" },
    { value: "sheets", label: host.kind === "excel" ? "Sheets" : "Download" },
  ];
  const label = tabs.find((t) => t.value === view)!.label;
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root} data-theme={theme}>
      <header className={cx(styles.header, "pt-no-print")}>
        <h1 className={styles.title}>Plan Tracker</h1>
        <span className={styles.small} aria-label="Mode">
          {host.kind === "excel" ? "In Excel" : "Stand-alone"} · {model.documents} documents · {model.facts} facts
        </span>
      </header>
      <nav className="pt-no-print">
        <ViewTabs
          tabs={tabs}
          selected={view}
          label="Views"
          panelId="view-panel"
          onSelect={(value) => {
            setView(value);
            setSelected(null);
          }}
        />
      </nav>
      <main id="view-panel" className={styles.panel} role="tabpanel" aria-labelledby={`tab-${view}`} data-view={record ? "detail" : view}>
        {/* outside the Suspense boundary: React takes the page's pre-rendered overview over in one pass, not later */}
        {view === "overview" && !record && (
          <Overview model={model} method={method} onMethod={setMethod} onOpen={setSelected} returnTo={returnTo} />
        )}
        <React.Suspense fallback={<Loading label={`Loading ${label.toLowerCase()}…`} />}>
          {view === "overview" && record && (
            <IndicatorDetail
              record={record}
              dataset={dataset()}
              method={method}
              onBack={() => {
                setReturnTo(selected);
                setSelected(null);
              }}
            />
          )}
          {view === "scorecard" && <Scorecard dataset={dataset()} method={method} host={host} />}
          {view === "add" && <AddDocument store={store} host={host} />}
          {view === "import" && <ImportFigures store={store} host={host} />}
          {view === "indicator" && <AddIndicator store={store} host={host} method={method} />}
          {view === "checks" && <ChecksView dataset={dataset()} />}
          {view === "sheets" && <SheetsView host={host} store={store} dataset={dataset()} method={method} />}
        </React.Suspense>
      </main>
    </FluentProvider>
  );
}
