import { FluentProvider, makeStyles, Spinner, Tab, TabList, Text, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import type { Method } from "../core/progress";
import type { Store } from "../functions/store";
import { ChecksView } from "./components/ChecksView";
import { Overview } from "./components/Overview";
import { SheetsView } from "./components/SheetsView";
import type { Host } from "./host";
import { useDataset } from "./useStore";

// Extraction is loaded only when the analyst first opens "Add a document".
const AddDocument = React.lazy(() => import(/* webpackChunkName: "add-document" */ "./components/AddDocument"));

const useStyles = makeStyles({
  root: { minHeight: "100%", padding: "12px", boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: { display: "flex", justifyContent: "space-between", alignItems: "baseline", marginBottom: "8px" },
  panel: { paddingTop: "12px" },
});

type View = "overview" | "add" | "checks" | "sheets";

export function App({ store, host, dark }: { store: Store; host: Host; dark: boolean }) {
  const styles = useStyles();
  const dataset = useDataset(store);
  const [view, setView] = React.useState<View>("overview");
  const [method, setMethod] = React.useState<Method>("cagr");
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          Plan Tracker
        </Text>
        <Text size={200} aria-label="Mode">
          {host.kind === "excel" ? "In Excel" : "Stand-alone"} · {dataset.documents.length} documents · {dataset.facts.length} facts
        </Text>
      </header>
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Views">
        <Tab value="overview">Overview</Tab>
        <Tab value="add">Add a document</Tab>
        <Tab value="checks">Checks</Tab>
        <Tab value="sheets">{host.kind === "excel" ? "Sheets" : "Download"}</Tab>
      </TabList>
      <main className={styles.panel} role="tabpanel" aria-label={view}>
        {view === "overview" && <Overview dataset={dataset} method={method} onMethod={setMethod} />}
        {view === "add" && (
          <React.Suspense fallback={<Spinner label="Loading the reader…" />}>
            <AddDocument store={store} host={host} />
          </React.Suspense>
        )}
        {view === "checks" && <ChecksView dataset={dataset} />}
        {view === "sheets" && <SheetsView host={host} store={store} dataset={dataset} method={method} />}
      </main>
    </FluentProvider>
  );
}
