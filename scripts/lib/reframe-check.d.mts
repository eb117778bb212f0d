/** One alternative of `review-coach reframe`, as `review-coach classify` judged it. */
export interface JudgedAlternative {
  kind: string;
  text: string;
  label: string;
  /** Unwanted findings left, as `kind "words"`. */
  unwanted: string[];
  /** Code spans, links and URLs of the comment missing from the alternative. */
  lost: string[];
  clean: boolean;
}
export interface CheckResult {
  id: string;
  text: string;
  alternatives: JudgedAlternative[];
  clean: boolean;
}
export interface Comment {
  id: string;
  text: string;
}
export const UNWANTED_KINDS: string[];
export function readCheckSet(path: string): Comment[];
export function reframeAll(comments: Comment[]): Promise<{ kind: string; text: string }[][]>;
export function judgeAlternatives(comments: Comment[], alternatives: { kind: string; text: string }[][]): Promise<CheckResult[]>;
export function checkReframe(comments: Comment[]): Promise<CheckResult[]>;
