/**
 * A status as a tinted badge in Fluent's badge colours. Plain markup with Fluent tokens rather than Fluent's Badge:
 * the overview shows one per indicator on its first render, and this keeps that render and its script small.
 */
import { tokens, typographyStyles } from "@fluentui/react-components";
import type { Status } from "../../core/progress";
import { cx, staticStyles } from "../staticStyles";

type Colour = "success" | "warning" | "danger" | "informative";

const COLOURS: Record<Status, Colour> = {
  Achieved: "success",
  "On track": "success",
  "Acceleration needed": "warning",
  "Limited progress": "danger",
  Deterioration: "danger",
  "Stagnation or regression": "danger",
  "Insufficient data": "informative",
};

const useStyles = staticStyles("badge", {
  base: {
  display: "inline-flex",
  boxSizing: "border-box",
  alignItems: "center",
  justifyContent: "center",
  ...typographyStyles.caption1Strong,
  height: "20px",
  minWidth: "20px",
  padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
  borderRadius: tokens.borderRadiusCircular,
  border: `${tokens.strokeWidthThin} solid`,
  whiteSpace: "nowrap",
  },
  small: {
    height: "16px",
    minWidth: "16px",
    padding: `0 calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    borderColor: tokens.colorPaletteGreenBorder1,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    borderColor: tokens.colorPaletteYellowBorder1,
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    borderColor: tokens.colorPaletteRedBorder1,
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    borderColor: tokens.colorNeutralStroke2,
  },
});

export function StatusBadge({ status, size }: { status: Status; size?: "small" | "medium" }) {
  const styles = useStyles();
  return (
    <div className={cx(styles.base, size === "small" && styles.small, styles[COLOURS[status]])} aria-label={`Status: ${status}`}>
      {status}
    </div>
  );
}
