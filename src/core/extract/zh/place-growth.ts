/**
 * Places' growth with nothing else named (甲省同比增长5.8%, 乙省、丙省增速均为5.5%): in a review of places' economies a
 * rate written after a place alone is its economy's growth, one for each place of a list.
 */
import type { FactKind, Measure } from "../../types";
import { regionIn, startingPlace } from "./cues";
import type { Linked, ZhDocument, ZhIndicator } from "./document";
import type { ZhFigure } from "./figures";
import type { ZhName } from "./names";

// what may follow the places before the rate: 同比增长, 增速均为, 经济增长, GDP增速分别为 (no other noun)
const TO_RATE =
  /^(?:的)?(?:经济|GDP|地区生产总值)?(?:同比|比上年|较上年)?(?:增速|增长|增幅|增)(?:率)?(?:均|都|也|同为)?(?:为|是|达到|达)?\s?$/;
const JOINER = /^(?:省|市|自治区)?[、和与及]?/;

/** The places a clause's words before its rate are, as written (甲省、乙省增速均为 -> [甲省, 乙省]); empty otherwise. */
export function placesBeforeRate(leadIn: string): string[] {
  let rest = leadIn.replace(/^[\s，,]*(?:其中|而|同时)?[，,\s]*/, "");
  const places: string[] = [];
  for (let length = startingPlace(rest); length && places.length < 12; length = startingPlace(rest)) {
    places.push(rest.slice(0, length));
    rest = rest.slice(length).replace(JOINER, "");
  }
  return places.length && TO_RATE.test(rest) ? places : [];
}

/**
 * The economy's growth of each place written alone before a rate, unless the sentence before the figure or the
 * sentence just before named another series, whose part the place's rate would be (…新能源汽车产量增长…，其中甲市增长…).
 */
export function placesGrowth(
  doc: ZhDocument,
  figure: ZhFigure,
  fact: { kind: FactKind; measure: Measure },
  leadIn: string,
  names: ZhName<ZhIndicator>[],
): Linked[] {
  if (figure.cls !== "percent" || fact.measure !== "growth") return [];
  const economy = (code: string) => code === "GDP" || code === "GDP_GROWTH";
  if (names.some((n) => n.end <= figure.start && !economy(n.entry.code))) return [];
  const recent = doc.previous ? doc.sentenceIndex - doc.previous.sentence : Infinity;
  if (doc.previous && recent <= 2 && !economy(doc.previous.name.entry.code)) return [];
  const growth = doc.indicator("GDP_GROWTH");
  const places = growth ? placesBeforeRate(leadIn) : [];
  return places.map((place) => ({
    indicator: growth!.code,
    subject: place,
    region: regionIn(place) ?? doc.region ?? "Unknown",
    relative: null,
    figureStart: figure.start,
  }));
}
