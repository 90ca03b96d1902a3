/**
 * What a sentence, clause or mention says, asked once: its words are tested against the same pattern for each of its
 * figures, so the spans being read keep their answers.
 */

/** A pattern asked of spans' words; neither global nor sticky, so a test of it keeps no state. */
export interface Question {
  readonly pattern: RegExp;
  readonly slot: number;
}

let slots = 0;

/** A place for one remembered answer in every span's answers. */
export function answerSlot(): number {
  return slots++;
}

export function question(pattern: RegExp): Question {
  if (pattern.global || pattern.sticky) throw new Error(`/${pattern.source}/ keeps state: it cannot be remembered`);
  return { pattern, slot: answerSlot() };
}

type Answers = (boolean | undefined)[];

// the spans read last and their answers: a sentence, its clauses, names and years are asked about together, and a
// few dozen slots hold them (a span pushed out is asked again: slower, never wrong), not a table that grows
const KEPT = 32;
const owners: (object | null)[] = new Array<object | null>(KEPT).fill(null);
const kept: Answers[] = Array.from({ length: KEPT }, () => []);
let next = 0;
// the slot asked last: a sentence or clause is mostly asked several questions in a row
let last = 0;

/** The answers kept for a span. */
export function answersOf(span: object): Answers {
  if (owners[last] === span) return kept[last];
  for (let i = 0; i < KEPT; i++)
    if (owners[i] === span) {
      last = i;
      return kept[i];
    }
  const answers: Answers = [];
  owners[next] = span;
  kept[next] = answers;
  last = next;
  next = (next + 1) % KEPT;
  return answers;
}

/** Whether the question's pattern matches the span's text. */
export function says(span: { readonly text: string }, asked: Question): boolean {
  const answers = answersOf(span);
  let answer = answers[asked.slot];
  if (answer === undefined) answers[asked.slot] = answer = asked.pattern.test(span.text);
  return answer;
}
