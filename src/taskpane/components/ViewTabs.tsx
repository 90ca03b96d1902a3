/**
 * The pane's tabs: a WAI-ARIA tab list that wraps onto a second line in a narrow pane instead of running off
 * its edge, so every tab stays visible. Arrow keys, Home and End move between tabs (the selection follows).
 * Plain buttons with Fluent tokens: the pane's first render does without Fluent's TabList and its focus engine.
 */
import { tokens } from "@fluentui/react-components";
import * as React from "react";
import { cx, staticStyles } from "../staticStyles";

const useStyles = staticStyles("tabs", {
  list: { display: "flex", flexWrap: "wrap", gap: "2px 0", marginLeft: "-8px", marginRight: "-8px" },
  tab: {
    appearance: "none",
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: "6px 8px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    // the hover pair of tokens, so the text stays readable on the hover colour in every theme (high contrast too)
    ":hover": { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    boxShadow: `inset 0 -3px 0 ${tokens.colorCompoundBrandStroke}`,
    "@media (forced-colors: active)": { boxShadow: "none", borderBottom: "3px solid Highlight" },
  },
});

export interface TabItem<V extends string> {
  value: V;
  label: string;
}

export function ViewTabs<V extends string>({
  tabs, selected, onSelect, label, panelId,
}: { tabs: TabItem<V>[]; selected: V; onSelect: (value: V) => void; label: string; panelId: string }) {
  const styles = useStyles();
  const refs = React.useRef(new Map<V, HTMLButtonElement>());
  const move = (event: React.KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    onSelect(tabs[next].value);
    refs.current.get(tabs[next].value)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(element) => {
              if (element) refs.current.set(tab.value, element);
              else refs.current.delete(tab.value);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.value}`}
            aria-selected={isSelected}
            aria-controls={panelId}
            tabIndex={isSelected ? 0 : -1}
            className={cx(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
