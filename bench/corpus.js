/** A deterministic 1 MB corpus of varied policy-news text: the seeds plus generated articles. */
const fs = require("fs");
const path = require("path");

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CITIES = [
  "Beijing",
  "Shenzhen",
  "Hangzhou",
  "Wuhan",
  "Chengdu",
  "Hefei",
  "Suzhou",
  "Guangzhou",
  "Nanjing",
  "Xi'an",
  "Tianjin",
  "Qingdao",
];
const INDUSTRIES = [
  "integrated circuit",
  "biomedicine",
  "artificial intelligence",
  "new energy vehicle",
  "smart sensor",
  "software and information services",
  "high-end medical devices",
  "new-type display",
];
const TEMPLATES = [
  (r, c, i, y) =>
    `${c}'s ${i} industry revenue reached ${(r() * 900 + 50).toFixed(1)} billion yuan in ${y}, up ${(r() * 30).toFixed(1)} percent year-on-year.`,
  (r, c, i, y) =>
    `The city plans to lift the scale of its ${i} sector to more than ${Math.round(r() * 2000 + 100)} billion yuan by ${y + 3}, officials said on Tuesday.`,
  (r, c, i, y) =>
    `A total of ${Math.round(r() * 300 + 10)} projects worth ¥${(r() * 500 + 5).toFixed(1)} billion (US$${(r() * 70 + 1).toFixed(2)} billion) were signed at the ${c} investment fair in ${y}.`,
  (r, c, i, y) =>
    `${c} churned out ${Math.round(r() * 900000 + 10000).toLocaleString("en-US")} new energy vehicles last year, and output should exceed ${(r() * 3 + 0.5).toFixed(1)} million units by ${y + 2}.`,
  (r, c, i, y) =>
    `R&D expenditure accounted for about ${(r() * 4 + 1).toFixed(1)} percent of ${c}'s GDP in ${y}, with the figure expected to reach ${(r() * 4 + 2).toFixed(1)} percent this year.`,
  (r, c, i, _y) =>
    `Among them, ${["ten", "twelve", "Forty-two", "eight", "five"][Math.floor(r() * 5)]} projects were in the ${i} sector, and private enterprises accounted for ${Math.round(r() * 80 + 10)}% of the contract value.`,
  (r, c, _i, _y) =>
    `Industrial investment in ${c} should top ${Math.round(r() * 900 + 100)} billion yuan ($${Math.round(r() * 140 + 10)} billion) during the 15th Five-Year Plan period (2026-30).`,
  (r, c, i, y) =>
    `The knowledge-intensive services sector should take up at least two-thirds of total services added value by ${y + 4}, while ${i} output should more than double.`,
  (r, c, i, _y) =>
    `Mayor Li said the ${i} cluster, home to ${Math.round(r() * 40 + 3)} industrial parks, will attract investment of at least $${Math.round(r() * 20 + 1)} billion in the next few years.`,
  (r, c, i, y) =>
    `Officials met business leaders on ${["Monday", "Thursday", "August 23", "Jan. 5"][Math.floor(r() * 4)]} to discuss the ${y} work report and the city's 5G rollout.`,
];

function buildCorpus(seedsDir, targetBytes = 1024 * 1024) {
  const seeds = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => fs.readFileSync(path.join(seedsDir, f), "utf8"));
  const r = random(20261122);
  const parts = [...seeds];
  let size = Buffer.byteLength(parts.join("\n\n"));
  while (size < targetBytes) {
    const paragraph = [];
    for (let s = 0; s < 4; s++) {
      const template = TEMPLATES[Math.floor(r() * TEMPLATES.length)];
      paragraph.push(
        template(
          r,
          CITIES[Math.floor(r() * CITIES.length)],
          INDUSTRIES[Math.floor(r() * INDUSTRIES.length)],
          2018 + Math.floor(r() * 8),
        ),
      );
    }
    const text = paragraph.join(" ");
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join("\n\n");
}

module.exports = { buildCorpus };
