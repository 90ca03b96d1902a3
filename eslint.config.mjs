import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// The TypeScript plugin instance office-addins' recommended config registers, reused for .tsx files.
const typescriptPlugin = officeAddins.configs.recommended.map((c) => c.plugins?.["@typescript-eslint"]).find(Boolean) ?? tseslint.plugin;

export default [
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "test-results/"] },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "@typescript-eslint": typescriptPlugin },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-undef": "off", // TypeScript checks names itself
      "no-redeclare": "off", // overloads are declarations TypeScript checks
      "no-unused-vars": "off", // the TypeScript rule understands types and signatures
      "react/react-in-jsx-scope": "off", // the automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React import
    },
  },
  {
    // ExcelJS objects in the .xlsx writer and its tests are plain objects, not Office.js proxies.
    files: ["src/xlsx/**", "tests/xlsx.test.ts", "tests/helpers/workbook.ts"],
    rules: { "office-addins/call-sync-before-read": "off", "office-addins/load-object-before-read": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
];
