/** Browser tests: the production build served on localhost, driven in Debian's Chromium by playwright-core. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: { "^exceljs$": "<rootDir>/node_modules/exceljs/excel.js" },
  testTimeout: 120000,
  maxWorkers: 1,
};
