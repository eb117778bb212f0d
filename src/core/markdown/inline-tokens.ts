import type { Block, RegionKind } from './mask';

/**
 * Tokens inside prose that are not words: URLs, @mentions, file paths, identifiers and version
 * numbers. NLP mistags them and a finding on them is always wrong, so they become noun-like
 * placeholders. Only text still unmasked is searched.
 */
const TOKEN = new RegExp(
  [
    // words in double quotes are someone else's or the code's ("and in" -> "and"), never the writer's tone
    String.raw`(?<quoted>"[^"\n]{1,200}"|“[^”\n]{1,200}”)`,
    String.raw`(?<url>\b(?:https?|ftp)://[^\s<>()\]]+[^\s<>()\].,;:!?'"]|\bwww\.[^\s<>()\]]+[^\s<>()\].,;:!?'"])`,
    String.raw`(?<mention>(?<![\w@])@[A-Za-z0-9][\w-]*(?:/[\w.-]+)?)`,
    // paths: a slash between word characters, or a name with a known-looking extension. Each may
    // start only where a run of the characters it reads starts ("a-a-a…" is tried once, not at
    // every "-"), which keeps the search linear.
    String.raw`(?<path>(?<![\w./-])(?!(?:b/c|w/o|w/|and/or|either/or|n/a|i/o|y/n|s/he|he/she|his/her)(?![\w/]))(?:\.{0,2}/)?[\w.-]+(?:/[\w.@-]+)+/?|(?<![\w-])[\w-]+\.(?:[jt]sx?|mjs|cjs|py|go|rs|java|kt|cs|cc|cpp|c|h|hpp|rb|php|swift|md|json|ya?ml|toml|xml|html|css|scss|sh|sql|txt|lock|gradle|proto)\b)`,
    // identifiers: snake_case, camelCase, dotted member access, calls, versions like 1.2.3 or 18.x
    // (starting where a run of identifier characters does: "$" makes a word boundary inside one)
    String.raw`(?<ident>(?<![\w$])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?|(?<![\w$])[A-Za-z$]*_[\w$]*|\b[a-z]+[A-Z][\w$]*|(?<![\w$])[\w$]+\(\)|\b\d+(?:\.(?:\d+|x))+\b)`,
  ].join('|'),
  'g',
);

/** Common abbreviations with dots, which NLP reads as sentence ends; each maps to a same-length word. */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\be\.g\./gi, 'like'],
  [/\bi\.e\./gi, 'that'],
  [/\bvs\./gi, 'vs '],
  [/\betc\.(?=\s+[a-z])/g, 'etc '],
  [/\bcf\./gi, 'cf '],
];

export function maskInlineTokens(
  text: string,
  chars: string[],
  block: Block,
  mark: (kind: RegionKind, start: number, end: number) => void,
): void {
  const end = block.offset + block.length;
  const raw = chars.slice(block.offset, end).join('');
  for (const [re, replacement] of ABBREVIATIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      for (let i = 0; i < replacement.length; i++) chars[block.offset + m.index + i] = replacement[i]!;
    }
  }
  const slice = chars.slice(block.offset, end).join('');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = block.offset + m.index;
    const stop = start + m[0].length;
    // Skip matches that overlap text masked already (code spans read as 'xxxx').
    if (text.slice(start, stop) !== m[0]) continue;
    const g = m.groups ?? {};
    const kind: RegionKind = g.quoted ? 'code' : g.url ? 'url' : g.mention ? 'mention' : 'path';
    mark(kind, start, stop);
  }
}
