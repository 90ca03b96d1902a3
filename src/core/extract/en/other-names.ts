/**
 * Catalog series named in ways a fixed alias cannot say safely: the budget without "revenue", the three leading
 * industries under another adjective (when the sentence or the one before lists them), money put "into major
 * projects"; and names that are not the series though they contain its alias ("an industrial investment fund").
 */
import type { AliasMatch } from "../lookup";
import type { Context, Placed } from "./context";
import type { Figure } from "./figures";
import { leadingThree } from "./leading-members";
import { listedMembers } from "./listed-members";
import { sharesOfEconomy } from "./share-of-economy";
import type { Sentence } from "./segments";

// "its local general public budget rose 0.7 percent", "to grow the local budget by 4 percent": the budget's revenue,
// not its spending
const BUDGET =
  /\b(?:general public|local) budget\b(?!\s+(?:revenues?|income|expenditures?|spending|deficit|outlays?|surplus|gap))/gi;
// "a 3 percent rise in budget revenue" ("government fund budget revenue" is another budget)
const BUDGET_REVENUE = /(?<!\bfunds?\s)\bbudget(?:ary)? revenues?\b/gi;
// "the city's three major pioneering industries", "these three core sectors"
const THREE_INDUSTRIES =
  /\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[A-Z][a-z]+['’]s|city['’]s)\s+(?:(?:leading|pioneering|key|major)\s+)?three\s+(?:(?:major|key|core|leading|pioneering|strategic|priority|main|flagship|frontier|manufacturing|emerging)\s+){0,3}(?:industries|sectors)\b/g;
