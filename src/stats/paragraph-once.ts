/**
 * "Once per paragraph content": a saved Markdown or plain-text draft counts each paragraph when it is
 * saved, but saving again without changing a paragraph must not count it again.
 *
 * Decision: the ledger lives in memory only, for the session, and holds hashes, never text or file
 * names. Persisting it would put a fingerprint of every reviewed paragraph on disk (a short comment's
 * hash can be confirmed by guessing its words), which the "never the text" promise rules out. The cost
 * of forgetting at restart is avoided by `seed`: the glue seeds a document's paragraphs when it is
 * opened, so only paragraphs written or changed after opening count on save.
 */
import { BoundedCache } from '../core/util/bounded-cache';

/** Entries kept; at two small strings each this is well under a megabyte, and old documents fall out first. */
export const PARAGRAPH_LEDGER_CAPACITY = 20_000;

/**
 * FNV-1a, 32 bits, over UTF-16 code units. Not cryptographic: it only has to tell paragraphs apart
 * within one document, and it is cheap enough to run on every save.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Whitespace does not make a new paragraph: re-wrapping or trailing spaces must not count it again. */
function normalise(paragraph: string): string {
  return paragraph.trim().replace(/\s+/g, ' ');
}

/** Remembers which paragraph contents of which documents were already counted, by hash only. */
export class ParagraphLedger {
  private readonly seen: BoundedCache<string, true>;

  constructor(capacity: number = PARAGRAPH_LEDGER_CAPACITY) {
    this.seen = new BoundedCache(capacity);
  }

  /**
   * Marks the paragraph as counted and says whether it already was: `true` means "skip it".
   * `documentKey` is any stable id of the document (its URI); only its hash is kept.
   */
  alreadyCounted(documentKey: string, paragraph: string): boolean {
    const key = this.key(documentKey, paragraph);
    if (this.seen.get(key)) return true;
    this.seen.set(key, true);
    return false;
  }

  /** Marks paragraphs as counted without counting them: for the content a document had when opened. */
  seed(documentKey: string, paragraphs: Iterable<string>): void {
    for (const p of paragraphs) this.seen.set(this.key(documentKey, p), true);
  }

  // The document's hash scopes the paragraph's. Within one document two paragraphs collide with odds
  // of about n²/2^33 (1 in 8,000 for a thousand paragraphs), and a collision only leaves one paragraph
  // uncounted: a small undercount is an acceptable price for keeping no text.
  private key(documentKey: string, paragraph: string): string {
    return `${fnv1a32(documentKey).toString(36)}:${fnv1a32(normalise(paragraph)).toString(36)}`;
  }
}
