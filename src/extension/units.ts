/**
 * The units of a document that are each judged as one comment. Pure, so plain mocha can test it.
 */
import { blockAt, splitBlocks, splitBlocksSliced, type Block } from './blocks';
import { blankDirectives } from './ignore';

/** A slice of the document judged as one comment. */
export interface Unit {
  /** Offset of `text` in the document (UTF-16). */
  offset: number;
  /** The text given to the analysis; same length as the slice it stands for. */
  text: string;
}

/**
 * The last split, reused when the same text is split again: the linter and the status bar both split the
 * document, and a cursor move in a megabyte file should not cost a split. Comparing two equal strings is
 * far cheaper than splitting one.
 */
let last: { text: string; blocks: Block[] } | undefined;

function blocksOf(text: string): Block[] {
  if (last?.text !== text) last = { text, blocks: splitBlocks(text) };
  return last.blocks;
}

/** Every unit of a document: the whole text for a comment box, else paragraphs and list items. */
export function unitsOf(text: string, mode: 'comment' | 'prose'): Unit[] {
  if (mode === 'comment') return text.trim() ? [{ offset: 0, text: blankDirectives(text) }] : [];
  // A block has a unit's shape: returned as is, no copy of every paragraph on every keystroke.
  return blocksOf(text);
}

/** `unitsOf` in slices of `sliceMs` with `pause()` between them, for large documents. */
export async function unitsOfSliced(text: string, mode: 'comment' | 'prose', sliceMs: number, pause: () => Promise<void>): Promise<Unit[]> {
  if (mode === 'comment' || last?.text === text) return unitsOf(text, mode);
  const blocks = await splitBlocksSliced(text, sliceMs, pause);
  last = { text, blocks };
  return blocks;
}

/** The unit at `offset`, if any. */
export function unitAt(text: string, mode: 'comment' | 'prose', offset: number): Unit | undefined {
  if (mode === 'comment') return unitsOf(text, mode)[0];
  const block = blockAt(blocksOf(text), offset);
  return block && { offset: block.offset, text: block.text };
}
