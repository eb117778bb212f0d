import type { TextEdit } from '../types';
import { lowerInitial, shapeSentence, type SentenceShape, type Span, type Word } from './shape';
import { gerund, isBaseVerb, tagWords } from './verbs';

/** Openers that carry no meaning once the sentence is a question ("Please", "So", "And"). */
const DROPPED = new Set(['please', 'pls', 'plz', 'kindly', 'and', 'so', 'then', 'now', 'ok', 'okay']);
/** Adverbs that keep their meaning and move after "Could we" ("Also rename" → "Could we also rename"). */
const KEPT = new Set(['also', 'always', 'just', 'still', 'first', 'instead', 'really', 'definitely', 'ideally']);
/** Words that open a subject which the question can lead with ("This should" → "Should this"). */
const SUBJECT_STARTERS = new Set([
  'this', 'that', 'these', 'those', 'it', 'the', 'a', 'an', 'each', 'every', 'all', 'both', 'any', 'some', 'its',
  'their', 'our', 'there', 'they', 'your', 'such', 'no',
]);
const PLURAL_STARTERS = new Set(['these', 'those', 'they', 'both', 'all']);
/** Words after an opening verb that show it was a noun ("Test is failing", "Use of var"). */
const NOT_AFTER_VERB = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'should', 'must', 'will', 'would', 'can', 'could', 'of', "'s", 'looks', 'seems']);
/** Sentence-initial verbs that introduce information rather than order a change. */
const NOT_ORDERS = new Set(['note', 'nb', 'imagine', 'say', 'suppose', 'consider']);

type Modal = { kind: 'should' | 'neg' | 'needs'; next: number };

/**
 * Turns the directive sentence `sentence` of `text` into a question with the fewest edits:
 * "Rename this to `userId`." gives "Could we rename this to `userId`?", "This should be a const."
 * gives "Should this be a const?", "Don't use `var` here." gives "Could we avoid `var` here?".
 *
 * Only the opening words and the end mark change, so code spans, links, mentions and emoji keep
 * their bytes. Returns undefined when the sentence is a question already or its shape is not one
 * of the known ones: no rewrite is better than a clumsy or loaded one ("Why would you ...").
 */
export function askInstead(text: string, sentence: Span): TextEdit[] | undefined {
  const shape = shapeSentence(text, sentence);
  if (!shape || shape.question || shape.openEnded) return undefined;
  const opening = rewriteOpening(shape, text);
  if (!opening) return afterLeadIn(text, shape, sentence);
  const edits = opening.edits;
  // A writer who opens in lower case ("nit: rename this", "pls fix") keeps doing so.
  const head = edits[0]!;
  const firstWord = shape.words[0]!;
  if (!firstWord.code && /^\p{Ll}/u.test(firstWord.raw) && head.offset === firstWord.start) {
    head.newText = head.newText.charAt(0).toLowerCase() + head.newText.slice(1);
  }

  // "add tests" with nothing after it reads as a demand on the whole PR; "for this" scopes it.
  const forThis = opening.addsTests ? ' for this' : '';
  if (shape.punct) {
    if (forThis && shape.punct.offset !== shape.contentEnd) edits.push({ offset: shape.contentEnd, length: 0, newText: forThis });
    const merged = shape.punct.offset === shape.contentEnd ? forThis : '';
    edits.push({ offset: shape.punct.offset, length: shape.punct.length, newText: `${merged}?` });
  } else {
    if (forThis && shape.insertAt !== shape.contentEnd) edits.push({ offset: shape.contentEnd, length: 0, newText: forThis });
    const merged = shape.insertAt === shape.contentEnd ? forThis : '';
    edits.push({ offset: shape.insertAt, length: 0, newText: `${merged}?` });
  }
  return edits;
}

/**
 * "Easy fix: swap the arguments.", "Small thing: rename this.": a few words and a colon lead into the
 * order, which is asked after them ("Small thing: could we rename this?"); the lead-in stays as written.
 */
function afterLeadIn(text: string, shape: SentenceShape, sentence: Span): TextEdit[] | undefined {
  const colon = /^[^:.!?\n]{1,30}?:[ \t]+(?=\S)/.exec(shape.masked.slice(shape.start, shape.contentEnd));
  if (!colon || shape.words.filter((w) => w.end <= shape.start + colon[0].length).length > 3) return undefined;
  const from = shape.start + colon[0].length;
  const end = sentence.offset + sentence.length;
  return end > from ? askInstead(text, { offset: from, length: end - from }) : undefined;
}

interface Opening {
  edits: TextEdit[];
  addsTests: boolean;
}

