import { Badge, Caption1, Card, makeStyles, Subtitle2, Text } from "@fluentui/react-components";
import type { Dataset } from "../../core/dataset";
import { Quote } from "./Quote";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: "8px" } });

export function ChecksView({ dataset }: { dataset: Dataset }) {
  const styles = useStyles();
  const mismatches = dataset.checks.filter((c) => !c.agrees).length;
  return (
    <div className={styles.root}>
      <Text>
        {dataset.conflicts.length} conflicts between documents; {dataset.checks.length} cross-checks, {mismatches} mismatches in the documents&apos; own figures.
      </Text>
      <Subtitle2 as="h2">Conflicts</Subtitle2>
      {dataset.conflicts.length === 0 && <Text>None.</Text>}
      {dataset.conflicts.map((conflict, i) => (
        <Card key={`c${i}`} aria-label={conflict.message}>
          <Badge color={conflict.agreeWithinRounding ? "success" : "danger"} appearance="tint">
            {conflict.agreeWithinRounding ? "agree within rounding" : "differ"}
          </Badge>
          <Text>{conflict.message}</Text>
          {[...new Map(conflict.statements.map((s) => [s.quote, s])).values()].map((s) => (
            <div key={`${s.doc}${s.start}`}>
              <Quote quote={s.quote} />
              <Caption1>{s.doc}</Caption1>
            </div>
          ))}
        </Card>
      ))}
      <Subtitle2 as="h2">Cross-checks</Subtitle2>
      {dataset.checks.map((check, i) => (
        <Card key={`x${i}`} aria-label={check.message} data-testid={check.agrees ? "check-ok" : "check-mismatch"}>
          <Badge color={check.agrees ? "success" : "danger"} appearance="tint">
            {check.agrees ? "consistent" : "mismatch"}
          </Badge>
          <Text>{check.message}</Text>
          <details>
            <summary>Figures and quotes ({new Set(check.sources.map((s) => s.quote)).size})</summary>
            {[...new Set(check.sources.map((s) => s.quote))].map((quote) => (
              <Quote key={quote} quote={quote} />
            ))}
          </details>
        </Card>
      ))}
    </div>
  );
}
export default ChecksView;
