/**
 * The units of a document that are each judged as one comment. Pure, so plain mocha can test it.
 */
import { blockAt, splitBlocks } from './blocks';
import { blankDirectives } from './ignore';

/** A slice of the document judged as one comment. */
export interface Unit {
  /** Offset of `text` in the document (UTF-16). */
  offset: number;
  /** The text given to the analysis; same length as the slice it stands for. */
  text: string;
}

/** Every unit of a document: the whole text for a comment box, else paragraphs and list items. */
export function unitsOf(text: string, mode: 'comment' | 'prose'): Unit[] {
  if (mode === 'comment') return text.trim() ? [{ offset: 0, text: blankDirectives(text) }] : [];
  return splitBlocks(text).map((b) => ({ offset: b.offset, text: b.text }));
}

/** The unit at `offset`, if any. */
export function unitAt(text: string, mode: 'comment' | 'prose', offset: number): Unit | undefined {
  if (mode === 'comment') return unitsOf(text, mode)[0];
  const block = blockAt(splitBlocks(text), offset);
  return block && { offset: block.offset, text: block.text };
}
