/**
 * Add an indicator: the analyst's own series, validated by the catalog (src/core/catalog, through the shared
 * store) field by field. Once added, figures in new documents link to it, the sheets carry it and every SH
 * function answers for it; in Excel the tracking sheets (its Indicators table included) are rewritten.
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Text } from "@fluentui/react-components";
import * as React from "react";
import type { IndicatorDraft } from "../../core/catalog/define";
import type { Method } from "../../core/progress";
import type { Store } from "../../functions/store";
import type { Host } from "../host";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "flex-start" },
  // fields shrink with the pane: one column of grid that may get narrower than the control's own width
  wide: { flexGrow: 1, flexBasis: "14em", minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  narrow: { flexBasis: "7em", flexGrow: 1, minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  control: { width: "100%", minWidth: 0 },
});

type Fields = "code" | "name" | "aliases" | "acronyms" | "unit" | "region" | "plan" | "periodStart" | "periodEnd" | "path";

export default function AddIndicator({ store, host, method }: { store: Store; host: Host; method: Method }) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Record<Fields, string>>({
    code: "", name: "", aliases: "", acronyms: "", unit: "CNY", region: "Shanghai", plan: "", periodStart: "", periodEnd: "", path: "compound",
  });
  const [errors, setErrors] = React.useState<Partial<Record<string, string>>>({});
  const [message, setMessage] = React.useState<{ intent: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = React.useState(false);
  const plans = store.catalog().plansOfRegion(draft.region.trim());
  const set = (field: Fields) => (_: unknown, data: { value: string }) => setDraft({ ...draft, [field]: data.value });

  async function add(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    const plan = plans.find((p) => p.id === draft.plan);
    const result = store.addDefinition({
      ...draft,
      plan: draft.plan,
      periodStart: draft.periodStart || (plan ? String(plan.periodStart) : ""),
      periodEnd: draft.periodEnd || (plan ? String(plan.periodEnd) : ""),
    } as IndicatorDraft);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.errors.map((e) => [e.field, e.message])));
      setMessage({ intent: "error", text: `Not added: ${result.message}` });
      return;
    }
    setErrors({});
    const added = `Added ${result.indicator.code} — ${result.indicator.name} (${result.indicator.region}). Figures in documents added from now on link to it, and SH functions answer for it.`;
    if (host.kind === "excel" && host.refresh) {
      setBusy(true);
      try {
        await host.refresh(store, method);
        setMessage({ intent: "success", text: `${added} The Indicators table and the tracking sheets were rewritten.` });
      } catch (error) {
        setMessage({ intent: "error", text: `${added} The workbook could not be updated: ${(error as Error).message}` });
      } finally {
        setBusy(false);
      }
    } else setMessage({ intent: "success", text: added });
  }

  const field = (name: Fields, label: string, hint?: string, className = styles.wide) => (
    <Field className={className} label={label} hint={hint} validationMessage={errors[name]} required={["code", "name", "unit", "region"].includes(name)}>
      <Input className={styles.control} value={draft[name]} onChange={set(name)} />
    </Field>
  );

  return (
    <form className={styles.root} onSubmit={(e) => void add(e)} aria-labelledby="add-indicator-title">
      <Subtitle2 as="h2" id="add-indicator-title">
        Add an indicator
      </Subtitle2>
      <Text>A series of your own: figures in documents you add afterwards link to it by its name, aliases or acronyms.</Text>
      <div className={styles.row}>
        {field("code", "Code", "Letters, digits, _ (e.g. ROBOTS)", styles.narrow)}
        {field("name", "Name")}
      </div>
      <div className={styles.row}>
        {field("aliases", "Aliases", "Phrases that name it, separated by ;")}
        {field("acronyms", "Acronyms", "Matched in capitals only", styles.narrow)}
      </div>
      <div className={styles.row}>
        {field("unit", "Unit", "CNY, USD, ratio, count, or a noun (parks)", styles.narrow)}
        <Field className={styles.narrow} label="Path to the target" validationMessage={errors.path}>
          <Select className={styles.control} value={draft.path} onChange={set("path")}>
            <option value="compound">compound (levels)</option>
            <option value="linear">linear (shares)</option>
            <option value="cumulative">cumulative (sums)</option>
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        {field("region", "Region", undefined, styles.narrow)}
        <Field className={styles.wide} label="Plan" validationMessage={errors.plan} hint={plans.length ? undefined : "No plan in this region yet: give the period"}>
          <Select className={styles.control} value={draft.plan} onChange={set("plan")}>
            <option value="">{plans.length ? "choose a plan" : "none"}</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id}: {p.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        {field("periodStart", "First year", "The plan's, if left empty", styles.narrow)}
        {field("periodEnd", "Last year", undefined, styles.narrow)}
      </div>
      <Button type="submit" appearance="primary" disabled={busy} style={{ alignSelf: "flex-start" }}>
        Add the indicator
      </Button>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
