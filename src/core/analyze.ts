import { maskComment } from './markdown/mask';
import { tagSentences, type TaggedSentence } from './nlp/tagged-sentences';
import { buildFindings } from './findings/build-findings';
import { judgeComment, type JudgedSentence } from './rules/judge';
import { sentenceTraits } from './rules/sentence-traits';
import type { Analysis, Sentence } from './types';
import { BoundedCache } from './util/bounded-cache';
import { lowerCaseSameLength } from './util/lower-case';

/** Above this size a comment is not a comment; it is judged on its first part only, to stay fast. */
export const MAX_ANALYSED_LENGTH = 100_000;

/** The rules read tags only where a sentence opens (lead-ins, then the verb and the word after it). */
const OPENING_WORDS = 8;

/** Tagging is the expensive step; blocks repeat between keystrokes, so their sentences are kept. */
const blockCache = new BoundedCache<string, TaggedSentence[]>(512);

/**
 * Judges one review comment: the rubric's four answers, its label, its sentences and findings with
 * exact ranges (UTF-16 offsets into `text`). Never throws on any string.
 */
export function analyze(text: string): Analysis {
  const input = typeof text === 'string' ? text : '';
  const source = input.length > MAX_ANALYSED_LENGTH ? input.slice(0, MAX_ANALYSED_LENGTH) : input;
  const mask = maskComment(source);
  const lower = lowerCaseSameLength(mask.masked);

  const judged: JudgedSentence[] = [];
  for (const block of mask.blocks) {
    const prose = mask.masked.slice(block.offset, block.offset + block.length);
    let tagged = blockCache.get(prose);
    if (!tagged) {
      tagged = tagSentences(prose, { openingWords: OPENING_WORDS });
      blockCache.set(prose, tagged);
    }
    for (const s of tagged) {
      const offset = block.offset + s.offset;
      const sentenceText = lower.slice(offset, offset + s.length);
      judged.push({ offset, length: s.length, text: sentenceText, traits: sentenceTraits(sentenceText, s.tokens) });
    }
  }

  const judgement = judgeComment(mask, judged);
  const sentences: Sentence[] = judged.map((s) => ({
    offset: s.offset,
    length: s.length,
    directive: s.traits.directive,
    request: s.traits.request,
    question: s.traits.question,
    reason: s.traits.reason,
    hedge: s.traits.hedge,
  }));
  const findings = buildFindings(source, mask, judged, judgement);
  return { ...judgement, sentences, findings };
}
