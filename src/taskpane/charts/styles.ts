/** Chart colours from the theme's tokens, so light, dark and high contrast each get readable marks. */
import { tokens } from "@fluentui/react-components";
import { staticStyles } from "../staticStyles";

export const useChartStyles = staticStyles("chart", {
  svg: { display: "block", overflow: "visible" },
  period: { fill: tokens.colorNeutralBackground3 },
  path: { fill: "none", stroke: tokens.colorNeutralForeground3, strokeWidth: "1.5px", strokeDasharray: "4 3" },
  actualLine: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: "2px" },
  actual: { fill: tokens.colorBrandForeground1, stroke: tokens.colorNeutralBackground1, strokeWidth: "1px" },
  partYear: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteDarkOrangeForeground1,
    strokeWidth: "2px",
  },
  baseline: { fill: tokens.colorNeutralForeground2 },
  target: { fill: "none", stroke: tokens.colorNeutralForeground1, strokeWidth: "2px" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1px" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: "1px" },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
});
