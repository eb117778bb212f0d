import { maskComment } from '../markdown/mask';
import type { Analysis, Sentence, TextEdit } from '../types';
import { applyEdits } from './apply-edits';

/**
 * The comment without the sentences that still carry harsh wording no rewrite could mend ("This is
 * garbage."), as the tone model allows for harsh wording: remove it, or restate the concrete problem. Each sentence goes with the spaces after it; line breaks
 * and Markdown around it stay. Returns undefined when nothing would be left out, or nothing would be
 * left.
 */
export function dropHarshSentences(text: string, analysis: Analysis): string | undefined {
  // A sentence holding code, a link or a quote stays: those are kept byte for byte, whatever is said around them.
  const kept = maskComment(text).regions.filter((r) => r.kind !== 'prefix');
  const doomed = analysis.sentences.filter((s) => analysis.findings.some((f) => f.kind === 'harsh' && within(f, s))
    && !kept.some((r) => r.offset < s.offset + s.length && s.offset < r.offset + r.length));
  if (doomed.length === 0 || doomed.length === analysis.sentences.length) return undefined;
  const edits: TextEdit[] = doomed.map((s) => {
    // A sentence that opens its line goes with the line breaks and indent after it too: left
    // behind, they would put the next line first in the comment or its paragraph, where its indent
    // could make indented code of it (and code of its code spans' neighbours).
    const opensLine = /(?:^|[\r\n])[ \t]*$/.test(text.slice(Math.max(0, s.offset - 200), s.offset)) || s.offset <= 200 && /^[ \t]*$/.test(text.slice(0, s.offset));
    const trailing = (opensLine ? /^\s*/ : /^[ \t]*/).exec(text.slice(s.offset + s.length, s.offset + s.length + 200))![0].length;
    return { offset: s.offset, length: s.length + trailing, newText: '' };
  });
  const out = applyEdits(text, edits);
  return out.trim() === '' ? undefined : out;
}

function within(range: { offset: number; length: number }, s: Sentence): boolean {
  return range.offset >= s.offset && range.offset + range.length <= s.offset + s.length;
}
