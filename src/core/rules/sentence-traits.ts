import type { Token } from '../nlp/tagged-sentences';
import {
  ASK_EXPLAIN, BARE_QUESTION, MODAL_PROPOSAL, OPTIONAL_MARKERS, WEAK_PROPOSAL,
  CORRECTION, EXPECTATION, NOUNISH_REVIEW_VERBS, FIRST_PERSON_SUBJECT, HEDGES, INFO_QUESTION, LEAD_INS, NON_DIRECTIVE_VERBS,
  OBLIGATION, PROHIBITION, PROPOSAL, REASONS, REVIEW_VERBS, VERDICT,
} from './lexicon';
import { proseWordCount } from './prose-words';
import { VAGUE_SENTENCE } from './tone-words';

/** What one sentence does. `directive` is a bare order; `request` also covers proposals and verdicts. */
export interface SentenceTraits {
  question: boolean;
  directive: boolean;
  request: boolean;
  reason: boolean;
  hedge: boolean;
  /** Prose with some words in it (not only placeholders or punctuation). */
  substantive: boolean;
  /** Thanks, praise, agreement or a status note: says nothing about what to change. */
  social: boolean;
  /** The writer talks about their own work ("I'll fix", "Done."). */
  selfReport: boolean;
}

/** A verdict softened by doubt: "I don't think this works" asks for a change and leaves room. */
const DOUBT_VERDICT = /^(?:i don't think|i do not think|(?:i'm |i am )?not sure(?: if| whether| that)?) (?:(?:this|that|it|these|those|xxx+|the [^,.;?!]{1,40}?) (?:works|will work|(?:is|are) (?:really |actually |even |still )?(?:right|correct|safe|enough|needed|necessary|required|used|thread[- ]safe))|we (?:need|want) (?:this|that|it|these|those))\b/;
/** A lead-in announcing a question ("Silly question, but ..."). */
const QUESTION_LEAD_IN = /^(?:(?:a|another|one) )?(?:dumb|stupid|silly|naive|quick|honest|random|genuine|general|side|small|minor|noob|newbie)? ?question(?:[.:,;!…]+|\s+-)\s*(?:but |though |here |-+ )?/;
/** A proposal stated, not asked: "It would be nice to…", "An alternative would be…", "I'd suggest…". */
const STATED_PROPOSAL = /\b(?:i'd|i would|we could|you could|you might|you may want|we might|we may want|i'd suggest|i suggest|i'd prefer|i would prefer|i'd rather|i would rather|it would be (?:nice|good|great|better|cleaner|clearer|safer|easier)|it'd be (?:nice|good|great|better|cleaner)|would be (?:nice|good|great|better) to|might be (?:worth|better|good|nice)|(?:probably|maybe|perhaps) (?:a good idea|better|worth)|why not|how about|what about|instead of|rather than|(?:it's|it is) (?:better|best|preferable|cleaner|safer|nicer|good practice) to|an alternative|alternatively|(?:one|another) (?:option|alternative|approach|way) (?:is|would be|could be|might be|would|could))\b/;
/** The writer proposing what they would do in the author's place: "I'd put X before Y". */
const WRITER_PROPOSAL = /\b(?:i'd|i would) (?:suggest|prefer|recommend|rather|remove|move|use|add|rename|keep|go|try|call|make|change|split|consider|also|just|put|not)\b/;
/** An order after a comma: "This is garbage, rewrite it." */
const TRAILING_ORDER = new RegExp(String.raw`[,;:] (?:please |just |and |so )?(?:` + [...REVIEW_VERBS].join('|') + String.raw`) (?:it|this|that|the|these|those|them|a|an|xxx+)\b|[,;:] (?:please|pls|plz|kindly) (?!let me know|ignore|disregard|don't worry|note|see|feel free)[a-z]+`);
/** "maybe here can set nullptr directly": a hedge next to an action. */
const HEDGED_ACTION = /\b(?:maybe|perhaps)\b.{0,30}\b(?:can|could|should|would|to)\b|\b(?:maybe|perhaps) (?:we |you )?(?:use|add|remove|move|change|set|make|rename|call|return|check|put|split|drop|extract)\b/;
const HARSH_WORD = /\b(?:wtf|wth|ffs|damn|crap|shit|fuck\w*|hell|stupid|dumb|garbage|ugh|seriously)\b/;

const SOCIAL = /^(?:(?:thanks?|thank you|thx|ty|lgtm|sgtm|ack|done|fixed|agreed?|yes|yeah|yep|yup|ok|okay|sure|nice|great|cool|good|perfect|awesome|excellent|love it|makes sense|sounds good|(?:good|nice|great|excellent|awesome|cool|neat) (?:idea|catch|point|call|work|job|find|stuff|change|cleanup|one|improvement|refactor(?:ing)?)|well done|ha|haha|heh|lol|oops|ops|sorry|my bad|right|true|indeed|correct|exactly|same here|ditto|hmm+|ah|oh)\b[ !.,:)(;\-]*)+$/;
const SELF = /^(?:(?:ok|okay|yes|yeah|sure|done|fixed|thanks)[,.!]? )?(?:(?:in|with|after|as of|since) [^,]{1,60}, )?(?:i(?:'ll| will|'ve| have| did| just| was| had| renamed| removed| added| changed| moved| updated| fixed| need to| should| wanted| tried| noticed| agree)\b|we(?:'ll| will) (?:do|fix|address|handle) (?:it|this|that)|(?:i'm |i am )?(?:gonna|going to) (?:remove|add|fix|change|update|do|move|rename|split|revert|drop|clean)\b|will (?:do|fix|change|update|remove|address|get rid|add|document|comment|rename|move|look|try|revert|clean)|i (?:can|could) (?:also )?(?:separate|split|move|add|remove|change|fix|update|do|revert|rename|address|handle|create|open|file|follow up|look into|send)\b|done\b|fixed\b|updated\b|changed\b|removed\b|renamed\b|reverted\b|abandoning|pushing)/;

/**
 * Reads one masked, lower-cased sentence and its tokens. Reasons in neighbouring sentences ("Use X.
 * Y is deprecated.") are weighed for the whole comment, in judgeComment.
 */
export function sentenceTraits(text: string, tokens: readonly Token[]): SentenceTraits {
  const words = tokens.filter((t) => t.length > 0 && /[a-z]/.test(t.normal));
  const proseWords = words.filter((t) => !/^x+$/.test(t.normal));
  // "Dumb question: ..." announces what follows; the rest of the sentence is what is asked.
  const trimmed = text.replace(/^[\s\-*+>#\d.)(]+/, '').trim().replace(QUESTION_LEAD_IN, '');
  const question = /\?\s*[)"'*_]*\s*$/.test(trimmed) || /\?\s/.test(trimmed) || BARE_QUESTION.test(trimmed);
  const substantive = proseWords.length >= 1;
  const social = SOCIAL.test(trimmed.replace(/[:;]-?[)(dp]/g, '').trim());
  const selfReport = SELF.test(trimmed);
  const hedge = HEDGES.test(trimmed);
  const reason = REASONS.test(trimmed) || statesProblemFirst(trimmed);

  const firstPerson = FIRST_PERSON_SUBJECT.test(trimmed) && !/\b(?:you|we|let's)\b/.test(trimmed);
  const ownObligation = /\b(?:i|i'll|i'm|i've|i'd|i would) (?:(?:really|probably|also|just|still|don't|do not|may|might|will|would|definitely|actually) )*(?:should|must|need to|have to|has to)\b|\b(?:i'd|i would) like to\b|\bi(?:'m| am) (?:going|planning) to\b|\bi (?:plan|want|intend) to\b/.test(trimmed);
  // An obligation inside a reason or condition ("because we have to pass ...") explains; it does not order.
  const obligationAt = trimmed.search(OBLIGATION);
  // "... will break the test should the layout change": mid-sentence "should" before its subject is a condition.
  const invertedCondition = obligationAt > 0 && /^should (?:that|this|it|they|there|the|these|those|xxx+|anyone|someone|anything)\b/.test(trimmed.slice(obligationAt));
  const subordinate = invertedCondition || obligationAt > 0 && /\b(?:because|since|if|when|while|although|though|unless|would|which|as|cause)\b/.test(trimmed.slice(clauseStart(trimmed, obligationAt), obligationAt));
  const imperative = !question && startsWithImperative(words);
  const prohibition = PROHIBITION.test(trimmed) && !/^(?:don't|do not) (?:think|know|see|understand|like|mind|care|worry)\b/.test(trimmed);
  const obligation = obligationAt >= 0 && !subordinate && !EXPECTATION.test(trimmed) && !ownObligation
    && !/\b(?:should|must|need to|have to) (?:i|we)\b/.test(trimmed);
  // "Please spell out the name": after "please" any verb is an order, even one the tagger reads as a noun.
  const pleaseOrder = !question && (/^(?:please|pls|plz|kindly),? (?!let me know|ignore|disregard|don't worry|do not worry|note|see|feel free|thanks|thank)[a-z]/.test(trimmed) || /\b(?:please|pls|plz)[.!]*$/.test(trimmed));
  const letUs = /^(?:please,? )?(?:let's|lets|let us) (?!see|know|hope|say)/.test(trimmed);
  const betterUse = /^(?:better|best|prefer|preferably|suggest|recommend|consider|try)\b/.test(trimmed);
  const correction = CORRECTION.test(trimmed);
  // "… seems odd, but I don't think we can change it now": the writer rules the change out themselves.
  const verdict = VERDICT.test(trimmed) && !firstPerson && !/\b(?:don't|do not) think (?:that )?(?:we|you) (?:can|could)\b/.test(trimmed);

  const trailingOrder = !question && TRAILING_ORDER.test(trimmed);
  const directive = !selfReport && (imperative || pleaseOrder || prohibition || letUs || betterUse || trailingOrder || (obligation && !question));

  const proposal = (MODAL_PROPOSAL.test(trimmed) || HEDGED_ACTION.test(trimmed) || DOUBT_VERDICT.test(trimmed)) && !ownObligation;
  let request = directive || (!selfReport && (verdict || correction || proposal || OPTIONAL_MARKERS.test(trimmed)) && !social);
  if (question) {
    const pushes = PROPOSAL.test(trimmed) || WEAK_PROPOSAL.test(trimmed) || proposal || WRITER_PROPOSAL.test(trimmed) || OPTIONAL_MARKERS.test(trimmed)
      || startsWithImperative(words) || (verdict && !INFO_QUESTION.test(trimmed));
    // A "why did you ..." wrapped in contempt is a rebuke, not curiosity.
    const rebuke = HARSH_WORD.test(trimmed);
    request = (pushes || rebuke) && !ASK_EXPLAIN.test(trimmed) && !(INFO_QUESTION.test(trimmed) && !PROPOSAL.test(trimmed) && !rebuke);
  } else if (!request && !selfReport && !firstPerson && !ownObligation && STATED_PROPOSAL.test(trimmed)) {
    request = true;
  } else if (!request && WRITER_PROPOSAL.test(trimmed)) {
    request = true;
  }
  return { question, directive, request, reason, hedge, substantive, social, selfReport };
}

/** Where the clause holding `at` starts: after the last "but" or semicolon before it. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const but = before.lastIndexOf(' but ');
  const semicolon = before.lastIndexOf('; ');
  return Math.max(0, but < 0 ? 0 : but + 5, semicolon < 0 ? 0 : semicolon + 2);
}

/**
 * "This is a wire-format change, we should bump the version": a statement of fact before the ask, in the same sentence,
 * is the problem that makes the change understandable (the rubric's why). A bare verdict ("This is
 * wrong, fix it") restates the ask and does not count, nor does a clause that is itself an order.
 */
function statesProblemFirst(trimmed: string): boolean {
  const split = /[,;] | - | — | and (?=(?:should|must|needs? to|has to|have to)\b)/.exec(trimmed);
  if (!split || split.index === 0) return false;
  const lead = trimmed.slice(0, split.index);
  const rest = trimmed.slice(split.index + split[0].length);
  const statement = /\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|has|have|hasn't|haven't|does|doesn't|will|won't|can't|cannot)\b/.test(lead);
  const ask = OBLIGATION.test(rest) || /^(?:so |and |but )?(?:please |pls |let's |we could |could we |can we |maybe |perhaps |i'd suggest )/.test(rest);
  return statement && proseWordCount(lead) >= 3 && ask
    && !OBLIGATION.test(lead) && !VERDICT.test(lead) && !/^(?:if|when|while|unless|although|though|i|i'm|i've)\b/.test(lead)
    && !VAGUE_SENTENCE.test(lead);
}

/**
 * A sentence opens with an order when its first content word is a bare verb. compromise misses
 * review verbs it reads as nouns ("Cache the result"), so those count when no verb follows them.
 */
function startsWithImperative(words: readonly Token[]): boolean {
  let i = 0;
  while (i < words.length && (LEAD_INS.has(words[i]!.normal) || words[i]!.tags.has('Expression'))) i++;
  if (words[i + 1]?.normal === 'question' && /^(?:dumb|stupid|silly|naive|quick|honest|random|genuine|general|side|small|minor|noob|newbie)$/.test(words[i]!.normal)) {
    i += 2;
    while (i < words.length && (LEAD_INS.has(words[i]!.normal) || words[i]!.tags.has('Expression'))) i++;
  }
  const first = words[i];
  if (!first) return false;
  if (/^x+$/.test(first.normal)) return false;
  const next = words[i + 1];
  const nextIsVerb = !!next && (next.tags.has('Copula') || next.tags.has('Modal') || next.tags.has('Auxiliary')
    || (next.tags.has('Verb') && !next.tags.has('Infinitive') && !next.tags.has('Gerund')));
  if (NON_DIRECTIVE_VERBS.has(first.normal) && !REVIEW_VERBS.has(first.normal)) return false;
  if (REVIEW_VERBS.has(first.normal)) return !nextIsVerb || !NOUNISH_REVIEW_VERBS.has(first.normal);
  const verbal = first.tags.has('Imperative') || (first.tags.has('Infinitive') && !first.tags.has('Noun'));
  return verbal && !nextIsVerb && !first.tags.has('Pronoun');
}

/** This file's own word patterns, for compiling them natively before the first analysis (util/native-regex.ts). */
export const TRAIT_PATTERNS: readonly RegExp[] = [DOUBT_VERDICT, QUESTION_LEAD_IN, STATED_PROPOSAL, WRITER_PROPOSAL, TRAILING_ORDER, HEDGED_ACTION, HARSH_WORD, SOCIAL, SELF];
