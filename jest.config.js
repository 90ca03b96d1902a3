/** Unit and component tests; the browser tests in tests/e2e run with `npm run test:e2e`. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  moduleNameMapper: {
    // the Node build of ExcelJS also in jsdom tests (its browser bundle is for webpack)
    "^exceljs$": "<rootDir>/node_modules/exceljs/excel.js",
    "\\.(css|png|svg)$": "<rootDir>/tests/helpers/file-stub.js",
  },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  // jsdom (component) tests fail on any console.error
  setupFilesAfterEnv: ["<rootDir>/tests/helpers/console-errors.ts"],
  testTimeout: 30000,
};
