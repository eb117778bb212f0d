/**
 * Word lists and phrase patterns for review comments, tuned on ../shared/eval/dev.jsonl only.
 * Patterns run on the masked, lower-cased sentence, where code, links and paths read as `xxxx`.
 */

/** Words that may open a directive without changing it ("Please rename ...", "Also add ..."). */
export const LEAD_INS = new Set([
  'please', 'pls', 'plz', 'also', 'and', 'so', 'then', 'ok', 'okay', 'yes', 'yeah', 'yup', 'yep', 'nit', 'hm', 'hmm',
  'oh', 'ah', 'well', 'now', 'still', 'again', 'just', 'simply', 'additionally', 'finally', 'instead', 'btw',
  'but', 'or', 'always', 'afaict', 'afaik', 'iiuc', 'iirc', 'imo', 'imho', 'fwiw', 'tbh', 'hello', 'hi', 'hey', 'here', 'same', 'likewise', 'similarly', 'kindly', 'definitely', 'really',
  'maybe', 'perhaps', 'probably', 'possibly', 'otherwise', 'ideally', 'generally', 'rather', 'first', 'second', 'lastly',
]);

/**
 * Sentence-initial infinitives that are not orders: feelings, agreement and thinking verbs
 * ("Agree with leaving it in", "Hope this helps").
 */
export const NON_DIRECTIVE_VERBS = new Set([
  'agree', 'thank', 'thanks', 'love', 'like', 'hope', 'guess', 'think', 'wonder', 'believe', 'know', 'mean', 'bet',
  'feel', 'suppose', 'wish', 'hate', 'dislike', 'see', 'sounds', 'sound', 'seem', 'appreciate', 'lemme', 'looks',
  'let', 'mind', 'care', 'want', 'prefer', 'assume', 'understand', 'imagine', 'doubt', 'disagree', 'reckon', 'recon',
  'am', 'are', 'is', 'be', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should',
  'must', 'may', 'might', 'shall', 'need', 'got', 'get', 'go', 'come', 'happen', 'say', 'said', 'read', 'works', 'work',
  'fail', 'pass', 'wait', 'help', 'ack', 'nice', 'good', 'great', 'cool', 'fine', 'lgtm', 'done', 'fixed', 'sorry',
  'curse', 'ping', 'note', 'notice', 'keep', 'make', 'matter', 'point',
]);

/**
 * Review verbs that NLP often tags as nouns at the start of a sentence ("Cache the result",
 * "Inline this", "Reuse the helper"); with a non-verb after them they are orders. `keep` and `make`
 * are here, not in the general path, because "Keeps ..." / "Makes sense" must not count.
 */
export const REVIEW_VERBS = new Set([
  'add', 'avoid', 'bump', 'cache', 'call', 'capture', 'change', 'check', 'clean', 'consolidate', 'convert', 'declare',
  'define', 'delete', 'document', 'drop', 'escape', 'export', 'extract', 'fix', 'format', 'guard', 'handle', 'hoist',
  'import', 'initialize', 'initialise', 'inline', 'invoke', 'keep', 'lint', 'log', 'make', 'memoize', 'merge', 'mock',
  'move', 'pass', 'pin', 'rebase', 'refactor', 'remove', 'rename', 'replace', 'return', 'reuse', 're-use', 'revert',
  'simplify', 'sort', 'split', 'squash', 'stub', 'test', 'throw', 'trim', 'update', 'use', 'validate', 'wrap',
  'put', 'set', 'reorder', 'sanitize', 'sanitise', 'kill', 'undo', 'restore', 'reword', 'rephrase', 'indent',
  'unindent', 'lowercase', 'uppercase', 'capitalize', 'capitalise', 'inject', 'narrow', 'widen', 'expose', 'hide',
  'insert', 'append', 'prepend', 'comment', 'uncomment', 'specify', 'mention', 'explain', 'describe', 'clarify',
  'try', 'ensure', 'verify', 'assert', 'include', 'exclude', 'skip', 'run', 'create', 'write', 'implement', 'fill',
  'limit', 'rewrite', 'redo', 'increase', 'decrease', 'reduce', 'raise', 'lower', 'wire', 'register', 'unregister', 'close', 'open',
]);

