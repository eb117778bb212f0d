import { maskComment } from '../markdown/mask';
import { HARSH, MILD_HARSH, PERSONAL } from '../rules/tone-words';
import type { Analysis, FindingKind, TextEdit } from '../types';
import { lowerCaseSameLength } from '../util/lower-case';
import { patternSpans } from '../util/pattern-spans';
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

/**
 * Rewrites handed the whole comment rather than their sentence cut out: they read only a few words
 * around their finding (so a pass over every finding stays linear), and they need the lines around
 * it (an exclamation alone on its line goes with the line; a sentence cut out of its paragraph can
 * read as other Markdown, with other code spans, than it is in place).
 */
const IN_PLACE: ReadonlySet<FindingKind> = new Set(['minimiser', 'personal', 'harsh']);

/**
 * Word lists whose findings show only on a comment judged harsh, read in the writer's own prose (code, links and
 * quotes are masked) to rewrite them on any comment.
 */
const UNFLAGGED_WORDING: ReadonlyArray<[FindingKind, readonly RegExp[]]> = [['personal', [PERSONAL]], ['harsh', [HARSH, MILD_HARSH]]];

/** The finding kinds a word-level rewrite answers. */
export const WORD_FIX_KINDS: readonly FindingKind[] = Object.keys(WORD_FIXES) as FindingKind[];

/**
 * The edits that answer `analysis`'s findings of `kinds` in `text`, one group a finding, each computed on
 * the finding's sentence alone. Findings no rewrite can answer give no group.
 */
export function wordFixes(text: string, analysis: Analysis, kinds: ReadonlySet<FindingKind>): TextEdit[][] {
  const groups: TextEdit[][] = [];
  const regions = maskComment(text).regions;
  for (const finding of analysis.findings) {
    const fix = WORD_FIXES[finding.kind];
    if (!fix || !kinds.has(finding.kind)) continue;
    const edits = IN_PLACE.has(finding.kind) ? fix(text, finding) : inSentence(text, sentenceOf(analysis, finding, text), finding, fix, regions);
    if (edits?.length) groups.push(edits);
  }
  // Wording aimed at the person ("You forgot…") and harsh wording are shown as findings only on a comment judged
  // harsh, and the judge can leave a comment below its harsh bar ("Ugh, just rename it."); a rewrite offered as
  // coaching should keep neither: they are rewritten wherever their word lists find them.
  let lower: string | undefined;
  for (const [kind, patterns] of UNFLAGGED_WORDING) {
    const fix = WORD_FIXES[kind];
    if (!fix || !kinds.has(kind) || analysis.findings.some((f) => f.kind === kind)) continue;
    lower ??= lowerCaseSameLength(maskComment(text).masked);
    for (const pattern of patterns) {
      for (const range of patternSpans(pattern, lower)) {
        const edits = fix(text, range);
        if (edits?.length) groups.push(edits);
      }
    }
  }
  return groups;
}

/** The sentence of the analysis that holds the finding, else the whole text. */
function sentenceOf(analysis: Analysis, range: Span, text: string): Span {
  return analysis.sentences.find((s) => s.offset <= range.offset && range.offset + range.length <= s.offset + s.length)
    ?? { offset: 0, length: text.length };
}
