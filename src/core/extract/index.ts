export { extract, ExtractionError, MAX_TEXT_LENGTH, referenceYearOf } from "./pipeline";
export { regionOfDocument } from "./document-region";
export { MAX_QUOTE_LENGTH } from "./common/quote";
export { findMoneyAmounts } from "./en/money";
