export { columnLetter } from "./address";
export { buildWorkbookPlan } from "./plan";
export {
  definitionsFromTable,
  indicatorsSheet,
  indicatorsTableRow,
  INDICATORS_SHEET_SOURCE,
  trackerDefinitionFiles,
} from "./indicators";
export {
  factsFromTable,
  layoutSheet,
  mergeWithExisting,
  resolveFormula,
  sheetReference,
  type Grid,
  type Merged,
} from "./layout";
export { displayUnit, FORMAT, formatForUnit, looksLikeFormula } from "./formats";
export * from "./types";
