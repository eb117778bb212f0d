import type { TextEdit } from '../types';
import { shapeSentence, type Span } from './shape';

/** The VS Code snippet the cursor lands in: the writer types the reason over "reason". */
export const REASON_SNIPPET = '${1:reason}';

/**
 * Adds ", because ${1:reason}" to the sentence, before its end mark ("Rename this to `userId`,
 * because ${1:reason}."), or with a full stop when it has none. The edit is a VS Code snippet; it
 * includes none of the original text, so nothing needs escaping. Returns no edits when the sentence
 * already says "because" (so that applying it twice changes nothing) or holds no prose.
 */
export function addWhy(text: string, sentence: Span): TextEdit[] {
  return reasonEdits(text, sentence, REASON_SNIPPET);
}

/** The same edit with any filler: a snippet placeholder for a fix, plain text for a preview. */
export function reasonEdits(text: string, sentence: Span, placeholder: string): TextEdit[] {
  const shape = shapeSentence(text, sentence);
  if (!shape) return [];
  const prose = shape.masked.slice(shape.start, shape.contentEnd);
  if (/\bbecause\b/i.test(prose)) return [];
  // A sentence that ends in ":" leads into a code block or list; a reason wedged before it reads badly.
  if (shape.tail.includes(':')) return [];
  const clause = `, because ${placeholder}`;
  if (shape.punct) return [{ offset: shape.punct.offset, length: 0, newText: clause }];
  // No end mark: the clause goes after the words (and closing brackets) and brings its own.
  return [{ offset: shape.insertAt, length: 0, newText: `${clause}.` }];
}
