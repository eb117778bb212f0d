import { analyze } from '../analyze';
import { REASON_PLACEHOLDER, type Alternative } from '../types';
import { compose } from './compose';
import { leavesNothingToCoach } from './judge-check';
import { dropHarshSentences } from './drop-harsh-sentences';
import { keepsCode } from './keeps-code';

/**
 * Up to three whole-comment alternatives for Reframe Comment, each composed of every rewrite the
 * comment needs (see compose) and checked by analyze(): one that would still be coached (a dictating,
 * personal, minimiser, harsh or absolute finding, or not judged mentoring) is not offered.
 * - `question`: the words fixed and every order asked;
 * - `with-why`: the words fixed and every bare order given ", because [reason]";
 * - `labelled`: the words fixed and `suggestion (non-blocking): ` at the start;
 * - `reworded`: only the words fixed, for a comment with no order to ask or give a reason to (a blame
 *   restated about the code is offered labelled too: it asks for the fix without saying so).
 * When none of these leaves nothing to coach, the label goes on the question or with-why version, and
 * then harsh sentences no rewrite can mend ("This is garbage.") are left out, as the tone model allows,
 * so a comment with a finding gets a clean alternative whenever some of it can be kept. An alternative
 * equal to the original, or to one before it, is left out.
 */
export function reframe(text: string): Alternative[] {
  const original = analyze(text);
  const out: Alternative[] = [];
  const offer = (kind: Alternative['kind'], candidate: string, asks: boolean): boolean => {
    if (candidate.trim() === '' || candidate === text || out.some((a) => a.text === candidate)) return false;
    if (!keepsCode(text, candidate)) return false;
    if (!leavesNothingToCoach(analyze(candidate), asks)) return false;
    out.push({ kind, text: candidate });
    return true;
  };

  const first = offerComposed(text, original.request, offer);
  // A blame ("You didn't handle `err`.") asks for the fix without saying so; restated about the code it may read
  // as a plain remark, so the labelled version says it is a suggestion.
  if (!first.asks && original.findings.some((f) => f.kind === 'personal')) offer('labelled', compose(text, 'labelled', REASON_PLACEHOLDER), true);
  if (out.length > 0 || original.findings.length === 0 || !first.asks) return out;
  // Nothing clean yet: the label on top of the question or with-why version, then without what no rewrite can mend.
  if (offer('labelled', compose(first.question, 'labelled', REASON_PLACEHOLDER), true)) return out;
  if (offer('labelled', compose(first.withWhy, 'labelled', REASON_PLACEHOLDER), true)) return out;
  const mendable = dropHarshSentences(text, original);
  if (mendable !== undefined) offerComposed(mendable, true, offer);
  return out;
}

/**
 * Offers the composed alternatives of `source`: all three when it asks for something (`asks`, or an order
 * the rewrites recognise though the judge did not: the writer asked for help), else the reworded one. An
 * alternative whose orders needed nothing, or whose label was there already, is offered as `reworded`.
 */
function offerComposed(source: string, asks: boolean, offer: (kind: Alternative['kind'], candidate: string, asks: boolean) => boolean) {
  const reworded = compose(source, 'reworded', REASON_PLACEHOLDER);
  const question = compose(source, 'question', REASON_PLACEHOLDER);
  const withWhy = compose(source, 'with-why', REASON_PLACEHOLDER);
  const asking = asks || question !== reworded || withWhy !== reworded;
  const as = (kind: Alternative['kind'], candidate: string) => offer(candidate === reworded ? 'reworded' : kind, candidate, asking);
  if (asking) {
    as('question', question);
    as('with-why', withWhy);
    as('labelled', compose(source, 'labelled', REASON_PLACEHOLDER));
  } else {
    as('reworded', reworded);
  }
  return { asks: asking, question, withWhy };
}
