/** Runs one benchmark section in its own process (so sections do not share heap or JIT state) and prints JSON. */
const SECTIONS = {
  extraction: () => require("./extraction").extractionBench(),
  chinese: () => require("./chinese").bench(),
  librarySurvey: async () => require("./extraction").librarySurvey(),
  pdf: () => require("./pdf").bench(),
  functions: () => require("./functions").bench(),
  sheets: () => require("./sheets").bench(),
  taskpane: () => require("./taskpane").bench(),
  dataset: () => require("./dataset").bench(),
};

const name = process.argv[2];
if (!SECTIONS[name]) {
  console.error(`unknown section ${name}; sections: ${Object.keys(SECTIONS).join(", ")}`);
  process.exit(2);
}
SECTIONS[name]()
  .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

module.exports = { SECTIONS };
