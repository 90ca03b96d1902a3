/**
 * Native Excel formulas for the Progress sheet, over the Targets and Actuals sheets (INDEX/MATCH, MAXIFS,
 * SUMIFS, COUNTIFS — Excel 2019 and LibreOffice, no add-in). They mirror src/core/progress exactly.
 */
import type { PathKind } from "../catalog";
import type { Method } from "../progress";

/** Progress columns, in order; the formulas below refer to them by these letters. */
export const PROGRESS_COLUMNS = [
  ["code", "Code", "A"],
  ["indicator", "Indicator", "B"],
  ["region", "Region", "C"],
  ["baselineYear", "Baseline year", "D"],
  ["baseline", "Baseline", "E"],
  ["targetYear", "Target year", "F"],
  ["comparator", "Comparator", "G"],
  ["target", "Target", "H"],
  ["latestYear", "Latest year", "I"],
  ["latest", "Latest", "J"],
  ["requiredCagr", "Required CAGR", "K"],
  ["actualCagr", "Actual CAGR", "L"],
  ["pathValue", "On-course value (latest year)", "M"],
  ["progress", "Progress", "N"],
  ["status", "Status", "O"],
  ["unit", "Unit", "P"],
  ["notes", "Notes", "Q"],
] as const;

// Targets: A Code, B Region, C Indicator, D Year, E Comparator, F Value, G Unit, H Baseline year, I Path, J Period start, K Key
// Actuals: A Code, B Region, C Indicator, D Year, E Comparator, F Value, G Unit, H Key, ..., L Period (part year)
// Only Actuals rows with an empty Period are a year's actual: a part-year figure never feeds a CAGR or a status.
// Periods read "Jan-Sep 2024", so "<>* *" (no space) keeps whole years in Excel, LibreOffice and HyperFormula
// alike (their "" criteria disagree on blank cells).
const T = "{Targets}";
const A = "{Actuals}";
const WHOLE_YEAR = `${A}!$L:$L,"<>* *"`;

function band(ratio: string, method: Method): string {
  return method === "cagr"
    ? `IF(${ratio}>=0.95,"On track",IF(${ratio}>=0.6,"Acceleration needed",IF(${ratio}>=0,"Limited progress","Deterioration")))`
    : `IF(${ratio}>=0.95,"On track",IF(${ratio}>=0.1,"Acceleration needed","Stagnation or regression"))`;
}

const MEETS = `IF($G{row}=">",$J{row}>$H{row},IF($G{row}="<",$J{row}<$H{row},IF($G{row}="<=",$J{row}<=$H{row},IF($G{row}="~",$J{row}>=$H{row}*0.995,$J{row}>=$H{row}))))`;

export interface ProgressFormulas {
  baselineYear: string;
  baseline: string;
  targetYear: string;
  comparator: string;
  target: string;
  latestYear: string;
  latest: string;
  requiredCagr: string | null;
  actualCagr: string | null;
  pathValue: string;
  progress: string;
  status: string;
}

/** Formulas of one Progress row ({row} is its own row number). */
export function progressFormulas(path: PathKind, method: Method, periodStart: number): ProgressFormulas {
  const targetKey = `$A{row}&"|"&$C{row}&"|"&$F{row}`;
  const fromTarget = (column: string) =>
    `IF($F{row}="","",IFERROR(INDEX(${T}!$${column}:$${column},MATCH(${targetKey},${T}!$K:$K,0)),""))`;
  const cumulative = path === "cumulative";
  const base = cumulative ? "0" : "$E{row}";
  const latest = cumulative
    ? `IF($I{row}="","",SUMIFS(${A}!$F:$F,${A}!$A:$A,$A{row},${A}!$B:$B,$C{row},${A}!$D:$D,">=${periodStart}",${A}!$D:$D,"<="&$I{row},${WHOLE_YEAR}))`
    : `IF($I{row}="","",IFERROR(INDEX(${A}!$F:$F,MATCH($A{row}&"|"&$C{row}&"|"&$I{row},${A}!$H:$H,0)),""))`;
  const span = `($F{row}-$D{row})`;
  const elapsed = `(($I{row}-$D{row})/${span})`;
  let pathValue: string;
  let ratio: string;
  if (path === "compound") {
    pathValue = `IF(OR($I{row}="",$K{row}=""),"",$E{row}*(1+$K{row})^($I{row}-$D{row}))`;
    ratio = method === "cagr" ? `$L{row}/$K{row}` : `($J{row}*(1+$L{row})^($F{row}-$I{row})-$E{row})/($H{row}-$E{row})`;
  } else if (path === "linear") {
    pathValue = `IF(OR($I{row}="",$E{row}="",$H{row}=""),"",$E{row}+($H{row}-$E{row})*($I{row}-$D{row})/${span})`;
    ratio =
      method === "cagr"
        ? `($J{row}-$E{row})/($M{row}-$E{row})`
        : `(($E{row}+($J{row}-$E{row})/${elapsed})-$E{row})/($H{row}-$E{row})`;
  } else {
    const years = `($F{row}-${periodStart}+1)`;
    pathValue = `IF(OR($I{row}="",$H{row}=""),"",$H{row}*MIN(MAX($I{row}-${periodStart}+1,0),${years})/${years})`;
    ratio = method === "cagr" ? `$J{row}/$M{row}` : `($J{row}/${elapsed})/$H{row}`;
  }
  const enough = cumulative ? `OR($H{row}="",$J{row}="")` : `OR($H{row}="",$E{row}="",$J{row}="",$I{row}<=$D{row})`;
  const rateMissing = path === "compound" ? `OR($K{row}="",$K{row}=0,$L{row}=""),"Insufficient data",` : "";
  const status = `=IF(${enough},"Insufficient data",IF(${MEETS},"Achieved",${rateMissing ? `IF(${rateMissing}` : ""}IFERROR(${band(ratio, method)},"Insufficient data")${rateMissing ? ")" : ""}))`;
  return {
    baselineYear: `=${fromTarget("H")}`,
    baseline: cumulative
      ? `=""`
      : `=IF($D{row}="","",IFERROR(INDEX(${A}!$F:$F,MATCH($A{row}&"|"&$C{row}&"|"&$D{row},${A}!$H:$H,0)),""))`,
    targetYear: `=IF(COUNTIFS(${T}!$A:$A,$A{row},${T}!$B:$B,$C{row})=0,"",MAXIFS(${T}!$D:$D,${T}!$A:$A,$A{row},${T}!$B:$B,$C{row}))`,
    comparator: `=${fromTarget("E")}`,
    target: `=${fromTarget("F")}`,
    latestYear: `=IF(COUNTIFS(${A}!$A:$A,$A{row},${A}!$B:$B,$C{row},${WHOLE_YEAR})=0,"",MAXIFS(${A}!$D:$D,${A}!$A:$A,$A{row},${A}!$B:$B,$C{row},${WHOLE_YEAR}))`,
    latest: `=${latest}`,
    requiredCagr: path === "compound" ? `=IFERROR(($H{row}/$E{row})^(1/($F{row}-$D{row}))-1,"")` : null,
    actualCagr:
      path === "compound"
        ? `=IF(OR($J{row}="",$E{row}="",$I{row}<=$D{row}),"",IFERROR(($J{row}/$E{row})^(1/($I{row}-$D{row}))-1,""))`
        : null,
    pathValue: `=${pathValue}`,
    progress: `=IF(${enough},"",IFERROR(($J{row}-${base})/($H{row}-${base}),""))`,
    status,
  };
}
