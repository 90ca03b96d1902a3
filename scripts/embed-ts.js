/**
 * Lets the embed scripts require the TypeScript sources of src/ directly (transpiled only, as ts-jest does), so
 * what they write at build time comes from the code in the tree, not from a lib/ compiled earlier.
 */
const fs = require("fs");
const ts = require("typescript");

const OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.ReactJSX,
};

for (const extension of [".ts", ".tsx"])
  require.extensions[extension] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      compilerOptions: OPTIONS,
      fileName: filename,
    });
    module._compile(outputText, filename);
  };

/** Writes `text` to `file` only when it differs (a watching build or a running test sees no change otherwise). */
function writeIfChanged(file, text) {
  const path = require("path");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return false;
  // written beside it and renamed, so a reader never sees half a file
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
  return true;
}

module.exports = { writeIfChanged };
