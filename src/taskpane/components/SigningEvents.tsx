/** The signing events: totals, and each event's breakdown as bars by segment with the figures beside them. */
import { tokens, typographyStyles } from "@fluentui/react-components";
import type { OverviewEvent } from "../overview-model";
import { staticStyles } from "../staticStyles";

const useStyles = staticStyles("signings", {
  heading: { ...typographyStyles.subtitle2, display: "block", margin: "0 0 8px" },
  title: { fontWeight: tokens.fontWeightSemibold },
  caption: { ...typographyStyles.caption1, margin: 0 },
  events: { display: "grid", gap: "8px", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 300px), 1fr))" },
  card: {
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "12px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "4px" },
  bars: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  row: { display: "flex", flexDirection: "column", gap: "1px", fontSize: tokens.fontSizeBase200 },
  label: { display: "flex", justifyContent: "space-between", gap: "8px" },
  track: { display: "block", height: "8px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "8px", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall, forcedColorAdjust: "none" },
});

function EventCard({ event }: { event: OverviewEvent }) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={`${event.code} signings`} data-testid={`event-${event.code}`}>
      <span className={styles.title}>{event.heading}</span>
      <span>{event.totals}</span>
      {event.bars.length > 0 ? (
        <figure className={styles.figure} data-chart="bars" aria-label={event.description}>
          <p className={styles.caption}>{event.caption}</p>
          <ul className={styles.bars}>
            {event.bars.map((r) => (
              <li key={r.key} className={styles.row}>
                <span className={styles.label}>
                  <span>{r.label}</span>
                  <span>{r.text}</span>
                </span>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.bar} style={{ display: "block", width: `${(r.share * 100).toFixed(1)}%` }} />
                </span>
              </li>
            ))}
          </ul>
        </figure>
      ) : (
        <span className={styles.caption}>No breakdown by segment reported.</span>
      )}
    </section>
  );
}

export function SigningEvents({ events }: { events: OverviewEvent[] }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="signing-events">
      <h2 id="signing-events" className={styles.heading}>
        Signing events
      </h2>
      <div className={styles.events}>
        {events.map((event) => (
          <EventCard key={event.code} event={event} />
        ))}
      </div>
    </section>
  );
}
