import { maskComment } from '../markdown/mask';
import type { TextEdit } from '../types';
import { opensSentenceAt } from './opens-sentence';
import { lowerInitial, shapeSentence, type Span, type Word } from './shape';
import { isBaseVerb, pastParticiple, tagWords } from './verbs';

/** How far past the phrase a clause is read: the object it rewrites has at most six words. */
const CLAUSE_READ = 300;
/** Words that end the object of "you forgot ...": a new clause starts there. */
const CLAUSE_BREAK = new Set(['because', 'since', 'so', 'which', 'that', 'when', 'and', 'but', 'or', 'if', 'as']);
/** Words that open a noun phrase: what follows them up to the clause's end is the thing missing. */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'some', 'each', 'every', 'its', 'their', 'all']);
/** "Did you even test this?" and its kin: mockery of the person, restated as a plain question. */
const DID_YOU_EVEN: Record<string, string> = {
  test: 'Is there a test that covers this?',
  run: 'Has this been run?',
  try: 'Has this been tried?',
  compile: 'Does this compile?',
  build: 'Does this build?',
};

/**
 * Restates a sentence aimed at the person as one about the code, from the person-directed phrase
 * at `range` ("You forgot", "you didn't", "Did you even") to the end of its clause:
 * "You forgot the null check." gives "The null check seems to be missing here.",
 * "You didn't handle `err`." gives "`err` doesn't seem to be handled here.",
 * "Did you even test this?" gives "Is there a test that covers this?", "Why would you use a global here?"
 * gives "Is there a reason to use a global here?".
 *
 * The object is kept as written (code spans byte for byte). Returns undefined for other shapes, or
 * when the object is long, holds "you", or is not a plain noun phrase.
 */