// "plans to invest about 240 billion yuan in major projects", "spend 260 billion yuan on major projects", "on the
// building of major projects"
const INTO_MAJOR_PROJECTS =
  /^\s*(?:\([^()]{0,60}\)\s*)?(?:in|on|into|for)\s+(?:the\s+)?(?:(?:construction|building|development)\s+of\s+(?:the\s+)?)?(?:the\s+city['’]s\s+|its\s+|the\s+)?(?:\d+\s+)?(?:major|key)\s+(?:(?:construction|infrastructure|municipal|key)\s+)?projects\b/i;
const SPEND_VERB = /\b(?:invest(?:s|ing|ed)?|spend(?:s|ing)?|spent|put(?:s|ting)?|allocat\w+|earmark\w*|channel\w*)\b/i;
// "an industrial investment fund of funds", "a 50-billion-yuan industrial investment fund"
const FUND_AFTER = /^\s*(?:(?:guidance|mother|parent)\s+)?(?:funds?|FoFs?)\b/i;
// one cheap test for every form below (most sentences have none)
const NAME_HINTS = /udget|three|major|key|nfrastructure investment|anufactur|makers|ndustrial output value/;

/**
 * Industries whose making is a series of its own (the manufacturing output value), as the words for what they make:
 * "the industry of manufacturing medicines", "biopharma-related manufacturing", "the manufacturing of automobiles".
 * `scale` is the industry's own series, which a name of the making replaces where the two overlap.
 */
const MADE_GOODS = [
  {
    words: "bio-?medic(?:ine|al)s?|bio-?pharma(?:ceutical)?s?|pharmaceuticals?|medicines?|drugs?",
    making: "BIO_MFG",
    scale: "BIO",
  },
  { words: "automobiles?|automotive|autos?|cars|motor vehicles", making: "AUTO_VALUE", scale: "AUTO_SCALE" },
].map((g) => ({ ...g, whole: new RegExp(`^(?:${g.words})$`, "i") }));
// "the industry of manufacturing X", "the manufacture of X", "manufacturing of X" (X the goods)
const MAKING_OF = new RegExp(
  `\\b(?:(?:industry|sector)\\s+of\\s+manufacturing|manufactur(?:ing|e)\\s+of)\\s+(?:the\\s+)?(${MADE_GOODS.map((g) => g.words).join("|")})\\b`,
  "gi",
);
// "X manufacturing", "X-related manufacturing", "X makers' output", "X manufacturers' output value"
const GOODS_MAKING = new RegExp(
  `\\b(${MADE_GOODS.map((g) => g.words).join("|")})(?:[\\s-]+related)?(?:\\s+manufacturing\\b(?!\\s+(?:bases?|lines?|plants?|capacity|sites?|facilities|equipment))|\\s+(?:makers|manufacturers|producers)['’]\\s+(?:output|production|sales))`,
  "gi",
);

/**
 * The sentence's catalog names with the ones written another way; the names that are not the series dropped; a share
 * of the whole economy read as its series (share-of-economy.ts); a listed run of a total's members read as the total
 * (listed-members.ts).
 */
export function otherNames(ctx: Context, sentence: Sentence, aliases: AliasMatch[]): AliasMatch[] {
  return listedMembers(ctx, sentence, sharesOfEconomy(ctx, sentence, writtenOtherwise(ctx, sentence, aliases)));
}

function writtenOtherwise(ctx: Context, sentence: Sentence, aliases: AliasMatch[]): AliasMatch[] {
  const text = sentence.text;
  const hinted = NAME_HINTS.test(text);
  if (!hinted && !aliases.some((a) => a.indicator.code === "INVEST" || a.indicator.code === "IND_VA")) return aliases;
  const found = aliases.filter(
    (a) =>
      (a.indicator.code !== "INVEST" || !FUND_AFTER.test(after(ctx, a.end, 30))) &&
      (a.indicator.code !== "IND_VA" || !aboveScale(ctx, a)),
  );
  const add = (start: number, end: number, code: string) => {
    const indicator = ctx.lookup.indicator(code);
    if (!indicator || found.some((a) => a.start < end && a.end > start)) return;
    found.push({ start, end, text: ctx.text.slice(start, end), indicator });
  };
  if (hinted && text.includes("udget")) {
    for (const pattern of [BUDGET, BUDGET_REVENUE]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text))
        add(sentence.start + m.index, sentence.start + m.index + m[0].length, "BUDGET_REV_GROWTH");
    }
  }
  if (hinted && text.includes("three")) {
    THREE_INDUSTRIES.lastIndex = 0;
    for (let m = THREE_INDUSTRIES.exec(text); m; m = THREE_INDUSTRIES.exec(text)) {
      const start = sentence.start + m.index + m[0].search(/three/i);
      if (listsLeadingThree(ctx, sentence)) add(start, sentence.start + m.index + m[0].length, "LEAD3");
    }
  }
  if (hinted && text.includes("nfrastructure investment")) {
    // "infrastructure investments worth 248 billion yuan": the money the year's major projects are to take
    const pattern =
      /\b(infrastructure investments?)\s+(?:totall?ing|worth|amounting to|of)\s+(?:about\s+|around\s+|some\s+)?(?=(?:RMB|CNY|¥)?\s?\d[\d,.]*\s*(?:(?:b|tr)illion|bn|trn)\s*(?:yuan)?)/gi;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = sentence.start + m.index;
      add(start, start + m[1].length, "MAJOR_PROJ_INVEST");
    }
  }
  if (hinted && /anufactur|makers/.test(text)) {
    for (const pattern of [MAKING_OF, GOODS_MAKING]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const goods = MADE_GOODS.find((g) => g.whole.test(m![1]));
        if (!goods) continue;
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        // "biopharma-related manufacturing": the making's name, read before the industry's name inside it (which a
        // later "total industry size" still points back to)
        const inside = found.filter((a) => a.indicator.code === goods.scale && a.start >= start && a.end <= end);
        for (const alias of inside) found.splice(found.indexOf(alias), 1);
        add(start, end, goods.making);
        found.push(...inside);
      }
    }
  }
  if (hinted && /anufacturing output|ndustrial output value/.test(text)) unnamedMaking(ctx, sentence, found, add);
  // (the city's "key projects" are its major projects: "invested 230 billion yuan in key infrastructure projects")
  if (hinted && (text.includes("major") || text.includes("key"))) {
    const pattern = /\b(?:major|key)\s+(?:(?:construction|infrastructure|municipal|key)\s+)?projects\b/gi;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (spentOn(ctx, sentence, start)) add(start, end, "MAJOR_PROJ_INVEST");
      // (the investment word itself names their series, in the clause of its figure)
      const investment = investmentOf(ctx, sentence, start, end);
      if (investment >= 0) add(investment, investment + "investment".length, "MAJOR_PROJ_INVEST");
    }
  }
  if (hinted && text.includes("major")) {
    const start = billionProjectsStarted(sentence);
    if (start >= 0)
      add(sentence.start + start, sentence.start + start + "major industrial projects".length, "PROJ_1BN_START");
  }
  return found.length === aliases.length && found.every((a, i) => a === aliases[i])
    ? aliases
    : found.sort((a, b) => a.start - b.start);
}

