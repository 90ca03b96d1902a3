export { extract, ExtractionError, MAX_TEXT_LENGTH, referenceYearOf } from "./extract";
export { findMoneyAmounts } from "./money";
