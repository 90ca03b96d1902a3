/**
 * A tiny PDF writer for tests and benchmarks: pages of text lines in Helvetica, so the reader is tested on real PDF
 * bytes (content streams, fonts, a cross-reference table) without shipping binary fixtures.
 */

/** A line is a string, or pieces placed at their own x (as PDF producers often split a line). */
export type PdfLine = string | { x: number; text: string }[];

export interface PdfPage {
  lines: PdfLine[];
  /** extra space before a line index (a paragraph gap), in points */
  gapsBefore?: number[];
}

export interface PdfOptions {
  fontSize?: number;
  /** a page with no text at all, only a drawn rectangle (as a scanned page looks to a text reader) */
  imageOnly?: boolean;
}

function escapePdfString(text: string): string {
  // Helvetica with WinAnsiEncoding: Latin-1 bytes; other characters become "?"
  return [...text]
    .map((c) => (c.charCodeAt(0) > 255 ? "?" : c))
    .join("")
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

function contentOf(page: PdfPage, fontSize: number, imageOnly: boolean): string {
  if (imageOnly) return "0.5 g 72 72 451 698 re f";
  const leading = fontSize * 1.3;
  let y = 770;
  const out: string[] = [];
  page.lines.forEach((line, index) => {
    y -= leading + (page.gapsBefore?.[index] ?? 0);
    const pieces = typeof line === "string" ? [{ x: 72, text: line }] : line;
    for (const piece of pieces)
      out.push(
        `BT /F1 ${fontSize} Tf 1 0 0 1 ${piece.x.toFixed(2)} ${y.toFixed(2)} Tm (${escapePdfString(piece.text)}) Tj ET`,
      );
  });
  return out.join("\n");
}

/** The bytes of a PDF with the given pages. */
export function makePdf(pages: PdfPage[], options: PdfOptions = {}): Buffer {
  const fontSize = options.fontSize ?? 11;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object numbers start at 1
  const catalog = add("");
  const pageTree = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const page of pages) {
    const stream = contentOf(page, fontSize, options.imageOnly ?? false);
    const content = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** Wraps a paragraph into lines of at most `width` characters (Helvetica 11 pt fills a line at about 90). */
export function wrap(paragraph: string, width = 85): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A one-line PDF in a Chinese font that is not embedded, under Adobe's predefined CMap UniGB-UCS2-H (as many
 * government PDFs are made): a reader needs pdf.js's CMap files to turn its codes into characters.
 */
export function makeChinesePdf(text: string): Buffer {
  const hex = [...text]
    .map((c) => c.charCodeAt(0).toString(16).padStart(4, "0"))
    .join("")
    .toUpperCase();
  const stream = `BT /F1 12 Tf 72 720 Td <${hex}> Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
