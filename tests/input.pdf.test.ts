import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli as run } from "./helpers/run-cli";
import { readPdf } from "../src/input/pdf-node";
import { pdfPagesToText, type PdfTextItem } from "../src/input/pdf-text";
import { makeChinesePdf, makePdf, wrap } from "./helpers/make-pdf";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-pdf-"));

const PLAN = [
  "The Riverside New Area will raise its robotics industry to more than 120 billion yuan by 2027 under the action plan released on Monday.",
  "Industrial output of the area's robot makers reached 64 billion yuan in 2023, and it will open 15 new industrial parks for them.",
];

describe("reading a text PDF", () => {
  it("joins a paragraph's wrapped lines with spaces, keeps paragraphs apart, and drops page numbers", async () => {
    const pdf = makePdf([
      { lines: ["Robotics action plan", ...wrap(PLAN[0]), ...wrap(PLAN[1]), "- 1 -"], gapsBefore: [0, 10, 0, 10] },
      { lines: ["2", "Page two starts a new paragraph."] },
    ]);
    const read = await readPdf(new Uint8Array(pdf), "plan.pdf");
    expect(read.text).toBe(["Robotics action plan", PLAN[0], PLAN[1], "Page two starts a new paragraph."].join("\n"));
    expect(read).toMatchObject({ pages: 2, pagesWithoutText: [] });
    expect(read.text.slice(read.pageStarts[1])).toBe("Page two starts a new paragraph.");
  });

  it("joins pieces of one line placed apart, and a sentence running over a page break", async () => {
    const pdf = makePdf([
      {
        lines: [
          [
            { x: 72, text: "Chip sales" },
            { x: 130, text: "reached 90 billion yuan in" },
          ],
        ],
      },
      { lines: ["the first half of 2024."] },
    ]);
    expect((await readPdf(new Uint8Array(pdf), "two.pdf")).text).toBe(
      "Chip sales reached 90 billion yuan in the first half of 2024.",
    );
  });

  it("reads a Chinese PDF whose font is not embedded (pdf.js's CMap files are found in Node)", async () => {
    const line = "浦江新区集成电路产业规模达到980亿元。";
    expect((await readPdf(new Uint8Array(makeChinesePdf(line)), "zh.pdf")).text).toBe(line);
  });

  it("says a scanned PDF has no text layer, and a damaged file is not a readable PDF", async () => {
    await expect(
      readPdf(new Uint8Array(makePdf([{ lines: [] }, { lines: [] }], { imageOnly: true })), "scan.pdf"),
    ).rejects.toThrow(
      "scan.pdf: has no text layer (2 pages of images, a scanned PDF?); run it through OCR first and read the text",
    );
    await expect(readPdf(new Uint8Array(Buffer.from("%PDF-1.4\nnot really a pdf")), "broken.pdf")).rejects.toThrow(
      /broken\.pdf: is not a readable PDF/,
    );
  });
});

describe("a PDF as a browser prints it (tests/fixtures/pdf: Chromium's print of harbour-plan.html, our own sentences)", () => {
  it("reads justified, wrapped paragraphs and a numbered list as one line each, words whole", async () => {
    const bytes = fs.readFileSync(path.join(__dirname, "fixtures", "pdf", "harbour-plan.chromium.pdf"));
    const { text, pages } = await readPdf(new Uint8Array(bytes), "harbour-plan.pdf");
    const lines = text.split("\n");
    expect(pages).toBe(1);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe("Harbour District Industrial Plan (2024-2027)");
    expect(lines[1]).toMatch(/^The Harbour District will raise .* up 6\.2 percent year on year\.$/);
    expect(lines.slice(3, 5)).toEqual([
      "1. Build 12 new innovation centres.",
      "2. Cultivate 300 specialised small enterprises.",
    ]);
    expect(lines[5]).toContain(" manufacturing soft hyphen ");
  });
});

describe("joining the text items of PDF pages (the shared, pure part)", () => {
  const item = (str: string, x: number, y: number, eol = false, width = str.length * 5): PdfTextItem => ({
    str,
    x,
    y,
    width,
    height: 10,
    eol,
  });

  it("keeps a hyphenated compound whole across a line end, and a bullet list one item a line", () => {
    const page = [
      item("Shanghai will build high-", 72, 700, true, 420),
      item("level industrial projects worth 85 billion yuan over five years in its new districts.", 72, 687, true, 425),
      item("• 30 projects in biomedicine", 72, 660, true),
      item("• 25 projects in chips", 72, 647, true),
    ];
    expect(pdfPagesToText([page]).text).toBe(
      "Shanghai will build high-level industrial projects worth 85 billion yuan over five years in its new districts.\n• 30 projects in biomedicine\n• 25 projects in chips",
    );
  });

  it("reads table rows as lines with their cells apart", () => {
    const page = [item("IC", 72, 700), item("207", 200, 700, true), item("AI", 72, 687), item("220", 200, 687, true)];
    expect(pdfPagesToText([page]).text).toBe("IC 207\nAI 220");
  });
});

