import { maskComment } from '../markdown/mask';
import type { TextEdit } from '../types';
import { dropMinimiser } from './drop-minimiser';
import { shapeSentence, type Span } from './shape';
import { isBaseVerb, tagWords } from './verbs';

/** Words that make a rule of a request and can simply go: the request itself stays ("Always use" → "Use"). */
const DROPPABLE = new Set(['always', 'every time', 'every single time', 'at all times', 'in every case', 'in all cases', 'without exception']);
/** A modal before "never" and its negation: "should never" → "shouldn't". "must never" loses its law too. */
const NEGATED_MODAL: Record<string, string> = {
  should: "shouldn't", must: "shouldn't", can: "can't", will: "won't", would: "wouldn't", could: "couldn't",
};
/** Who can be the subject of "never <verb>" whose negation needs no conjugation ("we never use" → "we don't use"). */
const PLAIN_SUBJECTS = new Set(['we', 'you', 'they', 'i']);
const SUBJECT_PRONOUNS = new Set(['you', 'we', 'this', 'it', 'that', 'they', 'these', 'those']);

/**
 * Scopes an absolute ("always", "never", "must", "under no circumstances", "no exceptions") at `range`,
 * so the request stays and the law goes: "Always use `let` here." gives "Use `let` here.", "Never catch
 * it." gives "Don't catch it.", "Never `var`." gives "Avoid `var`.", "Handlers should never block."
 * gives "Handlers shouldn't block.", "This must be immutable." gives "This should be immutable.".
 *
 * Only the absolute's words change, so code spans keep their bytes; the writer's case is kept. Returns
 * undefined for a shape it cannot restate without changing what is asked ("Every time we deploy, …",
 * "It never returns."), or a range that is not an absolute in prose.
 */
export function scopeAbsolute(text: string, range: Span): TextEdit[] | undefined {
  const mask = maskComment(text);
  const from = Math.max(0, Math.min(text.length, range.offset));
  const to = Math.max(from, Math.min(text.length, range.offset + range.length));
  const phrase = text.slice(from, to);
  if (mask.masked.slice(from, to) !== phrase) return undefined;
  const lower = phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const opens = /(?:^|[.!?:\n])[\s>*_#(-]*$/.test(mask.masked.slice(0, from));
  const after = mask.masked.slice(to);

  if (DROPPABLE.has(lower)) {
    // "Every time we deploy, …" is a condition, not a rule: dropping the words would leave half a clause.
    if (opens && lower !== 'always' && !/^,/.test(after)) return undefined;
    const edits = dropMinimiser(text, range);
    return edits.length ? edits : undefined;
  }
  if (lower === 'must') return [{ offset: from, length: to - from, newText: sameCase(phrase, 'should') }];
  if (lower === "mustn't") return [{ offset: from, length: to - from, newText: sameCase(phrase, "shouldn't") }];
  if (lower === 'no exceptions') return dropNoExceptions(text, mask.masked, from, to);

  const sentence = sentenceAround(mask.masked, from);
  const shape = shapeSentence(text, sentence, mask);
  if (!shape) return undefined;
  const words = shape.words;
  const at = words.findIndex((w) => w.start === from);
  if (at < 0) return undefined;
  const tags = tagWords(shape.masked.slice(shape.start, shape.contentEnd), shape.start);
  const verbAt = (i: number) => {
    const w = words[i];
    return !!w && isBaseVerb(w, tags.get(w.start));
  };

  if (lower === 'never') {
    // "never ever" is one absolute.
    const next = words[at + 1]?.lower === 'ever' ? at + 2 : at + 1;
    const end = words[next - 1]!.end;
    const prev = words[at - 1];
    if (opens || at === 0) {
      const object = words[next];
      if (!object) return undefined;
      // "Never `var`." and "Never globals." name the thing to avoid; "Never a good idea" is no order.
      const thing = object.code || (!!tags.get(object.start)?.has('Noun') && !tags.get(object.start)?.has('Determiner'));
      const lead = verbAt(next) ? "Don't" : thing ? 'Avoid' : undefined;
      return lead ? [{ offset: from, length: end - from, newText: sameCase(phrase, lead) }] : undefined;
    }
    if (prev && !prev.code && NEGATED_MODAL[prev.lower] && words[next]) {
      return [{ offset: prev.start, length: end - prev.start, newText: sameCase(prev.raw, NEGATED_MODAL[prev.lower]!) }];
    }
    if (prev && !prev.code && PLAIN_SUBJECTS.has(prev.lower) && verbAt(next)) {
      return [{ offset: from, length: end - from, newText: "don't" }];
    }
    return undefined;
  }

  if (lower === 'under no circumstances' && (opens || at === 0)) {
    const next = words.findIndex((w) => w.start >= to);
    if (next < 0) return undefined;
    const edge = /^,?\s*/.exec(mask.masked.slice(to))![0].length;
    if (verbAt(next)) return [{ offset: from, length: to + edge - from, newText: "Don't " }];
    // "Under no circumstances should you log tokens." → "You shouldn't log tokens."
    const modal = words[next]!;
    const subject = words[next + 1];
    if (['should', 'must'].includes(modal.lower) && subject && !subject.code && SUBJECT_PRONOUNS.has(subject.lower) && words[next + 2]) {
      const capital = subject.lower === 'i' ? subject.raw : subject.raw[0]!.toUpperCase() + subject.raw.slice(1);
      return [{ offset: from, length: subject.end - from, newText: `${capital} shouldn't` }];
    }
  }
  return undefined;
}

/** "Use tabs, no exceptions." → "Use tabs."; a sentence of its own ("No exceptions.") goes whole. */
function dropNoExceptions(text: string, masked: string, from: number, to: number): TextEdit[] | undefined {
  const before = /,\s*$/.exec(masked.slice(0, from));
  if (before) return [{ offset: from - before[0].length, length: to - from + before[0].length, newText: '' }];
  const opens = /(?:^|[.!?\n])[ \t]*$/.exec(masked.slice(0, from));
  const rest = /^[.!]*(?:[ \t]+|(?=\r?\n)|$)/.exec(masked.slice(to));
  if (opens && rest) {
    // With the spaces after it; when it ends the line, the spaces before it, so no space is left hanging.
    const leading = /[ \t]$/.test(rest[0]) ? 0 : /[ \t]*$/.exec(text.slice(0, from))![0].length;
    return [{ offset: from - leading, length: to - from + rest[0].length + leading, newText: '' }];
  }
  return undefined;
}

/** The sentence that holds `at`: from the last end mark or line break before it to the next one. */
function sentenceAround(masked: string, at: number): Span {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(masked[start - 1]!)) start--;
  const end = /[.!?\n]/.exec(masked.slice(at));
  return { offset: start, length: (end ? at + end.index + 1 : masked.length) - start };
}

/** `replacement` with the case of `original`'s first letter ("Must" → "Should", "must" → "should"). */
function sameCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement[0]!.toLowerCase() + replacement.slice(1);
}
