#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");

// A closed pipe (plan-tracker ... | head) ends the output quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "plan-tracker: not built yet; run `npm install` (or `npm run build:cli`) in " + path.dirname(__dirname) + "\n",
  );
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text + "\n"),
    err: (text) => process.stderr.write(text + "\n"),
  })
  .then((code) => {
    process.exitCode = code;
  });
