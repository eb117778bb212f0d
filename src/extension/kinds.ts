/**
 * What the glue says about each finding kind: a short name, what to do about it, the severity a
 * confident finding of that kind gets by default (from the tone model), and the README anchor that the
 * diagnostic code links to. No `vscode` import, so plain mocha can test it.
 */
import type { FindingKind, Severity } from '../core/types';

/** Presentation of one finding kind. */
export interface KindInfo {
  /** Short name for hovers, e.g. "Dictating". */
  title: string;
  /** What to do about it, one sentence. */
  advice: string;
  /** Severity of a confident finding of this kind, per the tone model. */
  defaultSeverity: Exclude<Severity, 'error'>;
  /** README heading anchor (without `#`). */
  anchor: string;
}

/** Every finding kind the core reports, with its presentation. */
export const KINDS: Readonly<Record<FindingKind, KindInfo>> = {
  dictating: {
    title: 'Dictating',
    advice: 'Ask instead of ordering, add the reason, or label it as a suggestion so the author can decide.',
    defaultSeverity: 'warning',
    anchor: 'dictating',
  },
  'missing-why': {
    title: 'Missing why',
    advice: 'Say what breaks, what it protects, or where the rule is written, so the author can judge the change.',
    defaultSeverity: 'information',
    anchor: 'missing-why',
  },
  absolute: {
    title: 'Absolute',
    advice: 'Scope the rule to this case, or give the reason it holds everywhere.',
    defaultSeverity: 'information',
    anchor: 'absolute',
  },
  minimiser: {
    title: 'Minimiser',
    advice: 'Drop the word: what is easy for the reviewer may not be for the author.',
    defaultSeverity: 'information',
    anchor: 'minimiser',
  },
  personal: {
    title: 'Personal',
    advice: 'Talk about the code ("this misses ...", "it looks like ..."), not about the person.',
    defaultSeverity: 'warning',
    anchor: 'personal',
  },
  harsh: {
    title: 'Harsh',
    advice: 'Remove it, or restate it as the concrete problem you see.',
    defaultSeverity: 'warning',
    anchor: 'harsh',
  },
  vague: {
    title: 'Vague',
    advice: 'Name the problem you see or the outcome you want.',
    defaultSeverity: 'information',
    anchor: 'vague',
  },
};

/** Presentation for a kind, with a neutral fallback for kinds a newer core may add. */
export function kindInfo(kind: string): KindInfo {
  return (
    (KINDS as Record<string, KindInfo | undefined>)[kind] ?? {
      title: kind,
      advice: 'See the README for what this finding means.',
      defaultSeverity: 'information',
      anchor: kind,
    }
  );
}
