/**
 * Public types of the analysis core. Everything here is plain data so that results can cross a
 * worker boundary or be written as JSON by the CLI.
 *
 * All offsets and lengths are UTF-16 code-unit indexes into the original text, which is what
 * `document.positionAt` expects.
 */

/** The rubric's three-way label for one comment. */
export type Label = 'neutral' | 'dictating' | 'mentoring';

/** Kinds of finding, in the order the tone model lists them. */
export type FindingKind =
  | 'dictating'
  | 'missing-why'
  | 'absolute'
  | 'minimiser'
  | 'personal'
  | 'harsh'
  | 'vague';

export const FINDING_KINDS: readonly FindingKind[] = [
  'dictating',
  'missing-why',
  'absolute',
  'minimiser',
  'personal',
  'harsh',
  'vague',
];

/** Same names as VS Code's DiagnosticSeverity, so the glue maps them one to one. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Kinds of rewrite the core can produce. */
export type FixKind = 'ask-instead' | 'add-why' | 'label' | 'drop-minimiser' | 'about-code' | 'drop-harsh';

/** A replacement of `length` characters at `offset` of the original text. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/**
 * One way to fix a finding. When `snippet` is true, `newText` of the edits uses VS Code snippet
 * syntax (`${1:reason}`) and literal `$`, `}` and `\` are escaped; otherwise it is plain text.
 */
export interface Fix {
  kind: FixKind;
  /** Title shown in the quick-fix menu, e.g. `Ask instead: "Could we rename this?"`. */
  title: string;
  edits: TextEdit[];
  snippet: boolean;
}

export interface Finding {
  kind: FindingKind;
  offset: number;
  length: number;
  severity: Severity;
  /** One coaching sentence that says why this matters. */
  message: string;
  fixes: Fix[];
}

/** What a sentence does, as far as the rules can tell. */
export interface Sentence {
  offset: number;
  length: number;
  /** A directive: imperative, obligation, prohibition or terse correction. */
  directive: boolean;
  /** Any request, including questions and proposals that push a change. */
  request: boolean;
  question: boolean;
  reason: boolean;
  hedge: boolean;
}

/** The comment's answers to the rubric's four questions, its label and what the writer can do. */
export interface Analysis {
  label: Label;
  request: boolean;
  why: boolean;
  invites: boolean;
  harsh: boolean;
  /** 0.5 to 1: how sure the rules are of `label`. */
  confidence: number;
  sentences: Sentence[];
  findings: Finding[];
}

/**
 * A whole-comment alternative offered by Reframe Comment: every rewrite the comment needs, in one text
 * that analyze() finds nothing to coach in. `question` asks each order, `with-why` gives each its
 * reason, `labelled` adds `suggestion (non-blocking): `; `reworded` is for a comment that asks for
 * nothing, with only its words changed.
 */
export interface Alternative {
  kind: 'question' | 'with-why' | 'labelled' | 'reworded';
  /** The full rewritten text. REASON_PLACEHOLDER stands where a reason goes (in `with-why`, and in `question` for an order that cannot be asked). */
  text: string;
}

/** What stands for the reason in an alternative: plain text, since a preview is no snippet; the editor makes it a tab stop. */
export const REASON_PLACEHOLDER = '[reason]';
