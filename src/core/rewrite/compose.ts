import { analyze } from '../analyze';
import { maskComment } from '../markdown/mask';
import type { Alternative, Analysis, FindingKind, Sentence, TextEdit } from '../types';
import { BoundedCache } from '../util/bounded-cache';
import { reasonEdits } from './add-why';
import { applyEdits } from './apply-edits';
import { askInstead } from './ask-instead';
import { applyEditGroups } from './edit-batch';
import { inSentence } from './in-sentence';
import { labelAs } from './label';
import type { Span } from './shape';
import { WORD_FIX_KINDS, wordFixes } from './word-fixes';

/** What a composed rewrite does with the orders: ask them, give them the why, label the comment, or only reword. */
export type ComposeKind = Alternative['kind'];

/** Rounds of analyse-and-fix: each answers what the last one left (a rewrite can reveal the next finding). */
const MAX_ROUNDS = 4;

const ALL_WORDS: ReadonlySet<FindingKind> = new Set(WORD_FIX_KINDS);
/** With the why given, an absolute is a firm request with its reason, which the tone model welcomes. */
const WORDS_BUT_ABSOLUTES: ReadonlySet<FindingKind> = new Set(WORD_FIX_KINDS.filter((k) => k !== 'absolute'));

/**
 * Applies every rewrite the comment needs, in one result: the words first (minimisers dropped, the
 * person turned into the code, harsh exclamations gone, absolutes scoped), then each sentence that
 * orders (asked for `question`, given `, because <placeholder>` for `with-why`; either when the other
 * does not fit), then the label for `labelled`, then again whatever analyze() still flags.
 *
 * Deterministic, and only the rewrites' own words change: code spans, links and quotes keep their bytes.
 * Applied to its own result it changes nothing once that result leaves nothing to coach.
 */
export function compose(text: string, kind: ComposeKind, placeholder: string): string {
  let current = wordsFixed(text, kind === 'with-why' ? WORDS_BUT_ABSOLUTES : ALL_WORDS);
  current = settle(current, (t, a) => ordersHandled(t, a, kind, placeholder), 1);
  if (kind === 'labelled') {
    const label = labelAs(current, 'suggestion', 'non-blocking');
    if (label) current = applyEdits(current, label);
  }
  // A scoped absolute can leave a new bare order ("Under no circumstances log it" → "Don't log it"): orders again.
  return settle(current, (t, a) => [...wordFixes(t, a, ALL_WORDS), ...ordersHandled(t, a, kind, placeholder)]);
}

/** The edits that handle each sentence that orders: the directives, those the rewrites can ask, and those the judge calls dictating. */
function ordersHandled(text: string, analysis: Analysis, kind: ComposeKind, placeholder: string): TextEdit[][] {
  const dictating = analysis.findings.filter((f) => f.kind === 'dictating');
  const regions = maskComment(text).regions;
  // The sentence's own end mark says whether it is asked already (askInstead reads it); "Do it." is an order.
  return analysis.sentences.map((s) => {
    const flagged = dictating.some((f) => f.offset >= s.offset && f.offset < s.offset + s.length);
    return orderEdits(text, flagged ? { ...s, directive: true } : s, kind, placeholder, regions) ?? [];
  });
}

/**
 * Reframe composes each comment three or four ways, all starting with the same words fixed: the result is
 * kept for the next call (pure and deterministic, so a kept result is the result).
 */
const wordsFixedCache = new BoundedCache<string, string>(32);

function wordsFixed(text: string, kinds: ReadonlySet<FindingKind>): string {
  const key = `${kinds === ALL_WORDS ? 'all' : 'but-absolutes'}\u0000${text}`;
  let fixed = wordsFixedCache.get(key);
  if (fixed === undefined) {
    fixed = settle(text, (t, a) => wordFixes(t, a, kinds));
    wordsFixedCache.set(key, fixed);
  }
  return fixed;
}

/** Analyses and applies `fixes` until they find nothing to change, at most `rounds` times. */
function settle(text: string, fixes: (text: string, analysis: Analysis) => TextEdit[][], rounds = MAX_ROUNDS): string {
  let current = text;
  for (let round = 0; round < rounds; round++) {
    const { text: next, applied } = applyEditGroups(current, fixes(current, analyze(current)));
    if (applied === 0 || next === current) break;
    current = next;
  }
  return current;
}

/**
 * One sentence that orders, handled as `kind` prefers: `question` asks it (an order that gives its reason
 * is asked too: that is what the writer picked), or gives it the reason placeholder when it cannot be
 * asked; `with-why` gives a bare order the placeholder, or asks it when no reason fits (before a colon).
 * A sentence that orders nothing is left as it is, and so are orders under `labelled` and `reworded`.
 */
function orderEdits(
  text: string,
  sentence: Sentence,
  kind: ComposeKind,
  placeholder: string,
  protectedRegions: readonly Span[],
): TextEdit[] | undefined {
  if (kind !== 'question' && kind !== 'with-why') return undefined;
  const asked = inSentence(text, sentence, sentence, askInstead, protectedRegions);
  const orders = sentence.directive || asked !== undefined;
  if (!orders) return undefined;
  const why = () => {
    if (sentence.reason) return undefined;
    const edits = inSentence(text, sentence, sentence, (t, s) => reasonEdits(t, s, placeholder), protectedRegions);
    return edits?.length ? edits : undefined;
  };
  return kind === 'question' ? asked ?? why() : why() ?? (sentence.reason ? undefined : asked);
}
