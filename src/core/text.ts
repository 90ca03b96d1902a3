/** Turns an HTML page into the plain text an analyst reads (the story without the page's menus and footers). */
export { htmlToText } from "./documents/html";
