import { analyze } from '../analyze';
import type { Alternative, TextEdit } from '../types';
import { reasonEdits } from './add-why';
import { applyEdits } from './apply-edits';
import { askInstead } from './ask-instead';
import { labelAs } from './label';

/** What stands for the reason in the with-why preview: plain text, since a preview is no snippet. */
export const REASON_PLACEHOLDER = '[reason]';

/**
 * Up to three whole-comment alternatives for Reframe Comment, built from the sentence-level
 * rewrites on analyze()'s sentences:
 * - `question`: every directive sentence asked instead;
 * - `with-why`: the first directive sentence given ", because [reason]";
 * - `labelled`: `suggestion (non-blocking): ` at the start, when the comment asks for something.
 * An alternative equal to the original, or to one before it, is left out.
 */
export function reframe(text: string): Alternative[] {
  const analysis = analyze(text);
  const directives = analysis.sentences.filter((s) => s.directive);
  const out: Alternative[] = [];
  const offer = (kind: Alternative['kind'], edits: readonly TextEdit[] | undefined) => {
    if (!edits || edits.length === 0) return;
    const result = applyEdits(text, edits);
    if (result !== text && !out.some((a) => a.text === result)) out.push({ kind, text: result });
  };

  offer('question', directives.flatMap((s) => askInstead(text, s) ?? []));
  const first = directives[0];
  if (first) offer('with-why', reasonEdits(text, first, REASON_PLACEHOLDER));
  if (analysis.request || directives.length > 0) offer('labelled', labelAs(text, 'suggestion', 'non-blocking'));
  return out;
}