// "the manufacturing output", "the total industrial output value", "manufacturing output value": the making of no
// named industry ("Shanghai's manufacturing output" and "… of the city" name the city's)
const BARE_MAKING =
  /\b(?:the\s+|its\s+|their\s+)?(?:(?:total|overall|gross|annual)\s+)?(?:manufacturing\s+output(?:\s+value)?|industrial\s+output\s+value)\b/gi;
const OWNER_BEFORE =
  /(?:\b(?!industry['’]s|sector['’]s)[A-Za-z]+['’]s?|\b(?:city|municipal|national|whole|entire|province))\s+$/i;
const OF_AFTER = /^\s+(?:of|in|by|for)\s+(?:the\s+)?([A-Za-z-]+)/i;

/**
 * A bare making name in a story about one industry whose making is a series ("From 2021 the biopharma industry grew
 * …, with the manufacturing output rising …"; "… the industry of drugs reached …. The total industrial output value
 * rose …"): the nearest catalog name before it in the paragraph (400 characters) is that industry's or its making's,
 * or the words right after it name the goods ("the manufacturing output of the pharmaceutical sector").
 */
function unnamedMaking(
  ctx: Context,
  sentence: Sentence,
  found: AliasMatch[],
  add: (start: number, end: number, code: string) => void,
): void {
  const text = sentence.text;
  BARE_MAKING.lastIndex = 0;
  for (let m = BARE_MAKING.exec(text); m; m = BARE_MAKING.exec(text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (OWNER_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start))) continue;
    const of = OF_AFTER.exec(after(ctx, end, 40));
    let goods: (typeof MADE_GOODS)[number] | undefined;
    if (of) {
      goods = MADE_GOODS.find((g) => g.whole.test(of[1]));
      if (!goods) continue;
    } else {
      const paragraphStart = ctx.text.lastIndexOf("\n", start - 1) + 1;
      const named = ctx.lookup
        .aliasesIn(ctx.text, Math.max(paragraphStart, start - 400), start)
        .concat(found.filter((a) => a.end <= start));
      let nearest: AliasMatch | undefined;
      for (const a of named) if (!nearest || a.end > nearest.end) nearest = a;
      const code = nearest?.indicator.code;
      goods = MADE_GOODS.find((g) => g.scale === code || g.making === code);
      // "the three leading industries are IC, AI and biomedicine, with manufacturing output …": the list's making
      const own = goods && [goods.scale, goods.making];
      if (own && named.some((a) => a.start >= sentence.start && !own.includes(a.indicator.code))) goods = undefined;
    }
    if (goods) add(start, end, goods.making);
  }
}

const after = (ctx: Context, from: number, length: number) => ctx.text.slice(from, from + length);

// "the value-added industrial output of enterprises above designated size", "above-scale industrial added value":
// the large firms' part, not the whole industry's value added ("industrial added value of designated size
// enterprises", "of enterprises of designated size": the same firms, named by their size alone)
const ABOVE_SCALE_AFTER =
  /^\s+(?:of|by|for)\s+(?:the\s+)?(?:(?:industrial\s+)?(?:enterprises|firms|companies)\s+(?:above|of\s+designated[\s-]size)\b|designated[\s-]size\s+(?:industrial\s+)?(?:enterprises|firms|companies)\b)/i;
const ABOVE_SCALE_BEFORE =
  /\b(?:above[\s-](?:the[\s-])?(?:designated[\s-])?(?:scale|size)|large-scale|designated-size)\s+$/i;

function aboveScale(ctx: Context, alias: AliasMatch): boolean {
  return (
    ABOVE_SCALE_AFTER.test(after(ctx, alias.end, 50)) ||
    ABOVE_SCALE_BEFORE.test(ctx.text.slice(Math.max(0, alias.start - 30), alias.start))
  );
}

/** Integrated circuits, biomedicine and AI are all named in the sentence or in the paragraph's 400 characters before it. */
function listsLeadingThree(ctx: Context, sentence: Sentence): boolean {
  const paragraphStart = ctx.text.lastIndexOf("\n", sentence.start - 1) + 1;
  const from = Math.max(paragraphStart, sentence.start - 400);
  const codes = new Set(ctx.lookup.aliasesIn(ctx.text, from, sentence.end).map((a) => a.indicator.code));
  const members = leadingThree(ctx.lookup);
  return members.length > 0 && members.every((code) => codes.has(code));
}

/** "invest about 240 billion yuan (...) in major projects": money put into them, said before the words, in the clause. */
function spentOn(ctx: Context, sentence: Sentence, start: number): boolean {
  const clause = sentence.clauses.find((c) => c.start <= start && start < c.end) ?? sentence;
  const lead = ctx.text.slice(clause.start, start);
  const money =
    /(?:\d[\d,.]*\s*(?:(?:b|m|tr)illion|bn|trn)?\s*(?:yuan|dollars)|(?:RMB|CNY|¥|US\$|\$)\s?\d[\d,.]*\s*(?:(?:b|m|tr)illion|bn|trn)?(?:\s*yuan)?)/gi;
  const words = ctx.text.slice(start, start + 60);
  for (let m = money.exec(lead); m; m = money.exec(lead))
    if (INTO_MAJOR_PROJECTS.test(lead.slice(m.index + m[0].length) + words) && SPEND_VERB.test(lead.slice(0, m.index)))
      return true;
  return false;
}

// "work started on 31 big industrial projects of more than 1 billion yuan apiece", "work began on 40 major
// industrial projects of more than 1 billion yuan each": the year's starts of the projects over a billion yuan each
const MAJOR_INDUSTRIAL = /\bmajor industrial projects\b/i;
const OVER_A_BILLION_EACH =
  /\b(?:each\s+)?(?:worth|valued at|with (?:an? )?(?:total )?investments? of|of)\s+(?:over|more than|above|at least)\s+(?:1|one)\s+billion\s+yuan(?:\s+each)?\b/i;
const STARTED =
  /\b(?:construction|work)\s+(?:on|of)\b[^.;]*\b(?:kicked off|started|began|commenced)\b|\b(?:kicked off|started|began|commenced)\s+construction\b|\bbroke ground\b|\b(?:construction|work) (?:started|began|kicked off|commenced) on\b/i;

/** Where the sentence names major industrial projects over a billion yuan each whose building starts, or -1. */
function billionProjectsStarted(sentence: Sentence): number {
  const m = MAJOR_INDUSTRIAL.exec(sentence.text);
  return m && OVER_A_BILLION_EACH.test(sentence.text) && STARTED.test(sentence.text) ? m.index : -1;
}

// "..., with total investment reaching", "completed an annual investment of": the investment right before a figure
const INVESTMENT_BEFORE_MONEY =
  /\binvestment\s+(?:(?:of|reaching|totall?ing|hitting|amounting to|reached|totall?ed|hit|came to|stood at|was|topped|exceeded|exceeding|of about|of over|of more than)\s+){1,2}$/i;
const MONEY_AHEAD = /(?:RMB|CNY|¥|US\$|\$)?\s?\d[\d,.]*\s*(?:(?:b|m|tr)illion|bn|trn)\s*(?:yuan)?/gi;

/**
 * "The city's key construction projects beat their annual plan in 2025, with total investment reaching 240 billion
 * yuan": the investment a sentence tells of major projects it is about, after their name, with no other figure (but
 * years) between, is theirs (a counted batch's is not). The start of the word "investment" (its name of their series),
 * or -1.
 */
function investmentOf(ctx: Context, sentence: Sentence, start: number, end: number): number {
  // ("48 major projects with a combined investment of 120 billion yuan": a counted batch's total, not the year's)
  if (/\d\s+(?:[A-Za-z-]+\s+){0,2}$/.test(ctx.text.slice(Math.max(sentence.start, start - 40), start))) return -1;
  const rest = ctx.text.slice(end, Math.min(sentence.end, end + 160));
  if (!rest.includes("investment")) return -1;
  MONEY_AHEAD.lastIndex = 0;
  const money = MONEY_AHEAD.exec(rest);
  if (!money) return -1;
  const between = `${rest.slice(0, money.index).trimEnd()} `;
  const investment = INVESTMENT_BEFORE_MONEY.exec(between);
  if (!investment || /\d/.test(between.replace(/\b(?:19|20)\d\d\b/g, ""))) return -1;
  // their own investment: in their clause, or in a "with" clause after it ("..., and private investment reached"
  // is another subject's)
  const lead = between.slice(0, investment.index);
  const own = OWN_INVESTMENT.exec(lead);
  if (!own) return -1;
  const before = lead.slice(0, own.index);
  return /,\s*with\s*$/.test(before) || !/[,;]|\b(?:and|while|whereas|but)\b/.test(before)
    ? end + investment.index
    : -1;
}
const OWN_INVESTMENT = /(?:\s|^)(?:(?:the|their|its|an?|total|annual|combined|completed|overall|cumulative)\s+)*$/i;

/**
 * "industrial investment rose 8 percent and property development investment grew 6 percent": a name before an
 * earlier figure of the clause is not the figure's when a new subject with its own verb comes between.
 */
export function namesAnotherSubject(
  ctx: Context,
  alias: AliasMatch,
  figure: Figure,
  figures: readonly Placed[],
): boolean {
  let last: Figure | undefined;
  for (const p of figures)
    if (p.figure.start > alias.end && p.figure.end <= figure.start && (!last || p.figure.start > last.start))
      last = p.figure;
  if (!last) return false;
  const gap = ctx.text.slice(last.end, figure.start);
  if (!gap.includes(" and ") && !gap.includes("while") && !gap.includes("whereas") && !gap.includes(",")) return false;
  return /^\W*(?:percent|per cent)?[^;]*?\b(?:and|while|whereas|,)\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+){1,5}?(?:investment|output|revenue|sales|value|production|exports?|imports?|prices?|income|consumption)\s+(?:increas(?:ed|ing)|rose|rising|grew|growing|fell|falling|decreas(?:ed|ing)|declin(?:ed|ing)|dropp(?:ed|ing)|was|went|climb(?:ed|ing)|jump(?:ed|ing)|expand(?:ed|ing)|gain(?:ed|ing)|reach(?:ed|ing)|stood)\b/i.test(
    gap,
  );
}