/**
 * Review verbs that are as often nouns opening a statement ("Test fails on CI", "Cache is stale"):
 * before another verb they are the subject, not an order. Other review verbs are orders even then
 * ("Sort imports", where "imports" also reads as a verb).
 */
export const NOUNISH_REVIEW_VERBS = new Set([
  'test', 'cache', 'log', 'import', 'export', 'document', 'comment', 'format', 'return', 'call', 'check', 'update',
  'change', 'fix', 'merge', 'set', 'run', 'close', 'open', 'write', 'limit', 'drop', 'split', 'mock', 'stub', 'wrap',
  'guard', 'pin', 'bump', 'register', 'type', 'name', 'handle', 'pass', 'use', 'make', 'keep',
]);

/** Obligation: "should", "must", "needs to", "has to"; the subject decides whether it is a request. */
export const OBLIGATION = /\b(gotta|should(?:n't| not)?|must(?:n't| not)?|needs? to|needs|has to|have to|ought to|shall|is required to|are required to)\b/;

/** Obligations that state an expectation, not a change ("it should be fine", "should work"). */
export const EXPECTATION = /\bthis (?:fix|change|pr|patch|commit) should\b|\b(?:should|must) (?:(?:not |n't )?(?:be (?:fine|ok|okay|good|safe|enough|possible|correct|right|valid|true|the case|able|easy|trivial|straightforward|covered|handled|working|unaffected)|work|pass|happen|succeed|already|still be fine|have been fixed)|(?:probably |still |also )?be fine)\b/;

/** First-person subjects: the writer talking about their own work is not a request to the author. */
export const FIRST_PERSON_SUBJECT = /(?:^|[,;:(] ?|\b(?:and|but|so|then|or) )(?:i|i'll|i'd|i'm|i've)\b(?! (?:would|'d|think|guess|suggest|prefer|recommend|feel|believe|wonder|'d)\b)/;

/** Prohibitions at the start of a sentence. */
export const PROHIBITION = /^(?:please,? )?(?:don'?t|do not|never|avoid|stop|no more)\b/;

/** Words and phrases that soften or open the decision. */
export const HEDGES = /\b(?:maybe|perhaps|probably|possibly|might|may want|could|would|i'd|we'd|i think|i guess|i believe|i suppose|imo|imho|in my opinion|seems?|seemingly|looks? like|looks? to be|feels? like|not sure|unsure|likely|afaict|afaik|iiuc|iirc|may (?:be|want|need|also|consider|prefer|make sense)|looks? (?:\w+ )?(?:wrong|off|odd|weird|strange|suspicious|incorrect|broken|unnecessary|redundant|unused|fishy)|i don't think|i do not think|i'm not sure|wondering|i wonder|consider|considering|suggest|suggestion|prefer|what about|how about|why not|up to you|feel free|if you (?:want|like|prefer|think)|optional(?:ly)?|nit|nits|nitpick|nitpicky|non-blocking|not blocking|minor|slightly|a bit|kinda|kind of|sort of|arguably|worth|if possible|when you get a chance|no strong (?:opinion|feelings?)|just a thought|thoughts|either way|i'm ok with|not a big deal|if needed|recon|reckon|confused|curious|would be (?:nice|good|great|better|cleaner)|it'd|let's see|ideally|tbh|personally|possible to|does it make sense|you can|would it make sense|might be worth|could be|can be|we can|alternatively|an alternative|(?:one|another) option)\b/;

/** Reasons, consequences, goals and references. */
export const REASONS = new RegExp(
  [
    String.raw`\b(?:because|cause|'cause|b/c|since|so that|so we|so it|so the|so you|so this|so no|so there's no|otherwise|in order to|in case|given that|due to|thus|hence|therefore)\b`,
    String.raw`(?:^|, )as (?:this|that|it|we|you|they|there|the|these|those|i|xxx+)\b|\bas (?:it|this|that|they|these) (?:is|are|'s|was|has|have|does|doesn't|isn't|aren't|will|would|can) (?!now\b)[a-z]`,
    // a rule for when to use something: "warn should be used when the user must act"
    String.raw`\bshould (?:only )?be used (?:when|for|if|only)\b|\bis (?:meant|intended) (?:for|to)\b`,
    String.raw`\bto (?:avoid|make|ensure|prevent|allow|keep|match|reduce|improve|support|guarantee|simplify|clarify|be consistent|stay consistent|reflect|follow|comply|get rid|save|speed|handle|catch|surface|not|help|minimi[sz]e|maximi[sz]e|separate|decouple|protect|enable|distinguish|indicate|signal|show|mirror|align)\b`,
    String.raw`\b(?:for (?:consistency|clarity|readability|simplicity|performance|speed|safety|security|correctness|symmetry|maintainability|testability|robustness|portability|compatibility|efficiency)|consistent with|consistency|to be consistent|in line with|according to|as per|per the|per our|see (?:xxx|the|our|also|https?|#|here|above|below)|style guide|guideline|convention|pep ?8|best practice|recommended)\b`,
    String.raw`\b(?:will|would|could|might|may|can) (?:not |never )?(?:crash|fail|break|throw|panic|leak|hang|block|overflow|return|cause|lead|result|mean|end up|be (?:slow|null|nil|undefined|empty|wrong|confusing|misleading|ambiguous|lost|overwritten|called|invalid)|never|always|hide|mask|swallow|miss)\b`,
    String.raw`\b(?:won't|wouldn't|doesn't|does not|isn't|is not|aren't|are not|can't|cannot|didn't|don't) (?:work|compile|build|run|exist|handle|cover|match|apply|guarantee|scale|belong|need|change|return|get|have|make sense|account|check|catch)\b`,
    String.raw`\b(?:this|which|that|it) (?:means|would mean|will mean|implies|breaks|causes|leads|results|prevents|precludes|hides|forces|requires|avoids|slows)\b|\bmeaning\b`,
    String.raw`\b(?:duplicated?|duplicates|duplication|deprecated|confusing|misleading|inaccurate|outdated|out of date|ambiguous|unclear|inconsistent|too (?:generic|long|short|broad|vague|complex|complicated|many|much|big|large|deep)|longer than|more (?:readable|idiomatic|efficient|robust|reliable|consistent|explicit|accurate|correct|precise|maintainable|performant|concise|flexible|common|standard|conventional)|(?:easier|simpler|safer|faster|cleaner|clearer|shorter|better) (?:than|if|for|way|and)|(?:easier|simpler|safer|faster|cleaner|clearer|shorter) to|better to(?<!(?:it's|it is|would be|it'd be|be) better to)|readability|performance|race condition|thread[- ]safe|memory leak|security|vulnerab\w*|injection|overflow|already (?:exists|done|handled|defined|present|available|in|does|covered|checked|a|the)|is specific to|are specific to|is internal|is only|only used|not (?:related|relevant)|unrelated|(?:a )?(?:separate|different|unrelated) (?:change|pr|cl|commit|patch|issue|concern)|out of scope|expensive|slow|flaky|error-prone|brittle|fragile|hacky|hard to (?:read|follow|understand|test|maintain)|breaking change|backwards?[- ]compat\w*)\b`,
    String.raw`\bwe (?:never|always|usually|generally|normally|typically) (?:use|do|put|write|add|call|name|prefer)\b|\bwe prefer\b|\b(?:like (?:we do|in|the rest|other|the other|elsewhere)|as (?:we do|in|elsewhere|done|is done|the rest|other)|like everywhere|how it's done|as in the|similar to|same as|the rest of the)\b`,
    String.raw`\b(?:otherwise|else) ?[,:]`,
    String.raw`\b(?:same (?:here|as above|thing|as before|issue|problem)|as above|see above|like above|ditto|as (?:mentioned|discussed|noted|said) (?:above|before|earlier|in)|as far as (?:we|i|you|the)|now that)\b`,
    String.raw`(?:^|\. )if (?:you|we|the|this|it|there|xxx+)\b`,
    // a removal verdict with its condition explains itself: "useless if the caller passes a timeout"
    String.raw`\b(?:useless|unnecessary|redundant|not needed|unneeded) (?:if|when|once|as long as)\b`,
    // a pointer to a precedent ("take a look at how X is computed") and a consequence a few words on ("will make the build fail")
    String.raw`\b(?:(?:take|have) a (?:look|peek) at (?:how|what|the way|xxx+)|(?:see|look at|check) how)\b`,
    String.raw`\b(?:will|would|could|might|may) (?:\w+ ){1,3}(?:fail|crash|break|throw|panic|leak|hang|blow up)\b`,
    String.raw`\b(?:bc|backwards?[- ]incompatible|api) break\b|\bbreaking\b`,
  ].join('|'),
);

/**
 * Verdicts that the code should go ("redundant", "unused"): they explain an order ("Remove the unused
 * import") but, alone, restate the ask ("This is unnecessary."), which the rubric does not count as a why.
 */
export const REMOVAL_VERDICTS = /\b(?:redundant|unused|unneeded|unnecessary|not needed|no longer needed|not used|never used|useless|dead code|obsolete)\b/;

/** Questions that only seek understanding unless they also push a change. */
export const INFO_QUESTION = /^(?:(?:and |but |so |also |just |out of curiosity,? |curious,? )?(?:why|what|how|when|where|who|which)\b(?! (?:not|about|if)\b)|is there (?:a|any) reason|any reason|do you know|does (?:this|it|anyone)|is (?:this|that|it) (?:used|called|needed for|related|because|from|for|the case|true|expected)\b(?! (?:anymore|still)))/;

/** Requests for an explanation: the writer wants to understand, not to change anything. */
export const ASK_EXPLAIN = /\b(?:can|could|would) you (?:please )?(?:explain|clarify|elaborate|tell|describe|share|say|review|comment on|point|help me|remind|take a look|think of(?! (?:a better|a cleaner|a simpler|another|an alternative|a different|a nicer|a more))|think about)\b|\b(?:do you want me to|want me to|should i|shall i|do i need to|would you like me to)\b/;

/** Modal proposals without a subject or about the code ("Can skip the check", "`x` could be `y`"). */
export const MODAL_PROPOSAL = /(?:^(?:can|could|may|might) (?:probably |just |also |now |even )?(?!you\b|we\b|i\b|it\b|this\b|that\b)[a-z]+|\b(?:could|can|might|may)(?<!\b(?:don't|do not) think (?:that )?(?:we|you|it|this|they) (?:could|can|might|may)|\bnot sure (?:if |whether |that )?(?:we|you|it|this|they) (?:could|can|might|may)) (?:probably |also |just |even |simply |easily |now |still )?(?:be (?:[a-z]+ed|[a-z]+en|xxx+|static|private|public|const|final|a |an |the |simplified|done|made|inlined|split|reverted|moved|removed|merged|replaced)|use|skip|drop|remove|go|avoid|reuse|replace|move|change|put|have (?:been|put|used|done)|simplify|inline|extract)\b|\b(?:you|we)(?<!\b(?:don't|do not) think (?:that )?(?:you|we)|\bnot sure (?:if |whether |that )?(?:you|we)) (?:can|could|might|may) (?:just |also |probably |simply |even |now |still )?(?!see|find|tell|imagine|say|argue|check out)[a-z]+|\bwe (?:\w+ ){0,2}(?:want|need) (?:a|an|to|the)\b|\b(?:it|this|that|these) (?:might|would|could|may|will) be (?:a bit |slightly |much |way |far )?(?:clearer|better|cleaner|simpler|easier|nicer|safer|faster|more \w+|less \w+|worth|good|great|nice|a good idea|preferable)|\b(?:is|are|'s|be|seems|looks|reads) (?:a bit |slightly |much |way |far |probably |maybe )?(?:more (?:readable|reliable|idiomatic|robust|efficient|consistent|explicit|correct|accurate|precise|maintainable|performant|concise|clear)|less (?:readable|error-prone|confusing)|uglier|cleaner|simpler|safer|clearer|nicer|easier to \w+)\b(?! now)|\bhave you (?:tried|considered|thought about|looked at|looked into)\b|\b(?:would|might|could) (?:be|look|read) (?:much |a bit |slightly )?better\b|\bbetter off\b|\bis better (?:as|here|suited|to use)\b|\b(?:could|can) (?:just |simply |also )?(?:be|become|look like)[: ]*$)/;

/** Yes/no questions written without a question mark ("Can you instead change this to &&"). */
export const BARE_QUESTION = /^(?:(?:also|and|so|but|then|ok|nit)[,:]? )?(?:can|could|would|will|should|shall|shouldn't|is|isn't|are|do|does|did|have|has|was) (?:you|we|it|this|that|there|these|those)\b/;

/** Question forms that push a change: proposals, suggestions phrased as questions, verdicts with a tag. */
export const PROPOSAL = /\b(?:why not|are you sure|and not(?<=^why\b[^?]*and not)|(?:what|how) do you think (?:about|of|we|if|to|add|adding|using)|is there (?:a|any) (?:cleaner|better|simpler|nicer|safer|easier|more \w+) (?:way|option|approach|name|place)|(?:it's|it is|is it|does it|would it be|it'd be|it might be|might it be|it may be) worth|why don't (?:we|you)|what about|how about|what if we|instead of|instead\b|rather than|shouldn't|should (?:this|that|it|we|these|those|they|there|the|xxx+|i)|should be|can we|could we|can you|could you|would you|will you|won't you|shall we|can it|could it|can this|could this|can these|can that|do we (?:need|want|really)|do you (?:want|need|mind)|or (?:can|should|could|would)|^(?:could|can|should|would|shall|must)\\b|are (?:these|those|they|this) (?:necessary|needed|required|intentional|still needed|used)|was .{0,40}not (?:a )?better|would it (?:be|make)|does it make (?:more )?sense|makes? more sense|is there (?:a (?:need|reason not)|any need)|isn't (?:it|this|that) (?:better|simpler|cleaner|easier|more|redundant)|mind (?:adding|changing|removing|moving|renaming|using|fixing)|care to|did you mean|do you mean|don't (?:we|you) (?:need|want)|not needed|no longer needed|, no\s*\?|-> ?|→)/;

/**
 * Yes/no questions about whether something is needed or meant: a nudge when asked on its own
 * ("Is this necessary?"), but curiosity inside a why-question ("Why is this required?").
 */
export const WEAK_PROPOSAL = /\b(?:is (?:it|this|that)(?: [a-z]+)? (?:necessary|needed|required)\b|is (?:it|this|that) (?:possible|necessary|needed|required|intentional|intended|correct|right|the right|the correct|ok|okay|safe|worth|better|wise|a good idea|really needed|still needed|still used)|(?:this|that|it) is (?:intentional|intended|needed|necessary|required|correct|right|ok))\b/;

/** Verdicts that call for a fix even without a verb ("This is wrong.", "typo", "Duplicate line."). */
export const VERDICT = /\b(?:misleading|inaccurate|outdated|out of date|erroneous|buggy)\b|\b(?:is|are|looks?|seems?) (?:really |very |quite |a bit |pretty |kind of |rather )?(?:an? )?(?:ugly|messy|unreadable)\b|\byou (?:inverted|swapped|flipped|reversed)\b|\b(?:doesn't|does not|don't|do not) (?:seem|appear) to be (?:used|needed|necessary|called|required|set|tested)\b|\bthere(?:'s| is| are) no (?:[a-z]+ ){0,2}(?:tests?|coverage|docs?|documentation|null check|check|validation|error handling|changelog(?: entry)?)\b|\bwe (?:never|always|usually|generally|normally|typically) (?:use|do|put|write|add|call|name|prefer)\b|\bwe prefer\b|\b(?:is|are|seems?|looks?|feels?) (?:a bit |slightly |very |quite |really |rather |a little |kind of |somewhat |pretty )?(?:brittle|fragile|error-prone|racy|fishy|suspicious|risky|dangerous|unsafe|like a (?:real )?(?:bug|error|mistake|problem))\b|^(?:dead code|magic (?:numbers?|strings?|values?|constants?)|trailing (?:whitespaces?|spaces?|commas?|newlines?)|hard-?coded \w+|(?:code )?duplication)\b|\b(?:is|are|isn't|aren't|is not|are not) (?:(?:a bit |slightly |very |quite |really |way |rather |a little )?(?:confusing|too (?:long|complex|complicated|big|large|deep|generic|broad|vague|specific))|hard to (?:read|follow|understand))\b|\b(?:isn't|aren't|is not|are not|not) thread[- ]safe\b|^(?:wrong|incorrect|bad|missing|unused|redundant|unnecessary|extra|stray|broken|duplicated?|outdated|stale|leftover)\b|\b(?:typo|typos|misspel\w*|spelling|grammar|(?:is|are|looks|seems|was|were) (?:still |also |now |actually )?(?:wrong|incorrect|broken|redundant|unnecessary|useless|unused|not needed|not required|missing|duplicated?|inconsistent|invalid|off|backwards|inverted|a bug|dead code|leftover|left over|not (?:right|correct|used|necessary|thread[- ]safe))|(?:is|are) (?:not|n't) (?:needed|necessary|required|used|correct|right|valid)|isn't (?:needed|necessary|required|used|correct|right|valid)|aren't (?:needed|necessary|required|used)|not needed|not required|no need (?:to|for)|doesn't (?:work|compile|build)|does not (?:work|compile|build)|won't (?:work|compile|build)|this breaks|breaks (?:the|this)|something (?:is )?wrong|wrong with|missing|duplicate(?:d)? (?:line|code|import|check|call|test|logic)|unused (?:import|variable|var|code|param\w*|argument|function|method|field|include)|leftover|left over|debug (?:code|print|log|statement)|needs? (?:a |an |some |more )?\w+|you (?:forgot|missed|left)|(?:seems|looks) (?:\w+ )?unrelated|could (?:still |also |then )?be (?:nil|null|undefined|none|empty|negative|zero|missing)|forgot to|(?:is|are) missing|you(?<!\b(?:when|if|whenever|once|unless|until|as long as|where) you) (?:really |probably |definitely )?(?:want|need)\b(?! me)|redundant|unnecessary|useless|superfluous|(?:looks|seems) (?:to be |like )(?:the )?(?:wrong|incorrect|useless|redundant|unnecessary|unused|broken)|the wrong \w+|doesn't look (?:like|right)|does not look (?:like|right)|should(?:n't| not) have been|is unhelpful|not (?:a )?good|doesn't look right|does not look right|looks off|is off)\b/;

/** Direct corrections: "a -> b", "s/old/new/", "`x` instead of `y`". */
export const CORRECTION = /(?:->|→|=>|^\s*s?\/[^/\n]+\/[^/\n]*\/\s*$|\binstead of\b)/;

/** Words that mark a suggestion as optional. */
export const OPTIONAL_MARKERS = /\b(?:nit|nit-?pick|nits|nitpick|optional|non-blocking|not blocking|feel free|up to you|if you (?:want|like|prefer)|your call|no strong (?:opinion|feelings?)|minor|fyi|not a blocker)\b/;
