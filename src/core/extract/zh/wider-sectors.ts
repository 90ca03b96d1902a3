/**
 * Catalog names that are only the tail of a wider statistics sector's name. The statistics bureau's
 * 信息传输、软件和信息技术服务业 also counts telecoms, broadcasting and satellite transmission, so its revenue and value
 * added are not the software industry's series (SOFTWARE), however the list before the name is joined.
 */
import type { ZhName } from "./names";

// 信息传输、软件…, 信息传输,软件…, 信息传输和软件…, 信息傳輸、軟件… (輸 is not among the folded characters)
const WIDER_SECTOR_BEFORE = /信息传[输輸]\s?[、,，和及与]?\s?$/;

/** The names that are not the last part of a wider sector's name. */
export function withoutWiderSectors<T>(text: string, names: ZhName<T>[]): ZhName<T>[] {
  return names.filter((name) => !WIDER_SECTOR_BEFORE.test(text.slice(Math.max(0, name.start - 8), name.start)));
}
