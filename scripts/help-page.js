/**
 * Renders README.md as help.html for the add-in (the @helpurl of every SH function points into it).
 * A small Markdown subset: headings with GitHub-style anchors, paragraphs, lists, tables, code.
 */
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function inline(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>")
    .replace(/!\[([^\]]*)\]\(([^)]+)\)/g, '<img alt="$1" src="$2">')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-");
}

function markdownToHtml(markdown) {
  const lines = markdown.split(/\r?\n/);
  const html = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^```/.test(line)) {
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      html.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
      i++;
    } else if (/^#{1,6}\s/.test(line)) {
      const level = line.match(/^#+/)[0].length;
      const text = line.slice(level).trim();
      html.push(`<h${level} id="${slug(text)}">${inline(text)}</h${level}>`);
      i++;
    } else if (/^\|/.test(line)) {
      const rows = [];
      for (; i < lines.length && /^\|/.test(lines[i]); i++) rows.push(lines[i]);
      const cells = (row) =>
        row
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((c) => c.trim());
      const body = rows
        .filter((_, n) => n !== 1)
        .map(
          (row, n) =>
            `<tr>${cells(row)
              .map((c) => (n === 0 ? `<th>${inline(c)}</th>` : `<td>${inline(c)}</td>`))
              .join("")}</tr>`,
        );
      html.push(`<table>${body.join("")}</table>`);
    } else if (/^\s*[-*]\s/.test(line)) {
      const items = [];
      for (; i < lines.length && (/^\s*[-*]\s/.test(lines[i]) || (/^\s{2,}\S/.test(lines[i]) && items.length)); i++) {
        if (/^\s*[-*]\s/.test(lines[i])) items.push(lines[i].replace(/^\s*[-*]\s/, ""));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      html.push(`<ul>${items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`);
    } else if (line.trim() === "") {
      i++;
    } else {
      const paragraph = [];
      for (; i < lines.length && lines[i].trim() !== "" && !/^(#|```|\||\s*[-*]\s)/.test(lines[i]); i++)
        paragraph.push(lines[i]);
      html.push(`<p>${inline(paragraph.join(" "))}</p>`);
    }
  }
  return html.join("\n");
}

function helpPage(markdown) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plan Tracker help</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code,pre{font-family:Consolas,monospace;background:#f3f3f3}pre{padding:.75rem;overflow:auto}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}img{max-width:100%}
@media (prefers-color-scheme: dark){body{background:#1f1f1f;color:#eee}code,pre{background:#2b2b2b}td,th{border-color:#444}}</style>
</head><body>
${markdownToHtml(markdown)}
</body></html>
`;
}

module.exports = { markdownToHtml, helpPage, slug };
