/** The whole a Chinese share is taken of (占生产总值, 占工业总产值), against the whole a series' own name takes. */
import type { ZhIndicator } from "./link";

// 占工业总产值, 占规上工业总产值: a share of industrial output
const SHARE_OF_INDUSTRY = /占[^，。；;,]{0,10}(?:工业|规上)(?:总)?产值/;
// the whole a share is taken of: the economy's output or industry's
const WHOLE = /占[^，。；;,]{0,12}?(生产总值|GDP|工业(?:总)?产值|规上|规模以上工业)/;
const wholeKind = (text: string): string | undefined => {
  const m = WHOLE.exec(text);
  return m ? (/生产总值|GDP/.test(m[1]) ? "economy" : "industry") : undefined;
};
/** Does the text take the share of another whole than the series' own name does (占生产总值 for a share of industry)? */
export function otherWhole(entry: ZhIndicator, between: string): boolean {
  const written = wholeKind(between);
  const own = entry.nameZh ? wholeKind(entry.nameZh) : undefined;
  return written !== undefined && own !== undefined && written !== own;
}

/** Does the text between a name and its figure take a share of industrial output (…占工业总产值比重)? */
export const shareOfIndustry = (between: string): boolean => SHARE_OF_INDUSTRY.test(between);
