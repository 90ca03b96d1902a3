/**
 * Import figures: a CSV or .xlsx file in the reported-figures table format (src/core/figures), each good row
 * reviewed like an added document's facts — accept, edit or reject — and bad rows named with their row number
 * and reason. Accepted rows go into the shared store as one document named after the file.
 */
import {
  Button, Caption1, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Subtitle2, Text, Textarea, tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { FIGURE_HEADER, figureLookup, parseFiguresCsv, type FigureImport } from "../../core/figures";
import { comparatorWords, formatPeriod, formatValue, fromDisplay, isMoney, toDisplay } from "../../core/format";
import type { Fact } from "../../core/types";
import type { Store } from "../../functions/store";
import type { Host } from "../host";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "flex-end" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "8px" },
  item: { display: "flex", flexDirection: "column", gap: "4px", padding: "8px", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  accepted: { borderLeft: `4px solid ${tokens.colorPaletteGreenBorder2}` },
  rejected: { opacity: 0.6, borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  small: { width: "7em" },
});

type Decision = "pending" | "accepted" | "rejected";

function describe(fact: Fact): string {
  const when = formatPeriod(fact.year, fact.period) || "no year";
  return `${fact.kind} · ${fact.indicator ?? fact.subject} · ${when} · ${comparatorWords(fact.comparator)}${formatValue(fact.value, fact.unit)}${fact.measure !== "level" ? ` · ${fact.measure}` : ""}`;
}

function Editor({ fact, onSave, onCancel }: { fact: Fact; onSave: (fact: Fact) => void; onCancel: () => void }) {
  const styles = useStyles();
  const [year, setYear] = React.useState(fact.year === null ? "" : String(fact.year));
  const [value, setValue] = React.useState(fact.value === null ? "" : String(toDisplay(fact.value, fact.unit)));
  const first = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => first.current?.focus(), []);
  const yearError = !/^\d{4}$/.test(year) ? "A year such as 2024" : undefined;
  const valueError = value === "" || !Number.isFinite(Number(value)) ? "A number, in the units shown" : undefined;
  const unit = isMoney(fact.unit) ? `${fact.unit} bn` : fact.unit;
  return (
    <div className={styles.row}>
      <Field label="Year" validationMessage={yearError}>
        <Input ref={first} className={styles.small} value={year} onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={`Value (${unit})`} validationMessage={valueError}>
        <Input className={styles.small} value={value} onChange={(_, d) => setValue(d.value)} />
      </Field>
      <Button appearance="primary" onClick={() => !yearError && !valueError && onSave({ ...fact, year: Number(year), value: fromDisplay(Number(value), fact.unit) })}>
        Save
      </Button>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}

