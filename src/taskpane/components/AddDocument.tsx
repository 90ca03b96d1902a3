/** Add a document: paste or open text, read its figures, review each fact, add the accepted ones. */
import {
  Button, Caption1, Card, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Text, Textarea, tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { INDICATORS } from "../../core/catalog";
import { extract, MAX_TEXT_LENGTH } from "../../core/extract";
import { comparatorWords, formatValue, fromDisplay, toDisplay } from "../../core/format";
import { PANE_FILE_TYPES, readOpenedFile } from "../../input/browser-file";
import type { Comparator, DocumentInfo, Fact, FactKind } from "../../core/types";
import type { Store } from "../../functions/store";
import type { Host } from "../host";
import { Quote } from "./Quote";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  fact: { display: "flex", flexDirection: "column", gap: "6px", padding: "10px" },
  accepted: { borderLeft: `4px solid ${tokens.colorPaletteGreenBorder2}` },
  rejected: { opacity: 0.55, borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  actions: { display: "flex", gap: "6px" },
});

type Decision = "pending" | "accepted" | "rejected";
interface Review {
  fact: Fact;
  decision: Decision;
  editing: boolean;
}

const COMPARATORS: Comparator[] = ["=", ">", ">=", "<", "<=", "~"];
const KINDS: FactKind[] = ["target", "actual", "signing"];

function describe(fact: Fact): string {
  const figure = fact.value === null ? `${comparatorWords(fact.comparator)}${fact.relative?.multiple}× the baseline` : `${comparatorWords(fact.comparator)}${formatValue(fact.value, fact.unit)}`;
  return `${fact.kind} · ${fact.indicator ?? `unlinked (${fact.subject})`} · ${fact.year ?? "no year"} · ${figure}${fact.measure !== "level" ? ` · ${fact.measure}` : ""}`;
}

