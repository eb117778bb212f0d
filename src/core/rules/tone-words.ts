/**
 * Phrase patterns for the findings that point at wording rather than structure: harshness, aiming at
 * the person, minimisers, absolutes and vague verdicts. Each has a capture-free `g` regex over the
 * masked, lower-cased text, so match indexes are offsets into the original comment.
 */

/** Insults, contempt, profanity and mockery. */
export const HARSH = /\b(?:wtf|wth|ffs|ugh|damn(?:ed|it)?|dammit|crap(?:py)?|shit(?:ty)?|bullshit|fuck\w*|f\*+k\w*|hell(?<!\b(?:callback|dependency|dependencies|dll|jar|version|merge|config|import|package|promise|indentation|bracket|parenthesis|template|type|yaml|css) hell)(?! of a)|the hell|(?:sucks|sucked)(?<!\b(?:that|it|which|kind of|kinda|sort of) suck(?:s|ed))|sux|sucker|suck(?:ing|y)|suck(?! (?:in|into|up|out|down|through)\b)|(?:stupid|dumb)(?<!\b(?:my|i'm|i am|i was|i'm being|i was being|me|myself) (?:stupid|dumb))(?! (?:question|comment|nit|idea|thought|remark|mistake)s?\b)|idiot\w*|moron\w*|retard\w*|garbage(?![- ](?:collect\w*|values?|data|in\b|bytes?|memory|objects?|free)\b)|trash|rubbish|awful(?!(?:ly)? (?:large|big|long|lot|many|much|slow|small|high|low|close|quiet)\b)|stupidly|fugly|horrible|horrendous|terrible|atrocious|disgusting|gross|pathetic|ridiculous|ludicrous|insane|nonsense|junk(?! (?:data|characters?|chars?|bytes?|values?|files?|mail)\b)|lazy\b(?<=\b(?:you|you're|you are|is|are|was|so|too|being|bit|very|pretty|plain|just|damn|i'm|i am) lazy)|lazy (?:coder|developer|programmer|person|people|reviewer|review|hack|fix|code|coding|work)\b|incompetent|clueless|amateur\w*|sloppy|braindead|brain-dead|idiotic|kill (?:it|this) with fire|needs to die|rtfm|slacking|written through ass|through (?:your|the) ass|ass\b|geek|are you kidding|seriously\?|come on\b|what were you thinking|who the hell|(?:did|do) you even|why would you|how (?:many times|hard is it)|learn to|i already (?:said|told)|as i already said|stop (?:adding|doing|changing|breaking)|for the (?:last|hundredth|nth) time|facepalm|sigh|yuck|eww+|blech)\b/g;

/**
 * Swear words, a feature of their own for the learned judge. The rubric calls profane wording harsh whoever it is
 * aimed at, and the training labels agree (95-100 % of comments with one of these are harsh), where "stupid",
 * "dumb" or "sucks" are harsh a quarter of the time or less: read only as part of HARSH, the swear words' weight was
 * pulled down to the milder words', and a third of the comments with "fuck" or "shit" were not called harsh.
 */
export const PROFANITY = /\b(?:f+u+c+k\w*|f\*+k\w*|shit\w*|bullshit|crap\w*|damn\w*|dammit|goddam\w*|asshole\w*|ass)\b/;

/**
 * Wording that stings but that reviewers use loosely ("IMHO ugly", "a bit messy"): a finding, but
 * not enough to call the whole comment harsh.
 */
export const MILD_HARSH = /\b(?:ugly|uglier|messy|a mess|silly|lame|gross|weird|hacky|meh|makes no sense|make no sense)\b/g;

/**
 * Contempt aimed at the person ("did you even test this?", "you always break this"): it makes the
 * comment harsh. Shared by CONTEMPT and PERSONAL.
 */
const CONTEMPT_WORDS = String.raw`you (?:never|always)(?! (?:need|have|want|can|should|get|see|know|use|call|return|end up)\b)|you(?<!\b(?:reason|why|if|that|whether|sure|unless|maybe|what) you) (?:clearly|obviously|have no idea|don't understand|keep (?:\w+ing|on)|should(?:'ve| have) known)|your(?<!\bnot your) (?:mess|fault|sloppy|garbage|crap)|did you (?:even|actually)|why would you|why did you (?:even|ever)|have you even|are you (?:serious|kidding)|do you even`;

/**
 * The part of PERSONAL that is contempt, not just aim: it makes the comment harsh. "You forgot the null
 * check" is a personal finding to coach, but the rubric's annotators do not call it harsh.
 */
export const CONTEMPT = new RegExp(String.raw`\b(?:${CONTEMPT_WORDS})\b`, 'g');

/** Words aimed at the person rather than the code: contempt, and blame that is only aim. */
export const PERSONAL = new RegExp(
  String.raw`\b(?:you(?<!\b(?:reason|why|if|that|whether|sure|unless|maybe) you) (?:forgot|forget|didn't|did not|missed|broke|failed|have no)|you (?:should(?:n't)? have|should've)(?! (?:a|an|the|some|any|this|that|these|those|more|no|to|it|one|two|xxx+)\b)|your(?<!\bnot your) (?:bad|mistake|code is|change broke)|did you not|${CONTEMPT_WORDS})\b`,
  'g',
);

/** Words that belittle the work or the reader's effort. */
export const MINIMISERS = /\b(?:just|simply|obviously|clearly|of course|easy|easily|trivial|trivially|merely|basically|should be easy|it's easy|super easy|only need to|all you (?:need|have) to do)\b/g;

/** Process law: words that allow no exception. */
export const ABSOLUTES = /\b(?:always|never|every (?:single )?time|must(?:n't)?|under no circumstances|at all times|in (?:every|all) cases|without exception|no exceptions)\b/g;

/** Verdicts with nothing specific in them. Matched against a whole sentence. */
export const VAGUE_SENTENCE = /^(?:please,? )?(?:(?:fix|change|redo|rewrite|improve|clean up|update) (?:this|that|it)(?: please)?|(?:this|that|it) (?:is|looks|seems) (?:wrong|bad|off|incorrect|not (?:good|right|ok|okay|correct))|not (?:good|right|ok|okay|correct)|(?:this |that |it )?(?:doesn't|does not|don't) (?:look|seem) (?:right|good|ok|okay|correct)|wrong|bad|no|nope|(?:this|that) is not (?:how|what) .*|(?:i )?don't like (?:this|that|it)|(?:this|that) (?:needs|need) (?:work|fixing|to be fixed|changes?))[.!]*$/;

/** Words that, right before a minimiser, turn it into something else ("not just", "if only"). */
export const MINIMISER_NEGATORS = /\b(?:not|n't|if|isn't|wasn't|aren't|weren't|no|more than)\s+$/;
