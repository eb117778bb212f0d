import type { MaskedComment } from '../markdown/mask';
import { labelOf } from '../rubric-label';
import type { Analysis } from '../types';
import { OPTIONAL_MARKERS, REASONS, REMOVAL_VERDICTS } from './lexicon';
import { proseWordCount } from './prose-words';
import type { SentenceTraits } from './sentence-traits';
import { CONTEMPT, HARSH } from './tone-words';

/** A sentence of the comment with its range and traits. */
export interface JudgedSentence {
  offset: number;
  length: number;
  /** Masked, lower-cased text of the sentence. */
  text: string;
  traits: SentenceTraits;
}

/** The comment-level half of an Analysis: the four answers, the label and its confidence. */
export type Judgement = Pick<Analysis, 'label' | 'request' | 'why' | 'invites' | 'harsh' | 'confidence'>;

/** Conventional Comments labels that leave the decision to the author. */
const INVITING_LABELS = new Set(['nit', 'nitpick', 'suggestion', 'thought', 'note', 'question', 'optional', 'minor', 'polish', 'quibble', 'fyi']);
/** Labels that are requests in themselves. */
const REQUESTING_LABELS = new Set(['nit', 'nitpick', 'suggestion', 'issue', 'todo', 'chore', 'typo', 'polish', 'quibble']);

/**
 * Answers the rubric's four questions for the whole comment and derives the label mechanically:
 * neutral without a request; dictating when harsh or with neither a why nor an invitation.
 */
export function judgeComment(mask: MaskedComment, sentences: readonly JudgedSentence[]): Judgement {
  const lower = mask.masked.toLowerCase();
  const prefix = mask.prefix;
  const hasSuggestionBlock = mask.regions.some((r) => r.kind === 'suggestion');
  const hasReference = mask.regions.some((r) => r.kind === 'link' || r.kind === 'url');
  const codeOnly = isCodeOnly(mask, sentences);

  // Whether some sentence states the problem is the same for every question, so it is asked once.
  let problemStated: boolean | undefined;
  const statesProblem = (): boolean => (problemStated ??= sentences.some(statesTheProblem));
  const requestSentences = sentences.filter((s) => s.traits.request || challengedWithReason(s, statesProblem));
  const request = requestSentences.length > 0 || hasSuggestionBlock || codeOnly
    || (!!prefix && REQUESTING_LABELS.has(prefix.label));

  HARSH.lastIndex = 0;
  CONTEMPT.lastIndex = 0;
  const harsh = HARSH.test(lower) || CONTEMPT.test(lower);
  HARSH.lastIndex = 0;
  CONTEMPT.lastIndex = 0;

  if (!request) {
    return { label: 'neutral', request, why: false, invites: false, harsh, confidence: requestConfidence(sentences) };
  }

  const invites = sentences.some((s) => s.traits.question || s.traits.hedge)
    || OPTIONAL_MARKERS.test(lower)
    || (!!prefix && (INVITING_LABELS.has(prefix.label) || prefix.decorations.includes('non-blocking') || prefix.decorations.includes('if-minor')));

  // A reason marker anywhere, a reference, or a sentence that states the problem next to the request.
  const explaining = codeOnly ? [] : sentences.filter((s) => !s.traits.request && s.traits.substantive && !s.traits.social
    && !s.traits.selfReport && proseWordCount(s.text) >= 3);
  const why = sentences.some((s) => s.traits.reason) || REASONS.test(lower) || hasReference || explaining.length > 0
    || (REMOVAL_VERDICTS.test(lower) && sentences.some((s) => s.traits.directive));

  const label = labelOf({ request, why, invites, harsh });
  // Fewer cues means less certainty: one bare order is clear, a long mixed comment is not.
  const cues = requestSentences.length + (why ? 1 : 0) + (invites ? 1 : 0);
  const confidence = label === 'dictating'
    ? (harsh ? 0.9 : sentences.length <= 2 ? 0.85 : 0.7)
    : Math.min(0.95, 0.6 + 0.1 * cues);
  return { label, request, why, invites, harsh, confidence };
}

/**
 * A question that asks the author to justify a choice becomes a request when the comment also states
 * the problem: "Why are you normalising the name? Variables in PHP are case-sensitive." and
 * "These are mixed between headers and c files. Is there a reason for that?".
 */
function challengedWithReason(s: JudgedSentence, statesProblem: () => boolean): boolean {
  if (!s.traits.question || s.traits.request) return false;
  if (!/^(?:(?:and|but|so|also|hmm+|hm),? )?(?:why\b(?! not\b)|(?:is there|any) (?:a |any )?(?:reason|need)\b|(?:isn't|aren't|doesn't|don't|wasn't|won't|wouldn't) (?:this|that|it|these|those|there|we|you)\b|(?:is|are) (?:it|this|that|these|those) really\b)/.test(s.text.trim())) return false;
  return statesProblem();
}

/** A sentence (not a question, so never the one asked) that states the problem or a preference; "I think there is ..." musing is the writer's context. */
function statesTheProblem(o: JudgedSentence): boolean {
  return !o.traits.question && !o.traits.social && !o.traits.selfReport && (proseWordCount(o.text) >= 4 || o.traits.reason)
    && !/^(?:i (?:think|guess|believe|wonder|don't know|have no idea)|i'm not sure)\b/.test(o.text.trim());
}

/**
 * A comment that is only code (a pasted replacement, a sed-style `s/old/new/`) is a terse correction:
 * it asks for exactly that change.
 */
function isCodeOnly(mask: MaskedComment, sentences: readonly JudgedSentence[]): boolean {
  // Emoticons are not code: "nice =)" has no `=` to fix.
  const trimmed = mask.masked.trim().replace(/(?:^|\s)[:;=8]-?[)(\]\[dpo|/\\]+(?=\s|$)/gi, ' ').trim();
  if (/^s?\/[^/\n]+\/[^/\n]*\/?$/.test(trimmed.replace(/x+/g, 'x'))) return true;
  const proseWords = sentences.reduce((n, s) => n + proseWordCount(s.text), 0);
  const hasCode = mask.regions.some((r) => r.kind === 'code' || r.kind === 'fence' || r.kind === 'path');
  const codePunctuation = /[=;{}]|\(\)/.test(trimmed);
  return proseWords <= 2 && (hasCode || codePunctuation) && !sentences.some((s) => s.traits.social || s.traits.selfReport);
}

function requestConfidence(sentences: readonly JudgedSentence[]): number {
  return sentences.some((s) => s.traits.question) ? 0.7 : 0.85;
}
