/**
 * Rewrites of a review comment. Each is pure and deterministic and returns edits against the
 * original text (UTF-16 offsets), never touching code spans, links, URLs or mentions.
 *
 * `reframe` and `compose` are not re-exported here: they call analyze(), whose findings call these
 * rewrites, and the cycle would be needless. `src/core/index.ts` exports reframe from './rewrite/reframe'.
 */
export { askInstead } from './ask-instead';
export { addWhy, REASON_SNIPPET } from './add-why';
export { labelAs } from './label';
export { dropMinimiser } from './drop-minimiser';
export { aboutCode } from './about-code';
export { scopeAbsolute } from './scope-absolute';
export { softenHarsh } from './soften-harsh';
export { applyEdits } from './apply-edits';
export type { Span } from './shape';
