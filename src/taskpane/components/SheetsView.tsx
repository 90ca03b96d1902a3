import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Subtitle2, Text } from "@fluentui/react-components";
import * as React from "react";
import type { Dataset } from "../../core/dataset";
import type { Method } from "../../core/progress";
import type { Store } from "../../functions/store";
import type { Host } from "../host";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: "12px", alignItems: "flex-start" } });

type Outcome = { intent: "success" | "error" | "warning"; title: string; lines: string[] } | null;

function explain(error: unknown, inExcel: boolean): string {
  const e = error as { code?: string; message?: string; debugInfo?: { message?: string } };
  const detail = e?.debugInfo?.message ?? e?.message ?? String(error);
  if (!inExcel) return `The workbook could not be built: ${detail}`;
  if (e?.code === "InvalidOperationInCellEditMode") return "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.";
  if (e?.code === "AccessDenied" || /protect/i.test(detail)) return `The workbook or a sheet is protected, so nothing was written (${detail}).`;
  return `Excel refused the change, so the batch was not applied: ${detail}`;
}

export function SheetsView({ host, store, dataset, method }: { host: Host; store: Store; dataset: Dataset; method: Method }) {
  const styles = useStyles();
  const [busy, setBusy] = React.useState<string | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  const [scope, setScope] = React.useState<"selection" | "workbook">("workbook");

  async function run(label: string, action: () => Promise<Outcome>) {
    setBusy(label);
    setOutcome(null);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ intent: "error", title: `${label} failed`, lines: [explain(error, host.kind === "excel")] });
    } finally {
      setBusy(null);
    }
  }

  const refresh = () =>
    run("Refresh tracking sheets", async () => {
      const summary = await host.refresh!(store, method);
      return {
        intent: summary.messages.length ? "warning" : "success",
        title: `Wrote ${summary.sheets.length} sheets`,
        lines: [
          summary.sheets.map((s) => `${s.name} (${s.rows} rows)`).join(", "),
          `${summary.analystRows} rows you added kept, ${summary.notesKept} notes kept, ${dataset.conflicts.length} conflicts found.`,
          ...summary.messages,
        ],
      };
    });
  const download = () =>
    run("Download tracking workbook", async () => {
      const file = await host.download!(store, method);
      return { intent: "success", title: `Downloaded ${file.name}`, lines: [`${file.sheets} sheets, ${(file.bytes / 1024).toFixed(0)} KB, ${dataset.conflicts.length} conflicts found.`] };
    });
  const freeze = () =>
    run("Freeze for sharing", async () => {
      const summary = await host.freeze!(scope);
      return {
        intent: "success",
        title: `Froze ${summary.frozen} SH formulas to values`,
        lines: [
          summary.notes ? "Each frozen cell has a comment naming its formula." : "This Excel cannot add comments; the values were frozen without notes.",
          ...(summary.skippedErrors ? [`${summary.skippedErrors} cells showing an error were left as formulas.`] : []),
        ],
      };
    });

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Tracking sheets</Subtitle2>
      <Text>Targets, Actuals, Progress, Signings, Sources, Checks and Briefing, from {dataset.documents.length} documents (method: {method}).</Text>
      {host.kind === "excel" ? (
        <Button appearance="primary" onClick={refresh} disabled={busy !== null}>
          Refresh tracking sheets
        </Button>
      ) : (
        <Button appearance="primary" onClick={download} disabled={busy !== null}>
          Download tracking workbook (.xlsx)
        </Button>
      )}
      {host.kind === "excel" && (
        <>
          <Subtitle2 as="h2">Freeze for sharing</Subtitle2>
          <Text>Turns SH formulas into their values, so a colleague without the add-in sees numbers.</Text>
          <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as "selection" | "workbook")} aria-label="What to freeze">
            <Radio value="workbook" label="Whole workbook" />
            <Radio value="selection" label="Selected cells" />
          </RadioGroup>
          <Button onClick={freeze} disabled={busy !== null}>
            Freeze SH formulas
          </Button>
        </>
      )}
      {busy && (
        <Field validationMessage={`${busy}…`} validationState="none" style={{ width: "100%" }}>
          <ProgressBar aria-label={`${busy} in progress`} />
        </Field>
      )}
      {outcome && (
        <MessageBar intent={outcome.intent} role="status">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
export default SheetsView;
