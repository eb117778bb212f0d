/** A Conventional Comments label such as `nitpick (non-blocking):` at the start of a comment. */
export interface ConventionalPrefix {
  offset: number;
  length: number;
  label: string;
  decorations: string[];
}

/** Labels from conventionalcomments.org, plus the common `nit` and `typo`. */
export const CONVENTIONAL_LABELS = [
  'praise', 'nitpick', 'nit', 'suggestion', 'issue', 'todo', 'question', 'thought', 'chore', 'note',
  'typo', 'polish', 'quibble', 'optional', 'minor', 'fyi',
] as const;

const PREFIX = new RegExp(
  String.raw`^[ \t]*(?:\*\*|__)?(` + CONVENTIONAL_LABELS.join('|') + String.raw`)[ \t]*(?:\(([^)\n]{1,60})\))?[ \t]*(?:\*\*|__)?[ \t]*:(?:\*\*|__)?`,
  'i',
);

/** Finds a label at `offset` in `text`; decorations are lower-cased and trimmed. */
export function matchConventionalPrefix(text: string, offset: number): ConventionalPrefix | undefined {
  const m = PREFIX.exec(text.slice(offset, offset + 100));
  if (!m) return undefined;
  const decorations = (m[2] ?? '').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  return { offset: offset + m.index, length: m[0].length, label: m[1]!.toLowerCase(), decorations };
}
