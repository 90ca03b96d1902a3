/** The part of Excel's CustomFunctions runtime the SH functions use, for Node (command line and tests). */

export class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The part of Excel's CustomFunctions runtime the functions use, for Node. */
export function installRuntime(): void {
  const global = globalThis as unknown as { CustomFunctions?: unknown };
  if (global.CustomFunctions) return;
  global.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      invalidNumber: "#NUM!",
      divisionByZero: "#DIV/0!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
}
