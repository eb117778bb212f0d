/**
 * What compromise may see at once. Its sentence splitter is quadratic in two places: its first split
 * (`[.!?]+\s`) retries a run of end marks from every character of it, and it joins pieces that do
 * not look like sentences ("Mr.", "A.", "1.") to the next one and tests the growing text again, end
 * to end. A run of dots, or "Mr. " repeated over 10 KB, took a second or more. So runs of end marks
 * are kept short, and long text is handed over in pieces cut where compromise cuts anyway.
 */

/** Longest run of end marks compromise sees: the first and last few marks are kept. */
const RUN_KEEP = 8;
/** Text is cut into pieces of about this many characters, where compromise ends a sentence. */
const PIECE = 500;
/** A sentence compromise would join on past this length is ended at the next place it could end. */
export const LONG_SENTENCE = 400;
/** A piece with no such place is cut at a space past this length, whatever it is. */
const HARD_PIECE = 1_000;

const END_MARK = /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]/;

/**
 * `prose` with every run of more than 2 × RUN_KEEP end marks that no space follows kept at both
 * ends, with a mark compromise never ends a sentence on (…) between: the same length and the same
 * sentence ends. A run followed by a space costs nothing (the split matches from its first mark) and
 * is left as it is; one glued to what follows ("Stop!!!!…!!!now", or ending the text) is what
 * compromise retried from every mark, and only its own odd word changes.
 */
export function boundEndMarkRuns(prose: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < prose.length; ) {
    if (!END_MARK.test(prose[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < prose.length && END_MARK.test(prose[j]!)) j++;
    if (j - i > 2 * RUN_KEEP && !/\s/.test(prose[j] ?? '')) {
      out ??= prose.split('');
      for (let k = i + RUN_KEEP; k < j - RUN_KEEP; k++) out[k] = '\u2026';
    }
    i = j;
  }
  return out ? out.join('') : prose;
}

/**
 * `prose` in consecutive pieces that join to it, each short enough for compromise. A piece ends
 * only where compromise's splitter ends a sentence, found by following its steps (sentenceEnds,
 * then its joins over quotes and brackets), so each piece is tagged as it is in the whole text. Past
 * HARD_PIECE with no such place, a piece ends at any space. Text up to PIECE characters is one piece.
 */
export function compromisePieces(prose: string, endsSentence: (before: string) => boolean): string[] {
  if (prose.length <= PIECE) return [prose];
  const pieces: string[] = [];
  let start = 0;
  const cut = (at: number): void => {
    pieces.push(prose.slice(start, at));
    start = at;
  };
  const hardCuts = (until: number): void => {
    for (let i = start + HARD_PIECE; i < until; i++) if (/\s/.test(prose[i]!)) (cut(i + 1), (i = start + HARD_PIECE - 1));
  };
  for (const end of joinedOverQuotesAndBrackets(prose, sentenceEnds(prose, endsSentence))) {
    hardCuts(end.at);
    // compromise moves the spaces before a sentence to the end of the one before.
    let at = end.at;
    while (at < prose.length && /\s/.test(prose[at]!)) at++;
    if (end.forced || at - start >= PIECE) cut(at);
  }
  hardCuts(prose.length);
  if (start < prose.length) pieces.push(prose.slice(start));
  // A piece with no space at all past HARD_PIECE stays whole: it has no sentence end to retry.
  return pieces;
}

/** Where compromise's next sentence starts; `forced`, where it would not but a long one is ended. */
interface SentenceEnd {
  at: number;
  forced: boolean;
}

/**
 * Where compromise's splitter ends sentences before it looks at quotes and brackets. It splits
 * lines, then after end marks and a space; it appends a stretch with no letter, number or symbol to
 * the sentence before it; it joins a sentence that its own test (`endsSentence`) rejects, unless it
 * ends a line, to the next, and tests the joined text again, end to end, at each of its ends: that
 * costs the square of the sentence's length, so a sentence joined on past LONG_SENTENCE ("Mr. Mr.
 * Mr. …") is ended at the next place it could end, the one reading that is not compromise's own.
 * Text with CJK full stops, which compromise splits otherwise, is ended at line breaks only.
 */
function sentenceEnds(prose: string, endsSentence: (before: string) => boolean): SentenceEnd[] {
  const ends: SentenceEnd[] = [];
  const cjk = CJK_STOP.test(prose);
  let sentenceStart = 0;
  let lastLetter = -1;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i]!;
    if (LETTER.test(codePointAt(prose, i))) lastLetter = i;
    const lineBreak = c === '\n' || (c === '\r' && prose[i + 1] !== '\n');
    const split = lineBreak || (!cjk && /\s/.test(c) && i > 0 && END_MARK.test(prose[i - 1]!));
    if (!split) continue;
    if (!SUBSTANCE.test(prose.slice(i + 1, nextSplit(prose, i + 1)))) continue;
    const forced = !lineBreak && i - sentenceStart >= LONG_SENTENCE;
    if (!lineBreak && !forced && !endsSentence(testedText(i))) continue;
    ends.push({ at: i + 1, forced });
    sentenceStart = i + 1;
  }
  return ends;

  /**
   * The sentence so far (to the space at `i`) as compromise's test reads it: its end (the test
   * looks at the last word and the marks after it) and whether it has a letter anywhere.
   */
  function testedText(i: number): string {
    const tail = prose.slice(Math.max(sentenceStart, i - TESTED_END), i + 1);
    return lastLetter >= sentenceStart && !LETTER.test(tail) ? `x ${tail}` : tail;
  }
}

