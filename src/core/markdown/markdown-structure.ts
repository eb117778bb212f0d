import { parse, postprocess, preprocess } from 'micromark';
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
  parser ??= parse();
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
  const events = postprocess(resetParser().document().write(preprocess()(text, undefined, true)));
  const items: StructureItem[] = [];
  let maskedDepth = 0;
  let fence: StructureItem | undefined;
  for (const [phase, token] of events) {
    const kind = MASKED[token.type];
    if (kind) {
      if (phase === 'enter') {
        if (maskedDepth === 0) {
          const item: StructureItem = { kind, offset: token.start.offset, length: token.end.offset - token.start.offset };
          items.push(item);
          if (kind === 'fence') fence = item;
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
      && text.slice(token.start.offset, token.end.offset).trim().toLowerCase() === 'suggestion') {
      fence.kind = 'suggestion';
    }
    if (maskedDepth === 0 && phase === 'enter' && BLOCKS.has(token.type)) {
      items.push({ kind: 'block', offset: token.start.offset, length: token.end.offset - token.start.offset });
    }
  }
  return items;
}
