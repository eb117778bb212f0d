/**
 * Where Review Coach coaches: the one decision, pure so plain mocha can test it. Review comments are written
 * in comment boxes; a Markdown or plain-text file is usually documentation, made of instructions that would
 * all read as dictating, so a file is coached only when the user asked for it.
 */
import { COMMENT_SCHEME, PROSE_LANGUAGES, PROSE_SCHEMES } from './constants';

/** What the user said about one file with "Coach This File" or "Stop Coaching This File". */
export type FileChoice = 'coach' | 'skip';

/** What the decision looks at, gathered by the glue. */
export interface ScopeFacts {
  /** `reviewCoach.enable` for the document. */
  enable: boolean;
  scheme: string;
  languageId: string;
  /** The document matches an entry of `reviewCoach.documentSelector`. */
  matchesSelector: boolean;
  /** The user's choice for this file, if any. */
  choice: FileChoice | undefined;
}

/** Why a document is coached, or why not; the status bar tells the user. */
export type ScopeReason =
  | 'comment-box'
  | 'document-selector'
  | 'coached-by-command'
  | 'disabled'
  | 'stopped-by-command'
  | 'not-opted-in'
  | 'not-prose';

/** How a document is judged: a comment box is one comment; prose is judged per paragraph and list item. */
export type Mode = 'comment' | 'prose';

export interface ScopeDecision {
  /** How the document is judged, or `undefined` when Review Coach leaves it alone. */
  mode: Mode | undefined;
  reason: ScopeReason;
  /**
   * "Coach This File" / "Stop Coaching This File" apply: a file of the user's own (not a diff view or an
   * output panel, not a comment box) that is Markdown, plain text or matched by the selector.
   */
  choosable: boolean;
}

/** Decides whether and how a document is coached. */
export function decideScope(facts: ScopeFacts): ScopeDecision {
  if (facts.scheme === COMMENT_SCHEME) {
    return { mode: facts.enable ? 'comment' : undefined, reason: facts.enable ? 'comment-box' : 'disabled', choosable: false };
  }
  const prose = PROSE_LANGUAGES.includes(facts.languageId);
  const choosable = PROSE_SCHEMES.includes(facts.scheme) && (prose || facts.matchesSelector);
  if (!facts.enable) return { mode: undefined, reason: 'disabled', choosable };
  // The user's word on this one file wins over the selector, both ways.
  if (choosable && facts.choice === 'skip') return { mode: undefined, reason: 'stopped-by-command', choosable };
  if (choosable && facts.choice === 'coach') return { mode: 'prose', reason: 'coached-by-command', choosable };
  if (facts.matchesSelector) return { mode: 'prose', reason: 'document-selector', choosable };
  return { mode: undefined, reason: choosable ? 'not-opted-in' : 'not-prose', choosable };
}

/**
 * What to remember when the user asks for `wanted` on a file: nothing when its settings alone already give
 * that (so a later change of `reviewCoach.documentSelector` still applies to it), else the choice.
 */
export function choiceToRemember(wanted: 'coach' | 'stop', coachedBySettings: boolean): FileChoice | undefined {
  if (wanted === 'coach') return coachedBySettings ? undefined : 'coach';
  return coachedBySettings ? 'skip' : undefined;
}