/**
 * The sentence ends that compromise keeps after its last two joins: a sentence with one opening
 * quote goes with the next if that has one closing quote (or with the next two, if the second has),
 * short enough; then a sentence with one opening bracket goes with the next if that closes it and
 * opens none. A forced end is never crossed (the text is cut there).
 */
function joinedOverQuotesAndBrackets(prose: string, ends: SentenceEnd[]): SentenceEnd[] {
  const quoted = joinWhere(prose, ends, (text, i) => {
    const own = text(i) ?? '';
    const open = own.match(QUOTE_OPENERS);
    if (open?.length !== 1) return 0;
    const closed = own.match(QUOTE_CLOSERS);
    if (closed && closed[0] !== open[0]) return 0;
    const next = text(i + 1) ?? '';
    if (closesQuote(next) && next.length < MAX_QUOTE) return 1;
    const after = text(i + 2);
    return closesQuote(after) && next.length + after!.length < MAX_QUOTE ? 2 : 0;
  });
  return joinWhere(prose, quoted, (text, i) => {
    const next = text(i + 1);
    return (text(i) ?? '').match(BRACKET_OPENERS)?.length === 1 && next !== undefined && next.length < MAX_BRACKETED
      && BRACKET_CLOSERS.test(next) && !BRACKET_OPENER.test(next) ? 1 : 0;
  });
}

/**
 * The sentences between `ends`, left to right, each joined with as many following ones as `join`
 * says (0, 1 or 2; never across a forced end): the ends that remain.
 */
function joinWhere(prose: string, ends: SentenceEnd[], join: (text: (i: number) => string | undefined, i: number) => number): SentenceEnd[] {
  const bounds = [0, ...ends.map((e) => e.at).filter((at) => at < prose.length), prose.length];
  const text = (i: number): string | undefined => (i + 1 < bounds.length ? prose.slice(bounds[i], bounds[i + 1]) : undefined);
  const kept: SentenceEnd[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let n = join(text, i);
    while (n > 0 && ends[i + n - 1]?.forced) n--;
    i += n;
    const end = ends[i];
    if (end && end.at < prose.length) kept.push(end);
  }
  return kept;
}

/** compromise joins quotes (MAX_QUOTE) and brackets (MAX_BRACKETED) over sentences shorter than these. */
const MAX_QUOTE = 280;
const MAX_BRACKETED = 250;
/** The quotes compromise pairs across sentences (no single quotes), as in its quote join. */
const QUOTE_OPENERS = /["\uFF02\u201C\u201F\u201E\u2E42\u201A\u00AB\u2039\u2035\u2036\u2037\u301D\u301F\u300C\u300E]/g;
const QUOTE_CLOSERS = /["\uFF02\u201D\u2019\u00BB\u203A\u2032\u2033\u2034\u301E\u300D\u300F]/g;
const BRACKET_OPENERS = /[(\uFF08]/g;
const BRACKET_OPENER = /[(\uFF08]/;
const BRACKET_CLOSERS = /[)\uFF09]/;
const CJK_STOP = /[\u3002\uFF01\uFF1F\uFF61]/;

function closesQuote(text: string | undefined): boolean {
  return text?.match(QUOTE_CLOSERS)?.length === 1;
}

/** The most of a sentence's end compromise's test needs to see (its abbreviations are far shorter). */
const TESTED_END = 64;
/** compromise's test for a sentence: a letter in it. */
const LETTER = /\p{L}/u;
/** compromise keeps a piece with one of these as its own; one without goes to the sentence before. */
const SUBSTANCE = /[\p{L}\p{N}\p{So}]/u;

/** The character (a whole surrogate pair) at `i`. */
function codePointAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code < 0xdc00 ? text.slice(i, i + 2) : text[i]!;
}

/** Where compromise's splitter next splits from `from`: a line break, or a space after end marks. */
function nextSplit(prose: string, from: number): number {
  for (let j = from; j < prose.length; j++) {
    const c = prose[j]!;
    if (c === '\n' || c === '\r') return j;
    if (/\s/.test(c) && j > from && END_MARK.test(prose[j - 1]!)) return j;
  }
  return prose.length;
}