function rewriteOpening(shape: SentenceShape, text: string): Opening | undefined {
  const words = shape.words;
  let i = 0;
  const kept: string[] = [];
  while (i < words.length && !words[i]!.code && (DROPPED.has(words[i]!.lower) || KEPT.has(words[i]!.lower))) {
    if (KEPT.has(words[i]!.lower)) kept.push(words[i]!.lower);
    i++;
  }
  const first = words[i];
  if (!first || i >= words.length) return undefined;
  const from = words[0]!.start;
  const lower = first.lower;
  // First person ("I'd rename ...") is the writer's own voice, never rewritten.
  if (lower === 'i' || lower.startsWith("i'")) return undefined;
  const tags = tagWords(shape.masked.slice(shape.start, shape.contentEnd), shape.start);
  const tagsOf = (w: Word | undefined) => (w ? tags.get(w.start) : undefined);
  const couldWe = (extra: readonly string[] = []) => `Could we ${[...kept, ...extra].map((k) => `${k} `).join('')}`;

  // "Don't use X", "Do not add X", "Never do X": a prohibition asks whether to avoid it.
  const negated = lower === "don't" || lower === 'dont' || lower === 'never' || (lower === 'do' && words[i + 1]?.lower === 'not');
  if (negated) {
    let j = lower === 'do' ? i + 2 : i + 1;
    if (words[j]?.lower === 'ever') j++;
    const avoid = avoidPhrase(words[j]);
    if (!avoid) return undefined;
    return result([{ offset: from, length: words[j]!.end - from, newText: couldWe() + avoid }], words, j);
  }

  // "Let's keep X" is already shared; it only needs asking.
  if (lower === "let's" || lower === 'lets' || (lower === 'let' && words[i + 1]?.lower === 'us')) {
    const verb = words[lower === 'let' ? i + 2 : i + 1];
    if (!verb || !isBaseVerb(verb, tagsOf(verb))) return undefined;
    return result([{ offset: from, length: verb.end - from, newText: couldWe() + lowerInitial(verb.raw) }], words, i + (lower === 'let' ? 2 : 1));
  }

  // "You should / need to / must X", "We have to X": the person becomes "we".
  if (lower === 'you' || lower === 'we' || lower === "you'll" || lower === "we'll") {
    let k = i + 1;
    let modal: Modal | undefined;
    if (lower.endsWith("'ll")) {
      if (['need', 'have', 'want'].includes(words[k]?.lower ?? '') && words[k + 1]?.lower === 'to') modal = { kind: 'should', next: k + 2 };
    } else if (words[k]?.lower === 'want' && words[k + 1]?.lower === 'to') {
      modal = { kind: 'should', next: k + 2 };
    } else {
      modal = readModal(words, k);
    }
    if (!modal || modal.kind === 'needs') return undefined;
    const { adverbs, verb, index } = readVerb(words, modal.next, tagsOf);
    if (!verb || verb.lower === 'be') return undefined;
    if (modal.kind === 'neg') {
      const avoid = avoidPhrase(verb);
      if (!avoid) return undefined;
      return result([{ offset: from, length: verb.end - from, newText: couldWe(adverbs) + avoid }], words, index);
    }
    return result([{ offset: from, length: verb.start - from, newText: couldWe(adverbs) }], words, index);
  }

  // Terse corrections: "Must be lowercase.", "Should use X.", "Needs a test.": the code is the subject.
  const terse = readModal(words, i);
  if (terse) {
    if (terse.kind === 'needs') {
      const next = words[i + 1];
      if (!next || (!next.code && SUBJECT_STARTERS.has(next.lower) && !['a', 'an', 'the', 'some', 'no'].includes(next.lower))) return undefined;
      return result([{ offset: from, length: first.end - from, newText: `Does this ${kept.map((k) => `${k} `).join('')}need` }], words, i);
    }
    const { adverbs, verb, index } = readVerb(words, terse.next, tagsOf);
    if (!verb) return undefined;
    const lead = terse.kind === 'neg' ? 'Does this need to ' : 'Should this ';
    return result([{ offset: from, length: verb.start - from, newText: lead + [...kept, ...adverbs].map((k) => `${k} `).join('') }], words, index);
  }

  // "This should be a const.", "`foo` should be renamed.", "Tests must be added.": lead with the modal.
  const subject = readSubject(words, i, text, tagsOf);
  if (subject) {
    const { end: k, modal } = subject;
    const last = words[k - 1]!;
    const opener = first.code ? '' : leadSubjectWord(first, tagsOf(first));
    const plural = isPlural(words.slice(i, k), tagsOf);
    const aux = modal.kind === 'should' ? 'Should' : plural ? 'Do' : 'Does';
    const head: TextEdit = first.code
      ? { offset: from, length: first.start - from, newText: `${aux} ` }
      : { offset: from, length: first.end - from, newText: `${aux} ${opener}` };
    if (modal.kind === 'needs') {
      return result([head, { offset: last.end, length: words[modal.next - 1]!.end - last.end, newText: ' need' }], words, modal.next - 1);
    }
    const { adverbs, verb, index } = readVerb(words, modal.next, tagsOf);
    if (!verb) return undefined;
    const middle = modal.kind === 'neg' ? ' need to ' : ' ';
    return result([head, { offset: last.end, length: verb.start - last.end, newText: middle + [...kept, ...adverbs].map((a) => `${a} `).join('') }], words, index);
  }

  // "Rename this", "Please remove X", "Also cache it": an order opening with a bare verb.
  const next = words[i + 1];
  if (NOT_ORDERS.has(lower) || !isBaseVerb(first, tagsOf(first)) || (next && !next.code && NOT_AFTER_VERB.has(next.lower))) return undefined;
  // A modal soon after means the opening word was a noun after all ("Test names should be ...").
  for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
    if (/[,;:]/.test(text.slice(first.end, words[k]!.start))) break;
    if (readModal(words, k)) return undefined;
  }
  return result([{ offset: from, length: first.end - from, newText: couldWe() + lowerInitial(first.raw) }], words, i);
}

