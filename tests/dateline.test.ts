import * as fs from "fs";
import * as path from "path";
import { dateProblem } from "../src/core/documents/calendar";
import { findStatedDate } from "../src/core/documents/dateline";
import { chooseDate, describeDate } from "../src/core/documents/dating";
import { pageDateOf } from "../src/core/documents/html";
import { SEEDS } from "./helpers/seeds";

function stated(text: string) {
  const found = findStatedDate(text);
  if (found) expect(text.slice(found.start, found.end)).toBe(found.quote);
  return found && { date: found.date, quote: found.quote, cue: found.cue };
}

describe("the publication date a document states about itself", () => {
  it("reads a leading 'date 2022-06-16' line", () => {
    expect(stated(" date 2022-06-16 The harbour district signed 40 projects on Thursday.")).toEqual({
      date: "2022-06-16",
      quote: "2022-06-16",
      cue: "label",
    });
  });

  it("reads a header line with a month name: 'June 16, 2022' and 'Jan. 24, 2024'", () => {
    expect(
      stated("Riverside county plans 30 new parks\nJune 16, 2022\n\nThe county will open 30 parks by 2025."),
    ).toEqual({ date: "2022-06-16", quote: "June 16, 2022", cue: "header" });
    expect(stated("By Li Wen | Jan. 24, 2024\nOutput rose 8 percent in 2023.")?.date).toBe("2024-01-24");
  });

  it("reads an ISO date with a time and a source: '2024-01-24 10:15 Source: Xinhua'", () => {
    expect(stated("Plastics makers expand\n2024-01-24 10:15  Source: Xinhua\nThe sector grew 5 percent.")).toEqual({
      date: "2024-01-24",
      quote: "2024-01-24 10:15",
      cue: "header",
    });
  });

  it("reads a day-first date in brackets: '(30th Mar, 2024)'", () => {
    expect(stated("Valley to double chip output (30th Mar, 2024)\nThe valley aims to double output by 2027.")).toEqual({
      date: "2024-03-30",
      quote: "30th Mar, 2024",
      cue: "brackets",
    });
  });

  it("reads 'Updated: 2024-11-27', but prefers a publication label over it", () => {
    expect(stated("Updated: 2024-11-27\nThe port handled 4 million containers.")).toEqual({
      date: "2024-11-27",
      quote: "2024-11-27",
      cue: "updated",
    });
    expect(stated("Published: 2024-11-20 | Updated: 2024-11-27\nThe port handled 4 million containers.")?.date).toBe(
      "2024-11-20",
    );
  });

  it("reads a dateline: 'NANJING, May 9, 2023 (Newswire) --'", () => {
    expect(
      stated("NANJING, May 9, 2023 (Newswire) -- The city's robot makers shipped 12,000 units last year."),
    ).toEqual({
      date: "2023-05-09",
      quote: "May 9, 2023",
      cue: "dateline",
    });
  });

  it("does not take an event date in a sentence, a date without a year, or a day that does not exist", () => {
    expect(
      stated("The fair, which opened on June 16, 2022 in the new hall, drew 300 exhibitors this year."),
    ).toBeNull();
    expect(stated("(Wire) Jan. 24 -- The plant will make 500,000 cars by 2026.")).toBeNull();
    expect(stated("date 2025-02-30\nThe mill produced 3 million tonnes.")).toBeNull();
    expect(stated("Report for 05/06/2024\nThe mill produced 3 million tonnes.")).toBeNull();
    expect(stated("Report for 25/06/2024\nThe mill produced 3 million tonnes.")?.date).toBe("2024-06-25");
  });

  it("finds the dates the seeds state (000: 'date 2022-06-16', 004: 'DATE: Jan 24 2024') and none in the others", () => {
    const dates = Object.fromEntries(
      fs
        .readdirSync(SEEDS)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => [f.slice(0, 3), findStatedDate(fs.readFileSync(path.join(SEEDS, f), "utf8"))?.date ?? null]),
    );
    expect(dates).toEqual({ "000": "2022-06-16", "001": null, "002": null, "003": null, "004": "2024-01-24" });
  });
});

describe("dates given by a person", () => {
  it("accepts YYYY-MM-DD days and YYYY years, and says what is wrong with the rest", () => {
    expect(dateProblem("2024-02-29")).toBeNull();
    expect(dateProblem("2021")).toBeNull();
    expect(dateProblem("2025-13-45")).toBe("has no month 13");
    expect(dateProblem("2025-02-30")).toMatch(/not a day of the calendar/);
    expect(dateProblem("2023-02-29")).toMatch(/not a day of the calendar/);
    expect(dateProblem("tomorrow")).toBe("is not YYYY-MM-DD or YYYY");
  });
});

describe("which date a document is read with", () => {
  const text = "date 2022-06-16 The zone signed 12 projects.";
  it("takes --date first, then documents.json, then the text, and says where the date came from", () => {
    expect(chooseDate({ option: "2023-01-01", index: "2021", text })).toMatchObject({
      date: "2023-01-01",
      from: "--date",
    });
    expect(chooseDate({ option: null, index: "2021", text })).toMatchObject({ date: "2021", from: "documents.json" });
    expect(chooseDate({ option: null, index: null, text })).toMatchObject({
      date: "2022-06-16",
      from: "text",
      stated: { quote: "2022-06-16", start: 5, end: 15 },
    });
    expect(chooseDate({ option: null, index: "", text: "No date here: 5 projects." })).toEqual({
      date: null,
      from: "none",
      stated: null,
    });
  });
});

describe("the publication date in an HTML page's metadata", () => {
  it("reads article:published_time, schema.org datePublished (meta or JSON-LD), Dublin Core and <time pubdate>", () => {
    expect(pageDateOf('<meta property="article:published_time" content="2024-11-20T08:30:00+08:00">')).toEqual({
      date: "2024-11-20",
      what: "article:published_time",
    });
    expect(pageDateOf('<meta itemprop="datePublished" content="2023-05-09">')?.date).toBe("2023-05-09");
    expect(
      pageDateOf(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-06-16T10:00:00Z"}</script>',
      ),
    ).toEqual({
      date: "2022-06-16",
      what: "datePublished",
    });
    expect(pageDateOf('<meta name="DC.date.issued" content="2021-08-23">')?.date).toBe("2021-08-23");
    expect(pageDateOf('<time pubdate datetime="2024-03-05T09:00">March 5</time>')?.date).toBe("2024-03-05");
  });

  it("ignores a modified time, a page without dates and a day that does not exist", () => {
    expect(pageDateOf('<meta property="article:modified_time" content="2024-11-27">')).toBeNull();
    expect(pageDateOf("<p>No dates here.</p>")).toBeNull();
    expect(pageDateOf('<meta property="article:published_time" content="2024-02-30">')).toBeNull();
  });

  it("ranks the page's metadata after documents.json and before the text, and says so", () => {
    const page = { date: "2024-11-20", what: "article:published_time" };
    const text = "Updated: 2024-11-27\nThe port handled 4 million containers.";
    const dated = chooseDate({ option: null, index: null, page, text });
    expect(dated).toMatchObject({ date: "2024-11-20", from: "page" });
    expect(describeDate("port.html", dated)).toBe("port.html: dated 2024-11-20 from the page's article:published_time");
    expect(chooseDate({ option: null, index: "2024-01-01", page, text }).from).toBe("documents.json");
  });
});
