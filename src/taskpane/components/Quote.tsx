import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  quote: { margin: 0, color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontStyle: "normal" },
});

/** A quote, optionally shown inside the text around it with the quote highlighted. */
export function Quote({ quote, context, start, end }: { quote: string; context?: string; start?: number; end?: number }) {
  const styles = useStyles();
  if (context === undefined || start === undefined || end === undefined) return <blockquote className={styles.quote}>“{quote}”</blockquote>;
  const from = Math.max(0, start - 120);
  const to = Math.min(context.length, end + 120);
  return (
    <blockquote className={styles.quote}>
      {from > 0 ? "…" : ""}
      {context.slice(from, start)}
      <mark className={styles.mark}>{context.slice(start, end)}</mark>
      {context.slice(end, to)}
      {to < context.length ? "…" : ""}
    </blockquote>
  );
}
