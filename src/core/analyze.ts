import { maskComment, type MaskedComment } from './markdown/mask';
import { tagSentences } from './nlp/tagged-sentences';
import { buildFindings } from './findings/build-findings';
import { commentFeatureNames, commentFeatures, type FeatureSentence, type FeatureVector } from './learned/comment-features';
import { judgeLearned } from './learned/learned-judge';
import { judgeComment, type Judgement } from './rules/judge';
import { sentenceTraits, TRAIT_PATTERNS } from './rules/sentence-traits';
import type { Analysis, Sentence } from './types';
import { compileNatively } from './util/native-regex';
import * as lexicon from './rules/lexicon';
import * as toneWords from './rules/tone-words';
import { lowerCaseSameLength } from './util/lower-case';

/** Above this size a comment is not a comment; it is judged on its first part only, to stay fast. */
export const MAX_ANALYSED_LENGTH = 100_000;

/**
 * The rules read tags only where a sentence opens (lead-ins, then the verb and the word after it). Five words: the
 * rules gave the same answers on all 9,284 training comments with five as with eight, a twentieth faster.
 */
const OPENING_WORDS = 5;

interface ReadComment {
  source: string;
  mask: MaskedComment;
  sentences: FeatureSentence[];
  /** The hand-written rules' answers: features of the learned judge, and its fallback nowhere. */
  rules: Judgement;
}

/** The steps of one analysis, in the order they run: what `npm run bench` times one by one. */
export const ANALYSIS_STAGES = ['mask', 'tag', 'traits', 'rules', 'features', 'judge', 'findings'] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];
/** Called as each step ends: the time since the previous call (or the start) is that step's. */
export type StageClock = (stage: AnalysisStage) => void;

/** Whether the word lists have been compiled natively (see util/native-regex.ts): once, before the first analysis. */
let compiled = false;

/** Masks, splits and tags a comment, and reads each sentence's traits: everything both judges need. */
function readComment(text: string, lap?: StageClock): ReadComment {
  if (!compiled) {
    compiled = true;
    compileNatively([...Object.values(lexicon), ...Object.values(toneWords), ...TRAIT_PATTERNS]);
  }
  const input = typeof text === 'string' ? text : '';
  const source = input.length > MAX_ANALYSED_LENGTH ? input.slice(0, MAX_ANALYSED_LENGTH) : input;
  const mask = maskComment(source);
  const lower = lowerCaseSameLength(mask.masked);
  lap?.('mask');

  const sentences: FeatureSentence[] = [];
  for (const block of mask.blocks) {
    const prose = mask.masked.slice(block.offset, block.offset + block.length);
    // Tagging is the expensive step; tagSentences keeps what it tagged, and blocks repeat between keystrokes.
    const tagged = tagSentences(prose, { openingWords: OPENING_WORDS });
    lap?.('tag');
    for (const s of tagged) {
      const offset = block.offset + s.offset;
      const sentenceText = lower.slice(offset, offset + s.length);
      sentences.push({ offset, length: s.length, text: sentenceText, traits: sentenceTraits(sentenceText, s.tokens), tokens: s.tokens });
    }
    lap?.('traits');
  }
  const rules = judgeComment(mask, sentences);
  lap?.('rules');
  return { source, mask, sentences, rules };
}

/** The hand-written rules' four answers: the learned judge's main features, tested on their own. */
export function ruleJudgement(text: string): Judgement {
  return readComment(text).rules;
}

/** The learned judge's input for one comment: what `npm run train` learns from. */
export function analysisFeatures(text: string): FeatureVector {
  const { mask, sentences, rules } = readComment(text);
  return commentFeatures(mask, sentences, rules);
}

/** The learned judge's input by name, before hashing: for training experiments and error analysis. */
export function analysisFeatureNames(text: string): Set<string> {
  const { mask, sentences, rules } = readComment(text);
  return commentFeatureNames(mask, sentences, rules);
}

/**
 * Judges one review comment: the rubric's four answers, its label, its sentences and findings with
 * exact ranges (UTF-16 offsets into `text`). Never throws on any string.
 */
export function analyze(text: string): Analysis {
  return analyzeTimed(text);
}

/** `analyze`, telling `lap` as each step ends: for the benchmark, which reports what each step costs. */
export function analyzeTimed(text: string, lap?: StageClock): Analysis {
  const { source, mask, sentences: judged, rules } = readComment(text, lap);
  const features = commentFeatures(mask, judged, rules);
  lap?.('features');
  const { label, request, why, invites, harsh, confidence, warn } = judgeLearned(features);
  lap?.('judge');
  const judgement: Judgement = { label, request, why, invites, harsh, confidence };
  const sentences: Sentence[] = judged.map((s) => ({
    offset: s.offset,
    length: s.length,
    directive: s.traits.directive,
    request: s.traits.request,
    question: s.traits.question,
    reason: s.traits.reason,
    hedge: s.traits.hedge,
  }));
  const findings = buildFindings(source, mask, judged, judgement, warn);
  lap?.('findings');
  return { ...judgement, sentences, findings };
}