function FactEditor({ fact, onSave, onCancel }: { fact: Fact; onSave: (f: Fact) => void; onCancel: () => void }) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState({
    indicator: fact.indicator ?? "",
    kind: fact.kind,
    year: fact.year === null ? "" : String(fact.year),
    value: fact.value === null ? "" : String(toDisplay(fact.value, fact.unit)),
    comparator: fact.comparator,
  });
  // the editor opens with the keyboard focus in its first field
  const first = React.useRef<HTMLSelectElement>(null);
  React.useEffect(() => first.current?.focus(), []);
  const yearError = draft.year !== "" && !/^\d{4}$/.test(draft.year) ? "A year such as 2025" : undefined;
  const valueError = draft.value !== "" && !Number.isFinite(Number(draft.value)) ? "A number, in the units shown" : undefined;
  const save = () => {
    if (yearError || valueError) return;
    onSave({
      ...fact,
      indicator: draft.indicator || null,
      kind: draft.kind,
      year: draft.year === "" ? null : Number(draft.year),
      value: draft.value === "" ? fact.value : fromDisplay(Number(draft.value), fact.unit),
      comparator: draft.comparator,
    });
  };
  return (
    <div className={styles.row}>
      <Field label="Indicator">
        <Select ref={first} value={draft.indicator} onChange={(_, d) => setDraft({ ...draft, indicator: d.value })}>
          <option value="">none</option>
          {INDICATORS.map((i) => (
            <option key={i.code} value={i.code}>{i.code}</option>
          ))}
          {fact.indicator && !INDICATORS.some((i) => i.code === fact.indicator) && <option value={fact.indicator}>{fact.indicator}</option>}
        </Select>
      </Field>
      <Field label="Kind">
        <Select value={draft.kind} onChange={(_, d) => setDraft({ ...draft, kind: d.value as FactKind })}>
          {KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </Select>
      </Field>
      <Field label="Year" validationMessage={yearError}>
        <Input value={draft.year} onChange={(_, d) => setDraft({ ...draft, year: d.value })} style={{ width: "6em" }} />
      </Field>
      <Field label="Comparator">
        <Select value={draft.comparator} onChange={(_, d) => setDraft({ ...draft, comparator: d.value as Comparator })}>
          {COMPARATORS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
      </Field>
      <Field label={`Value (${fact.unit === "CNY" || fact.unit === "USD" ? `${fact.unit} bn` : fact.unit})`} validationMessage={valueError}>
        <Input value={draft.value} onChange={(_, d) => setDraft({ ...draft, value: d.value })} style={{ width: "8em" }} />
      </Field>
      <Button appearance="primary" onClick={save}>Save</Button>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}

export default function AddDocument({ store, host }: { store: Store; host: Host }) {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [title, setTitle] = React.useState("");
  const [date, setDate] = React.useState("");
  const [region, setRegion] = React.useState("Shanghai");
  const [reviews, setReviews] = React.useState<Review[] | null>(null);
  const [readText, setReadText] = React.useState("");
  const [message, setMessage] = React.useState<{ intent: "error" | "success" | "info"; text: string } | null>(null);
  const [busy, setBusy] = React.useState(false);
  // Keyboard review: after Save or Cancel the focus goes back to that fact's Edit button.
  const [returnFocus, setReturnFocus] = React.useState<number | null>(null);
  React.useEffect(() => {
    if (returnFocus === null) return;
    document.getElementById(`edit-fact-${returnFocus}`)?.focus();
    setReturnFocus(null);
  }, [returnFocus]);

  async function openFile(file: File | undefined) {
    if (!file) return;
    setMessage(null);
    // .txt/.md (UTF-8 or UTF-16), .html, .pdf: src/input/browser-file.ts; the date the text states fills an empty date
    try {
      const opened = await readOpenedFile(file);
      setText(opened.text);
      setTitle(file.name);
      const dated = !date && opened.stated ? `; publication date ${opened.stated.date} from its text (“${opened.stated.quote}”)` : "";
      if (dated) setDate(opened.stated!.date);
      setMessage({ intent: "info", text: `Read ${file.name} (${opened.description})${dated}.` });
    } catch (error) {
      setMessage({ intent: "error", text: (error as Error).message });
    }
  }

  function read() {
    setMessage(null);
    if (!text.trim()) return setMessage({ intent: "error", text: "Paste a document or open a file first." });
    if (text.length > MAX_TEXT_LENGTH) return setMessage({ intent: "error", text: "The text is too long to read at once; split it." });
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return setMessage({ intent: "error", text: "The date must be YYYY-MM-DD." });
    const doc = `added-${(title || text.split("\n")[0]).replace(/[^\w.-]+/g, "-").slice(0, 40)}`;
    try {
      // read against the store's catalog, so the analyst's own indicators link
      const facts = extract(text, { doc, date: date || null, region: region.trim() || null, catalog: store.catalog() });
      setReadText(text);
      setReviews(facts.map((fact) => ({ fact, decision: "pending", editing: false })));
      if (!facts.length) setMessage({ intent: "info", text: "No figures found in this text." });
    } catch (error) {
      setMessage({ intent: "error", text: (error as Error).message });
    }
  }

  const update = (index: number, change: Partial<Review>) => setReviews((all) => all!.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const accepted = reviews?.filter((r) => r.decision === "accepted") ?? [];

  async function addAccepted() {
    if (!reviews || !accepted.length) return;
    const doc = accepted[0].fact.doc;
    const info: DocumentInfo = { file: doc, title: title || doc, outlet: null, date: date || "", region: region || "" };
    store.addDocument(info, accepted.map((r) => r.fact));
    setBusy(true);
    try {
      if (host.kind === "excel" && host.refresh) await host.refresh(store, "cagr");
      setMessage({ intent: "success", text: `Added ${accepted.length} facts from “${info.title}”${host.kind === "excel" ? " to the tracker and the workbook's tables" : " to the tracker"}.` });
      setReviews(null);
      setText("");
      setTitle("");
    } catch (error) {
      setMessage({ intent: "error", text: `The facts are in the tracker, but the workbook could not be updated: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.root}>
      <Field label="Document text" hint="Paste policy news or a plan, or open a .txt, .md, .html or .pdf file.">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={8} aria-label="Document text" />
      </Field>
      <div className={styles.row}>
        <Field label="Open a file">
          <input type="file" accept={PANE_FILE_TYPES} aria-label="Open a file" onChange={(e) => void openFile(e.target.files?.[0])} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="Title">
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field label="Publication date" hint="Resolves “last year”, “this year”">
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} aria-label="Publication date" />
        </Field>
        <Field label="Region">
          <Input value={region} onChange={(_, d) => setRegion(d.value)} aria-label="Region" />
        </Field>
      </div>
      <Button appearance="primary" onClick={read} style={{ alignSelf: "flex-start" }}>
        Read figures
      </Button>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {reviews && reviews.length > 0 && (
        <>
          <div className={styles.row}>
            <Text>
              {reviews.length} facts · {accepted.length} accepted · {reviews.filter((r) => r.decision === "rejected").length} rejected
            </Text>
            <Button onClick={() => setReviews(reviews.map((r) => (r.decision === "pending" ? { ...r, decision: "accepted" } : r)))}>Accept the rest</Button>
            <Button appearance="primary" disabled={!accepted.length || busy} onClick={() => void addAccepted()}>
              Add {accepted.length} accepted facts
            </Button>
          </div>
          <ul aria-label="Facts to review" style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 8 }}>
            {reviews.map((review, index) => (
              <li key={`${review.fact.start}-${index}`}>
                <Card className={mergeClasses(styles.fact, review.decision === "accepted" && styles.accepted, review.decision === "rejected" && styles.rejected)} aria-label={`Fact ${index + 1}: ${describe(review.fact)}, ${review.decision}`}>
                  <Text weight="semibold">{describe(review.fact)}</Text>
                  <Quote quote={review.fact.quote} context={readText} start={review.fact.start} end={review.fact.end} />
                  <Caption1>Subject: {review.fact.subject} · Region: {review.fact.region}</Caption1>
                  {review.editing ? (
                    <FactEditor
                      fact={review.fact}
                      onSave={(fact) => {
                        update(index, { fact, editing: false, decision: "accepted" });
                        setReturnFocus(index);
                      }}
                      onCancel={() => {
                        update(index, { editing: false });
                        setReturnFocus(index);
                      }}
                    />
                  ) : (
                    <div className={styles.actions}>
                      <Button size="small" appearance={review.decision === "accepted" ? "primary" : "secondary"} aria-pressed={review.decision === "accepted"} onClick={() => update(index, { decision: "accepted" })}>
                        Accept
                      </Button>
                      <Button size="small" id={`edit-fact-${index}`} onClick={() => update(index, { editing: true })}>Edit</Button>
                      <Button size="small" aria-pressed={review.decision === "rejected"} onClick={() => update(index, { decision: "rejected" })}>
                        Reject
                      </Button>
                    </div>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