export default function ImportFigures({ store, host }: { store: Store; host: Host }) {
  const styles = useStyles();
  const [name, setName] = React.useState("");
  const [csv, setCsv] = React.useState("");
  const [read, setRead] = React.useState<{ facts: Fact[]; decisions: Decision[]; errors: FigureImport["errors"] } | null>(null);
  const [editing, setEditing] = React.useState<number | null>(null);
  const [message, setMessage] = React.useState<{ intent: "error" | "success" | "info"; text: string } | null>(null);

  function show(result: FigureImport) {
    setRead({ facts: result.rows, decisions: result.rows.map(() => "pending"), errors: result.errors });
    setEditing(null);
    if (!result.rows.length && !result.errors.length) setMessage({ intent: "info", text: "The table has a header but no rows." });
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    setMessage(null);
    if (file.size > MAX_FILE_BYTES) return setMessage({ intent: "error", text: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is 5 MB.` });
    setName(file.name);
    if (/\.csv$/i.test(file.name)) {
      const text = await file.text();
      setCsv(text);
      return show(parseFiguresCsv(text, { doc: file.name, analyst: true, lookup: figureLookup(store.catalog()) }));
    }
    if (/\.xlsx$/i.test(file.name)) {
      const { readFiguresXlsx } = await import(/* webpackChunkName: "xlsx-read" */ "../../xlsx/read-figures");
      return show(await readFiguresXlsx(new Uint8Array(await file.arrayBuffer()), { doc: file.name, analyst: true, lookup: figureLookup(store.catalog()) }));
    }
    setMessage({ intent: "error", text: `${file.name}: open a .csv or .xlsx file in the figures table format.` });
  }

  function readPasted() {
    setMessage(null);
    if (!csv.trim()) return setMessage({ intent: "error", text: `Paste the table first; its header is ${FIGURE_HEADER}` });
    show(parseFiguresCsv(csv, { doc: name || "pasted-figures.csv", analyst: true, lookup: figureLookup(store.catalog()) }));
  }

  const decide = (index: number, decision: Decision, fact?: Fact) =>
    setRead((r) => r && { ...r, decisions: r.decisions.map((d, i) => (i === index ? decision : d)), facts: fact ? r.facts.map((f, i) => (i === index ? fact : f)) : r.facts });
  const accepted = read ? read.facts.filter((_, i) => read.decisions[i] === "accepted") : [];

  async function addAccepted() {
    if (!accepted.length) return;
    const file = accepted[0].doc;
    store.addDocument({ file, title: file, outlet: null, date: new Date().toISOString().slice(0, 10), region: accepted[0].region }, accepted);
    setRead(null);
    try {
      if (host.kind === "excel" && host.refresh) await host.refresh(store, "cagr");
      setMessage({ intent: "success", text: `Added ${accepted.length} figures from ${file}${host.kind === "excel" ? " to the tracker and the workbook's tables" : " to the tracker"}.` });
    } catch (error) {
      setMessage({ intent: "error", text: `The figures are in the tracker, but the workbook could not be updated: ${(error as Error).message}` });
    }
  }

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Import figures</Subtitle2>
      <Text>A table of published figures (or your own), one row a figure, with its source. Columns: {FIGURE_HEADER.split(",").join(", ")}.</Text>
      <Field label="Open a .csv or .xlsx file">
        <input type="file" accept=".csv,.xlsx" aria-label="Open a .csv or .xlsx file" onChange={(e) => void openFile(e.target.files?.[0])} />
      </Field>
      <Field label="Or paste CSV">
        <Textarea value={csv} onChange={(_, d) => setCsv(d.value)} rows={5} resize="vertical" aria-label="Figures as CSV" />
      </Field>
      <Button onClick={readPasted} style={{ alignSelf: "flex-start" }}>
        Read the table
      </Button>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {read && read.errors.length > 0 && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            {read.errors.length} rows not read:
            <ul aria-label="Rows not read">
              {read.errors.map((e) => (
                <li key={`${e.row}${e.reason}`}>
                  Row {e.row}: {e.reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {read && read.facts.length > 0 && (
        <>
          <div className={styles.row}>
            <Text>
              {read.facts.length} figures · {accepted.length} accepted · {read.decisions.filter((d) => d === "rejected").length} rejected
            </Text>
            <Button onClick={() => setRead({ ...read, decisions: read.decisions.map((d) => (d === "pending" ? "accepted" : d)) })}>Accept the rest</Button>
            <Button appearance="primary" disabled={!accepted.length} onClick={() => void addAccepted()}>
              Add {accepted.length} accepted figures
            </Button>
          </div>
          <ul className={styles.list} aria-label="Figures to review">
            {read.facts.map((fact, index) => {
              const decision = read.decisions[index];
              return (
                <li key={`${fact.start}-${index}`} className={mergeClasses(styles.item, decision === "accepted" && styles.accepted, decision === "rejected" && styles.rejected)} aria-label={`Figure ${index + 1}: ${describe(fact)}, ${decision}`}>
                  <Text weight="semibold">{describe(fact)}</Text>
                  {fact.source && (
                    <Caption1>
                      {fact.source.publisher}, {fact.source.published}
                      {fact.source.note ? ` — ${fact.source.note}` : ""}
                    </Caption1>
                  )}
                  {editing === index ? (
                    <Editor
                      fact={fact}
                      onSave={(edited) => {
                        decide(index, "accepted", edited);
                        setEditing(null);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <div className={styles.row}>
                      <Button size="small" appearance={decision === "accepted" ? "primary" : "secondary"} aria-pressed={decision === "accepted"} onClick={() => decide(index, "accepted")}>
                        Accept
                      </Button>
                      <Button size="small" onClick={() => setEditing(index)}>
                        Edit
                      </Button>
                      <Button size="small" aria-pressed={decision === "rejected"} onClick={() => decide(index, "rejected")}>
                        Reject
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
