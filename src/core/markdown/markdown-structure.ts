import { parse, postprocess, preprocess } from 'micromark';
import { boundNesting } from './bounded-nesting';
import type { RegionKind } from './mask';

/** A stretch of the comment that Markdown makes special, or a block of prose. */
export interface StructureItem {
  kind: RegionKind | 'block';
  offset: number;
  length: number;
}

/** Tokens whose whole extent is not the writer's prose, and how they are masked. */
const MASKED: Readonly<Record<string, RegionKind>> = {
  codeFenced: 'fence',
  codeIndented: 'fence',
  blockQuote: 'quote',
  htmlFlow: 'html',
  htmlText: 'html',
  codeText: 'code',
  link: 'link',
  image: 'link',
  autolink: 'link',
  definition: 'link',
};

let parser: ReturnType<typeof parse> | undefined;

/**
 * `parse()` merges micromark's construct tables on every call, a tenth of the parse for a short
 * comment. The merged tables never change, so one parse context is kept and its per-document state
 * (link definitions, lazy lines) is cleared before each comment.
 */
function resetParser(): ReturnType<typeof parse> {
  // Emphasis is never masked and cannot change where code, links or HTML are (they bind tighter), and
  // resolving its delimiters is micromark's slowest step on text full of `*` or `_`.
  parser ??= parse({ extensions: [{ disable: { null: ['attention'] } }] });
  parser.defined = [];
  parser.lazy = {};
  return parser;
}

/** Tokens that hold one block of prose. */
const BLOCKS = new Set(['paragraph', 'atxHeadingText', 'setextHeadingText']);

/**
 * Reads CommonMark structure with micromark's tokenizer, which reports an exact offset for every
 * token. Its events are used directly: building a syntax tree would double the cost and is not
 * needed to know where code, links, quotes, HTML and paragraphs are. Anything inside a masked token
 * is skipped, so a paragraph inside a quote is not prose.
 */
export function markdownStructure(text: string): StructureItem[] {
  // micromark drops a leading byte-order mark and counts offsets after it; parsing past it keeps
  // every offset one for one with `text`.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = boundNesting(bom ? text.slice(1) : text);
  const events = postprocess(resetParser().document().write(preprocess()(source, undefined, true)));
  const items: StructureItem[] = [];
  const item = (kind: StructureItem['kind'], start: number, end: number): StructureItem => ({ kind, offset: start + bom, length: end - start });
  let maskedDepth = 0;
  let fence: StructureItem | undefined;
  for (const [phase, token] of events) {
    const kind = MASKED[token.type];
    if (kind) {
      if (phase === 'enter') {
        if (maskedDepth === 0) {
          const masked = item(kind, token.start.offset, token.end.offset);
          items.push(masked);
          if (kind === 'fence') fence = masked;
        }
        maskedDepth++;
      } else {
        maskedDepth--;
        if (maskedDepth === 0) fence = undefined;
      }
      continue;
    }
    // A ```suggestion fence proposes a concrete change: the rules read it as a request.
    if (fence && phase === 'enter' && token.type === 'codeFencedFenceInfo'
      && source.slice(token.start.offset, token.end.offset).trim().toLowerCase() === 'suggestion') {
      fence.kind = 'suggestion';
    }
    if (maskedDepth === 0 && phase === 'enter' && BLOCKS.has(token.type)) {
      items.push(item('block', token.start.offset, token.end.offset));
    }
  }
  return items;
}
