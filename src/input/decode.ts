/**
 * Bytes of a text file -> the text the extractor reads. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark (Windows "Unicode" files, little- and big-endian) are read; the mark is dropped, and CRLF and lone
 * CR line ends become LF, so offsets refer to the text with LF line ends. Uses only TextDecoder (Node and browsers).
 */

import { InputError } from "./errors";

export { InputError };

export type Encoding = "utf-8" | "utf-8 with BOM" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** true when CRLF or CR line ends were turned into LF */
  lineEndsNormalised: boolean;
}

/** Share of replacement characters above which bytes are not UTF-8 text (a stray bad byte is tolerated). */
const MAX_REPLACED_SHARE = 0.01;

/** UTF-16 without a mark: every other byte zero in ASCII-heavy text. */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return "utf-16le";
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return "utf-16be";
  return null;
}

function encodingOf(bytes: Uint8Array): { encoding: Encoding; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8 with BOM", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  if (!bytes.includes(0)) return { encoding: "utf-8", skip: 0 };
  const utf16 = utf16WithoutMark(bytes);
  return utf16 ? { encoding: utf16, skip: 0 } : null;
}

/** Decodes a text file's bytes; `name` is used in the messages. Throws InputError for binary or non-text bytes. */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (!bytes.length) throw new InputError(`${name}: is empty`);
  const found = encodingOf(bytes);
  if (!found) throw new InputError(`${name}: looks binary (contains NUL bytes); give a plain-text, HTML or PDF file`);
  const label = found.encoding.startsWith("utf-8") ? "utf-8" : found.encoding;
  const raw = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(found.skip));
  const replaced = (raw.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0 && replaced / raw.length > MAX_REPLACED_SHARE)
    throw new InputError(`${name}: is not UTF-8 or UTF-16 text (save it as UTF-8)`);
  if (found.encoding.startsWith("utf-16") && /\0/.test(raw))
    throw new InputError(`${name}: looks binary (NUL characters in UTF-16 text)`);
  const text = raw.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError(`${name}: is empty`);
  return { text, encoding: found.encoding, lineEndsNormalised: text.length !== raw.length || /\r/.test(raw) };
}
