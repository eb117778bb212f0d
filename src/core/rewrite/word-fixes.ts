import type { Analysis, FindingKind, TextEdit } from '../types';
import { aboutCode } from './about-code';
import { dropMinimiser } from './drop-minimiser';
import { inSentence } from './in-sentence';
import { scopeAbsolute } from './scope-absolute';
import type { Span } from './shape';
import { softenHarsh } from './soften-harsh';

/** The rewrite that answers each word-level finding, at the finding's range. */
const WORD_FIXES: Partial<Record<FindingKind, (text: string, range: Span) => TextEdit[] | undefined>> = {
  minimiser: (text, range) => {
    const edits = dropMinimiser(text, range);
    return edits.length ? edits : undefined;
  },
  personal: aboutCode,
  absolute: scopeAbsolute,
  harsh: softenHarsh,
};

/** The finding kinds a word-level rewrite answers. */
export const WORD_FIX_KINDS: readonly FindingKind[] = Object.keys(WORD_FIXES) as FindingKind[];

/**
 * The edits that answer `analysis`'s findings of `kinds` in `text`, one group a finding, each computed on
 * the finding's sentence alone. Findings no rewrite can answer give no group.
 */
export function wordFixes(text: string, analysis: Analysis, kinds: ReadonlySet<FindingKind>): TextEdit[][] {
  const groups: TextEdit[][] = [];
  for (const finding of analysis.findings) {
    const fix = WORD_FIXES[finding.kind];
    if (!fix || !kinds.has(finding.kind)) continue;
    const edits = inSentence(text, sentenceOf(analysis, finding, text), finding, fix);
    if (edits?.length) groups.push(edits);
  }
  return groups;
}

/** The sentence of the analysis that holds the finding, else the whole text. */
function sentenceOf(analysis: Analysis, range: Span, text: string): Span {
  return analysis.sentences.find((s) => s.offset <= range.offset && range.offset + range.length <= s.offset + s.length)
    ?? { offset: 0, length: text.length };
}
