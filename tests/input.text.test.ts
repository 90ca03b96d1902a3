import { htmlToText } from "../src/core/documents/html";
import { decodeText } from "../src/input/decode";

const STORY =
  "Lakeside's battery makers shipped 42 gigawatt-hours in 2023.\nThe city expects 80 gigawatt-hours by 2026.";

function utf16(text: string, endian: "le" | "be", mark = true): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  if (endian === "be") body.swap16();
  const bom = endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(Buffer.concat([Buffer.from(mark ? bom : []), body]));
}

describe("reading the bytes of a text file", () => {
  it("reads UTF-16 with a byte-order mark, little- and big-endian (Windows 'Unicode' files)", () => {
    expect(decodeText(utf16(STORY, "le"), "a.txt")).toMatchObject({ text: STORY, encoding: "utf-16le" });
    expect(decodeText(utf16(STORY, "be"), "a.txt")).toMatchObject({ text: STORY, encoding: "utf-16be" });
    expect(decodeText(utf16("¥150 billion – “up 8 %”", "le"), "a.txt").text).toBe("¥150 billion – “up 8 %”");
  });

  it("reads UTF-16 without a mark when every other byte is zero", () => {
    expect(decodeText(utf16(STORY, "le", false), "a.txt")).toMatchObject({ text: STORY, encoding: "utf-16le" });
  });

  it("drops a UTF-8 byte-order mark, so offsets start at the first letter", () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY, "utf8")]));
    const decoded = decodeText(bytes, "a.txt");
    expect(decoded).toMatchObject({ encoding: "utf-8 with BOM", text: STORY });
    expect(decoded.text.indexOf("42")).toBe(STORY.indexOf("42"));
  });

  it("turns CRLF and lone CR line ends into LF and says so", () => {
    const decoded = decodeText(new Uint8Array(Buffer.from(STORY.replace(/\n/g, "\r\n") + "\rEnd.", "utf8")), "a.txt");
    expect(decoded).toMatchObject({ text: `${STORY}\nEnd.`, lineEndsNormalised: true });
    expect(decodeText(new Uint8Array(Buffer.from(STORY)), "a.txt").lineEndsNormalised).toBe(false);
  });

  it("refuses binary bytes, Latin-1 bytes and empty files with the file's name", () => {
    expect(() =>
      decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0x03]), "chart.txt"),
    ).toThrow("chart.txt: looks binary");
    expect(() => decodeText(new Uint8Array(Buffer.from("caf\xe9 ".repeat(20), "latin1")), "old.txt")).toThrow(
      "old.txt: is not UTF-8 or UTF-16 text",
    );
    expect(() => decodeText(new Uint8Array(), "none.txt")).toThrow("none.txt: is empty");
    expect(() => decodeText(new Uint8Array(Buffer.from(" \r\n\t ")), "blank.txt")).toThrow("blank.txt: is empty");
  });
});

describe("reading an HTML page saved from a browser", () => {
  const page = `<!DOCTYPE html><html><head><title>Portal</title><style>p{color:red}</style></head>
<body class="page has-sidebar">
<div id="cookie-banner"><p>We use cookies to improve 100 percent of your visits.</p><button>Accept</button></div>
<header class="site-header"><div class="logo">City Portal</div><ul class="main-menu"><li>Home</li><li>Top 10 stories</li></ul></header>
<nav><a href="/">Economy</a> | <a href="/">2024 archive</a></nav>
<main>
  <article>
    <header><h1>Harbour zone to add 25 logistics parks</h1><time datetime="2024-03-05">March 5, 2024</time></header>
    <p>The harbour zone will build 25 logistics
       parks by 2027, officials said.</p>
    <div class="share-bar">Share 12 &middot; Tweet 3</div>
    <p>Freight volume reached 310 million&nbsp;tonnes last year.</p>
    <aside class="related"><h2>Related</h2><p>Airport handles 60 million passengers</p></aside>
  </article>
</main>
<footer><p>&copy; 2024 City Portal. 300 Main Street.</p></footer>
<script>var views = "5000 readers";</script>
</body></html>`;

  it("keeps the story in <main>/<article> with its headline and date, and drops banners, menus, navigation, asides and footers", () => {
    expect(htmlToText(page)).toBe(
      [
        "Harbour zone to add 25 logistics parks",
        "March 5, 2024",
        "The harbour zone will build 25 logistics parks by 2027, officials said.",
        "Freight volume reached 310 million tonnes last year.",
      ].join("\n"),
    );
  });

  it("without <main> or <article>, drops the page's header, footer and navigation and keeps the body text", () => {
    const plain = `<body><header>Portal 24/7</header><nav>Menu 1 2 3</nav><div class="content"><p>Steel output rose 4 percent.</p>
<p>Exports reached 9 billion dollars.</p></div><div class="newsletter">Join 50,000 readers</div><footer>Page 1 of 3</footer></body>`;
    expect(htmlToText(plain)).toBe("Steel output rose 4 percent.\nExports reached 9 billion dollars.");
  });

  it("keeps a page whose only wrapper has a furniture-like class (the wrapper is the page, not a menu)", () => {
    expect(htmlToText('<div class="layout-with-sidebar"><p>Chip sales hit 80 billion yuan.</p></div>')).toBe(
      "Chip sales hit 80 billion yuan.",
    );
  });

  it("decodes entities and keeps table cells apart", () => {
    expect(
      htmlToText("<table><tr><td>IC</td><td>&yen;207&nbsp;bn</td></tr><tr><td>AI</td><td>220</td></tr></table>"),
    ).toBe("IC ¥207 bn\nAI 220");
  });
});
