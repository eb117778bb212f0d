import nlp from 'compromise/two';

/** One word as the rules see it: offsets are into the string that was tagged. */
export interface Token {
  /** Lower-cased word; for contractions the implied word ("don't" gives "do" and "not"). */
  normal: string;
  tags: ReadonlySet<string>;
  offset: number;
  length: number;
}

export interface TaggedSentence {
  offset: number;
  length: number;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  normal: string;
  implicit?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Splits prose into sentences and tags each word with compromise. The input is already masked, so
 * sentence ends inside code or URLs cannot happen. compromise's own sentence offsets are wrong when a
 * sentence opens with punctuation, so ranges are rebuilt from term offsets, and they include trailing
 * end punctuation (".", "?", "!") but not spaces.
 *
 * compromise's global state is never changed here (no plugins, no `addWords`).
 */
export function tagSentences(prose: string): TaggedSentence[] {
  if (!/[A-Za-z]/.test(prose)) return [];
  const doc = nlp(prose);
  doc.compute('offset');
  const out: TaggedSentence[] = [];
  for (const terms of doc.document as CompromiseTerm[][]) {
    const tokens: Token[] = [];
    for (const term of terms) {
      const start = term.offset?.start ?? 0;
      const length = term.offset?.length ?? term.text.length;
      const normal = (term.implicit ?? term.normal ?? term.text).toLowerCase();
      tokens.push({ normal, tags: term.tags, offset: start, length });
    }
    const real = tokens.filter((t) => t.length > 0);
    const first = real[0];
    const last = real[real.length - 1];
    if (!first || !last) continue;
    let end = last.offset + last.length;
    // Keep end punctuation and closing brackets/quotes that belong to the sentence.
    for (;;) {
      if (end < prose.length && /[.?!…)\]"'*_:;]/.test(prose[end]!)) end++;
      else if (/^[ \t]+[?!]/.test(prose.slice(end, end + 8))) end = prose.indexOf(prose.slice(end).trimStart()[0]!, end) + 1;
      else break;
    }
    out.push({ offset: first.offset, length: end - first.offset, tokens });
  }
  return out;
}
