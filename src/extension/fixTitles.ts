/**
 * Quick-fix titles and which fix is preferred. The titles' first words are a promise to the user (and
 * to the end-to-end tests): `Ask instead: `, `Add the why`, `Label as `, `Remove "`, `Talk about the code`.
 * The core's own title is used when it keeps that promise. Pure, so plain mocha can test it.
 */
import type { Finding, Fix, FixKind } from '../core/types';

const PREFIX: Readonly<Record<FixKind, string>> = {
  'ask-instead': 'Ask instead: ',
  'add-why': 'Add the why',
  label: 'Label as ',
  'drop-minimiser': 'Remove "',
  'about-code': 'Talk about the code',
  'drop-harsh': 'Remove "',
};

/** The fix each finding kind prefers: the smallest change that answers the finding. */
const PREFERRED: Readonly<Record<string, FixKind>> = {
  dictating: 'ask-instead',
  'missing-why': 'add-why',
  absolute: 'add-why',
  minimiser: 'drop-minimiser',
  personal: 'about-code',
  harsh: 'drop-harsh',
};

function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** The title of a fix. `unitText` is the text the finding's offsets refer to. */
export function fixTitle(fix: Fix, finding: Finding, unitText: string): string {
  const prefix = PREFIX[fix.kind];
  if (fix.title.startsWith(prefix)) return fix.title;
  const newText = fix.edits[0]?.newText ?? '';
  switch (fix.kind) {
    case 'ask-instead':
      return `${prefix}"${shorten(newText)}"`;
    case 'drop-minimiser':
    case 'drop-harsh':
      return `${prefix}${unitText.slice(finding.offset, finding.offset + finding.length).trim()}"`;
    case 'label': {
      const label = /^\s*([a-z]+(?:\s*\([^)]*\))?)\s*:/i.exec(newText)?.[1] ?? 'suggestion';
      return `${prefix}${label}`;
    }
    default:
      return prefix;
  }
}

/** Index of the preferred fix among `fixes` for this finding, or -1 when there is none. */
export function preferredFix(finding: Finding, fixes: readonly Fix[]): number {
  if (!fixes.length) return -1;
  const wanted = PREFERRED[finding.kind];
  const i = wanted ? fixes.findIndex((f) => f.kind === wanted) : -1;
  return i >= 0 ? i : 0;
}