describe("plan-tracker extract on the files people have", () => {
  it("reads a .pdf: facts with quotes verbatim at their offsets in the extracted text, dated from its text", async () => {
    const file = path.join(tmp, "robotics.pdf");
    fs.writeFileSync(file, makePdf([{ lines: ["Published: 2024-04-08", ...wrap(PLAN[0]), ...wrap(PLAN[1])] }]));
    const { code, out } = await run("extract", "--format", "json", file);
    expect(code).toBe(0);
    const facts = JSON.parse(out);
    const text = (await readPdf(new Uint8Array(fs.readFileSync(file)), file)).text;
    expect(facts.map((f: { value: number; year: number }) => [f.value, f.year])).toEqual(
      expect.arrayContaining([
        [120e9, 2027],
        [64e9, 2023],
      ]),
    );
    for (const fact of facts) {
      expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
      expect(fact).toMatchObject({ documentDate: "2024-04-08", dateFrom: "text", period: null });
    }
  });

  it("names a scanned .pdf in one line and still reads the other files", async () => {
    const scan = path.join(tmp, "scan.pdf");
    fs.writeFileSync(scan, makePdf([{ lines: [] }], { imageOnly: true }));
    const note = path.join(tmp, "note.txt");
    fs.writeFileSync(note, "Robot output reached 64 billion yuan in 2023.");
    const { code, out, err } = await run("extract", "--format", "json", scan, note);
    expect(code).toBe(1);
    expect(err).toBe(
      `plan-tracker: ${scan}: has no text layer (1 page of images, a scanned PDF?); run it through OCR first and read the text`,
    );
    expect(JSON.parse(out).map((f: { value: number }) => f.value)).toEqual([64e9]);
  });

  it("reads UTF-16 (LE and BE, with a mark), UTF-8 with a mark and CRLF files, offsets in the text with LF line ends", async () => {
    const story = "Harbour notes\r\nContainer throughput reached 48 million TEUs in 2023.\r\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, "utf16le")]);
    const be = Buffer.from(le).swap16();
    const files = {
      "le.txt": le,
      "be.md": be,
      "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story, "utf8")]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, bytes);
      const [fact] = JSON.parse((await run("extract", "--format", "json", file)).out);
      expect(fact).toMatchObject({
        value: 48e6,
        year: 2023,
        quote: "Container throughput reached 48 million TEUs in 2023.",
        start: "Harbour notes\n".length,
      });
    }
  });

  it("reads an HTML page saved from a browser without its menus, cookie banner and footer", async () => {
    const file = path.join(tmp, "saved.html");
    fs.writeFileSync(
      file,
      `<html><body><div class="cookie-consent">We use 12 cookies.</div><nav>Home | 2024 reports</nav>
<article><h1>Valley output</h1><p>Updated: 2024-11-27</p><p>The valley's chip output reached 75 billion yuan last year.</p></article>
<footer>Copyright 2024, 10 Park Road</footer></body></html>`,
    );
    const facts = JSON.parse((await run("extract", "--format", "json", file)).out);
    expect(facts).toEqual([
      expect.objectContaining({ value: 75e9, year: 2023, documentDate: "2024-11-27", dateFrom: "text" }),
    ]);
  });

  it("dates an HTML page from its metadata when its text states no date", async () => {
    const file = path.join(tmp, "meta.html");
    fs.writeFileSync(
      file,
      `<html><head><meta property="article:published_time" content="2025-01-15T09:00:00+08:00"></head>
<body><main><p>The lake district's tourism revenue reached 12 billion yuan last year.</p></main></body></html>`,
    );
    const [fact] = JSON.parse((await run("extract", "--format", "json", file)).out);
    expect(fact).toMatchObject({ value: 12e9, year: 2024, documentDate: "2025-01-15", dateFrom: "page" });
  });

  it("refuses an oversized file and an empty one with a clear message", async () => {
    const empty = path.join(tmp, "empty.pdf");
    fs.writeFileSync(empty, "");
    const big = path.join(tmp, "big.txt");
    fs.writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, "a"));
    const { code, err } = await run("extract", empty, big);
    expect(code).toBe(1);
    expect(err.split("\n")).toEqual([
      `plan-tracker: ${empty}: is empty`,
      `plan-tracker: ${big}: 22020096 bytes is over the 20971520-byte limit; split it`,
    ]);
  });
});