// "an industrial investment fund of funds whose total size is 80 billion yuan",
// "a 50-billion-yuan industrial investment fund": the fund's size is policy money, no series' level
const FUND_WORD = /\b(?:funds?|FoFs?)\b/;

/** A money figure that is a fund's size: the fund named in its clause just before it or right after it. */
export function fundMoney(ctx: Context, sentence: Sentence, placed: Placed): boolean {
  const { figure } = placed;
  if (figure.cls !== "money") return false;
  const clause = sentence.clauses[placed.clauseIndex];
  const before = ctx.text.slice(Math.max(clause.start, figure.start - 100), figure.start);
  const rest = ctx.text.slice(figure.end, Math.min(clause.end, figure.end + 50));
  if (!before.includes("und") && !before.includes("FoF") && !rest.includes("und")) return false;
  // a fund named after the figure is its head noun ("a 50-billion-yuan industrial investment fund")
  if (/^[-\s]*(?:[A-Za-z-]+\s+){0,4}(?:funds?|FoFs?)\b/.test(rest)) return true;
  // a fund named before it, with no other figure between ("a fund ... with a total scale of 100 billion yuan")
  const fund = FUND_WORD.exec(before);
  return (
    fund !== null &&
    !/\d/.test(before.slice(fund.index)) &&
    /\b(?:scale|size|capital|worth|of|totall?ing|with)\b/i.test(before.slice(fund.index))
  );
}
