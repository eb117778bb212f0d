import { maskComment } from '../markdown/mask';
import type { TextEdit } from '../types';

/**
 * Puts a Conventional Comments label at the start of the comment's first prose block:
 * `labelAs(text, 'suggestion', 'non-blocking')` turns "Rename this." into
 * "suggestion (non-blocking): Rename this." (as the tone model writes it). The writer's words are
 * not touched, not even their case: a lower-cased proper noun or acronym would be a new mistake.
 * List markers stay before the label.
 *
 * Returns undefined when the comment has a label already (so a second application changes
 * nothing), when the first block is a heading, or when there is no prose block (only code, quotes
 * or HTML).
 */
export function labelAs(text: string, label: string, decoration?: string): TextEdit[] | undefined {
  const { masked, blocks, prefix } = maskComment(text);
  if (prefix) return undefined;
  const block = blocks[0];
  if (!block) return undefined;
  const lead = /^[ \t]*/.exec(masked.slice(block.offset, block.offset + block.length))![0].length;
  // A label inside a heading would not be read as one (nor found again): leave headings alone.
  if (masked[block.offset + lead] === '#') return undefined;
  const at = block.offset + lead;
  if (at >= block.offset + block.length) return undefined;
  const tag = `${label}${decoration ? ` (${decoration})` : ''}: `;
  return [{ offset: at, length: 0, newText: tag }];
}