/** Marks the "add tests" shape, which the question scopes with "for this". */
function result(edits: TextEdit[], words: readonly Word[], verbIndex: number): Opening {
  const verb = words[verbIndex]?.lower;
  const rest = words.slice(verbIndex + 1).map((w) => (w.code ? '`' : w.lower)).join(' ');
  const addsTests = (verb === 'add' || verb === 'write') && /^(?:(?:a|some|more|unit|the) )?(?:unit )?tests?$/.test(rest);
  return { edits, addsTests };
}

/** "use" becomes "avoid"; other verbs "avoid <gerund>" ("avoid doing"); "forget" "remember". */
function avoidPhrase(verb: Word | undefined): string | undefined {
  if (!verb || verb.code || verb.lower === 'be') return undefined;
  if (verb.lower === 'use') return 'avoid';
  if (verb.lower === 'forget') return 'remember';
  const g = gerund(verb.lower);
  return g ? `avoid ${g}` : undefined;
}

/** Reads "should", "must", "need(s) to", "has/have to", "ought to" and their negations at `k`. */
function readModal(words: readonly Word[], k: number): Modal | undefined {
  const w = words[k]?.lower;
  const next = words[k + 1]?.lower;
  if (w === 'should' || w === 'must') return next === 'not' ? { kind: 'neg', next: k + 2 } : { kind: 'should', next: k + 1 };
  if (w === "shouldn't" || w === "mustn't") return { kind: 'neg', next: k + 1 };
  if ((w === 'need' || w === 'needs' || w === 'has' || w === 'have' || w === 'ought') && next === 'to') return { kind: 'should', next: k + 2 };
  if (w === 'needs' || w === 'need') return next ? { kind: 'needs', next: k + 1 } : undefined;
  return undefined;
}

/** The verb after a modal, with the kept adverbs between them ("should also be"). */
function readVerb(words: readonly Word[], j: number, tagsOf: (w: Word | undefined) => ReadonlySet<string> | undefined) {
  const adverbs: string[] = [];
  while (words[j] && !words[j]!.code && KEPT.has(words[j]!.lower)) adverbs.push(words[j++]!.lower);
  const w = words[j];
  const t = tagsOf(w);
  const ok = !!w && !w.code && (w.lower === 'be' || isBaseVerb(w, t) || !!t?.has('Infinitive') || !!t?.has('Verb'));
  return { adverbs, verb: ok ? w : undefined, index: j };
}

/** A short subject before a modal: no comma, no person, no order verb in it. */
function readSubject(words: readonly Word[], i: number, text: string, tagsOf: (w: Word | undefined) => ReadonlySet<string> | undefined) {
  const first = words[i]!;
  const firstTags = tagsOf(first);
  const opens = first.code || SUBJECT_STARTERS.has(first.lower) || (!!firstTags?.has('Noun') && !firstTags.has('Pronoun'));
  if (!opens) return undefined;
  for (let k = i + 1; k < Math.min(words.length, i + 6); k++) {
    const modal = readModal(words, k);
    if (modal) {
      if (/[,;:]/.test(text.slice(first.end, words[k]!.start))) return undefined;
      return { end: k, modal };
    }
    const w = words[k]!;
    const t = tagsOf(w);
    if (['you', 'we', 'i', 'and', 'or', 'but', 'if', 'when', 'because'].includes(w.lower)) return undefined;
    if (!w.code && t && (t.has('Imperative') || t.has('Copula') || t.has('Modal') || (t.has('Verb') && !t.has('Noun')))) return undefined;
  }
  return undefined;
}

/** The subject's first word, lower-cased when it is a common word ("This" → "this", not "React"). */
function leadSubjectWord(word: Word, tags: ReadonlySet<string> | undefined): string {
  const common = SUBJECT_STARTERS.has(word.lower) || (!!tags?.has('Noun') && !tags.has('ProperNoun') && !tags.has('Acronym'));
  return common ? lowerInitial(word.raw) : word.raw;
}

function isPlural(subject: readonly Word[], tagsOf: (w: Word | undefined) => ReadonlySet<string> | undefined): boolean {
  const head = subject[subject.length - 1]!;
  if (subject.some((w) => PLURAL_STARTERS.has(w.lower))) return true;
  if (head.code) return false;
  return !!tagsOf(head)?.has('Plural') || (/[^su]s$/.test(head.lower) && !SUBJECT_STARTERS.has(head.lower));
}