export function aboutCode(text: string, range: Span): TextEdit[] | undefined {
  const mask = maskComment(text);
  const { masked } = mask;
  const from = Math.max(0, Math.min(text.length, range.offset));
  // The sentence runs from the phrase to the next end mark in the prose. Only its first words are
  // rewritten, so no more than CLAUSE_READ characters are read (a long run-on sentence full of "you
  // forgot" would otherwise be read to its end once for each).
  const endMatch = /[.!?\n]/.exec(masked.slice(from, from + CLAUSE_READ));
  let to = endMatch ? from + endMatch.index : Math.min(text.length, from + CLAUSE_READ);
  while (to < text.length && /[?!.]/.test(masked[to]!)) to++;
  const shape = shapeSentence(text, { offset: from, length: to - from }, mask);
  if (!shape) return undefined;
  const words = shape.words;
  const w = (i: number) => words[i]?.lower ?? '';
  const sentenceStart = opensSentenceAt(masked, shape.start);

  if (w(0) === 'did' && w(1) === 'you' && w(2) === 'even') {
    const question = DID_YOU_EVEN[w(3)];
    if (!question || words.length > 5 || (words[4] && !['this', 'it'].includes(w(4)))) return undefined;
    const end = shape.punct ? shape.punct.offset + shape.punct.length : shape.insertAt;
    return [{ offset: words[0]!.start, length: end - words[0]!.start, newText: sentenceStart ? question : lowerInitial(question) }];
  }

  const tags = tagWords(masked.slice(shape.start, shape.contentEnd), shape.start);
  if (w(0) === 'why' && (w(1) === 'would' || w(1) === 'did') && w(2) === 'you') {
    // "Why would you use a global here?" asks the person to defend themselves; the same doubt about the code is a real question.
    const v = w(3) === 'even' || w(3) === 'ever' ? 4 : 3;
    const action = words[v];
    if (!shape.question || !action || !isBaseVerb(action, tags.get(action.start))) return undefined;
    const lead = 'Is there a reason to ';
    return [{ offset: words[0]!.start, length: action.start - words[0]!.start, newText: sentenceStart ? lead : lowerInitial(lead) }];
  }

  if (w(0) !== 'you') return undefined;
  let verb = '';
  let objectFrom = 0;
  // "You always forget the changelog" blames a habit; the code still only misses the changelog.
  const habit = w(1) === 'always' && (w(2) === 'forget' || w(2) === 'miss') ? 1 : 0;
  if (w(1 + habit) === 'forgot' || w(1 + habit) === 'missed' || habit) {
    if (w(2 + habit) === 'to') {
      verb = w(3 + habit);
      objectFrom = 4 + habit;
    } else objectFrom = (w(2 + habit) === 'about' ? 3 : 2) + habit;
  } else if ((w(1) === "didn't" || w(1) === 'never' || w(1) === 'failed') && w(2) !== 'to') {
    verb = w(2);
    objectFrom = 3;
  } else if (w(1) === 'did' && w(2) === 'not') {
    verb = w(3);
    objectFrom = 4;
  } else if (w(1) === 'failed' && w(2) === 'to') {
    verb = w(3);
    objectFrom = 4;
  } else return undefined;

  let objectTo = objectFrom;
  while (objectTo < words.length && !CLAUSE_BREAK.has(w(objectTo))) objectTo++;
  // The clause ends in "here" already; a trailing "here" in the object would say it twice.
  const replaceEnd = words[objectTo - 1]?.end ?? 0;
  if (objectTo - 1 > objectFrom && w(objectTo - 1) === 'here') objectTo--;
  const object = words.slice(objectFrom, objectTo);
  const firstObj = object[0];
  const lastObj = object[object.length - 1];
  if (!firstObj || !lastObj || object.length > 6) return undefined;
  if (object.some((o) => ['you', 'your', 'yours', 'yourself', 'i', 'me', 'my', 'we', 'us', 'our', 'to'].includes(o.lower))) return undefined;
  // A comma or other punctuation inside means more than a noun phrase ("the check, the test").
  if (/[,;:()]/.test(masked.slice(firstObj.start, lastObj.end))) return undefined;
  // A verb in the object means a clause, not a thing ("you forgot it works"). After a determiner the
  // tagger often reads nouns as verbs ("the bounds check", "`await` on the fetch call"); only true verb forms count there.
  const determined = firstObj.code || NOUN_PHRASE_OPENERS.has(firstObj.lower);
  const isVerb = (o: Word) => {
    const t = tags.get(o.start);
    if (o.code || !t?.has('Verb')) return false;
    return determined ? t.has('Copula') || t.has('Modal') || t.has('Auxiliary') || !!t?.has('Pronoun') : !t.has('Noun');
  };
  if (object.some(isVerb)) return undefined;

  const plural = isPluralObject(object, tags);
  let clause: string;
  if (!verb) clause = `${plural ? 'seem' : 'seems'} to be missing here`;
  else {
    const vWord = words.find((x) => x.lower === verb);
    if (!vWord || vWord.code || verb === 'be') return undefined;
    const done = pastParticiple(verb);
    if (!done) return undefined;
    clause = `${plural ? "don't" : "doesn't"} seem to be ${done} here`;
  }
  // Two edits around the object, so that the object itself (code spans included) is not rewritten.
  const you = words[0]!;
  // The object's first character, whole: an astral letter is two code units.
  const initial = String.fromCodePoint(text.codePointAt(firstObj.start)!);
  const opening: TextEdit = firstObj.code || !sentenceStart
    ? { offset: you.start, length: firstObj.start - you.start, newText: '' }
    : { offset: you.start, length: firstObj.start + initial.length - you.start, newText: initial.toUpperCase() };
  return [opening, { offset: lastObj.end, length: replaceEnd - lastObj.end, newText: ` ${clause}` }];
}

function isPluralObject(object: readonly Word[], tags: Map<number, ReadonlySet<string>>): boolean {
  const head = object[object.length - 1]!;
  if (head.code) return false;
  if (object.some((o) => ['these', 'those', 'both', 'all', 'some'].includes(o.lower))) return true;
  const t = tags.get(head.start);
  if (t?.has('Plural')) return true;
  // The tagger may read a plural head as a verb ("the error messages"): its spelling still tells.
  return !t?.has('Singular') && /[^su]s$/.test(head.lower);
}
