/**
 * Rule-based intent detection over normalised text. Small talk (greeting, thanks, help) is an
 * intent of its own and never reaches the knowledge base; the question intents only steer ranking.
 */

export type SmallTalk = 'greeting' | 'thanks' | 'help';
export type QuestionIntent = 'recommend' | 'cost' | 'compare' | 'define' | 'migrate' | 'when' | 'question';
export type Intent = SmallTalk | QuestionIntent;
export type Mesh = 'istio' | 'linkerd';

const FILLER = String.raw`(?:\s*(?:there|all|everyone|folks|team|meshbot|bot|buddy|mate|so much|a lot|again|very much|lots|y'all|guys|!|\.|,|\?))*`;
const GREETING = new RegExp(
  `^(?:hi+|hello+|hey+|hiya|howdy|yo|sup|greetings|good (?:morning|afternoon|evening|day)|morning|what'?s up|how are you(?: doing)?)${FILLER}$`,
);
const THANKS = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|great|awesome|nice|cool|perfect|brilliant|got it)[\s,!.]*)?(?:thanks+|thank you|thx|ty|tysm|cheers|much appreciated|appreciate it|that helps|that helped|helpful)(?:[\s,!.]*(?:that|this|it) (?:helps|helped|is (?:great|helpful|perfect|useful)|was (?:great|helpful|super helpful|useful)))?${FILLER}$`,
);
const HELP = new RegExp(
  String.raw`^(?:help|\?+|h|usage|commands|menu|what can you do|what do you do|what can i ask(?: you)?|how do (?:i|you) use (?:this|you|meshbot|the bot)|what do you know(?: about)?|who are you|what are you|how does this work|what topics(?: do you (?:know|cover))?)${FILLER}$`,
);
const HELP_ANYWHERE =
  /\b(?:what|which) (?:kinds? of |sorts? of |types? of )?(?:questions|things|topics|stuff)\b.*\b(?:ask|answer|know|cover|help)\b|\bwhat can you (?:do|answer|help)\b|\bhow (?:do|can|should) (?:i|we) use (?:you|this bot|meshbot|the bot)\b|\bhelp me use\b/;
const LEADING_THANKS =
  /^(?:(?:ok(?:ay)?|great|awesome|nice|cool|perfect|brilliant|got it)[\s,!.]*)?(?:thanks+|thank you|thx|ty|cheers|much appreciated)\b/;
const LEADING_GREETING = /^(?:hi+|hello+|hey+|hiya|howdy|good (?:morning|afternoon|evening|day))\b/;

/** Returns the small-talk intent when the whole message is small talk, else null. */
export function detectSmallTalk(text: string): SmallTalk | null {
  const t = text.trim();
  if (t === '') return 'help';
  if (HELP.test(t)) return 'help';
  if (THANKS.test(t)) return 'thanks';
  if (GREETING.test(t)) return 'greeting';
  return null;
}

/**
 * Small talk that goes on with more words ("thanks, that was super helpful"). The caller decides
 * whether the rest holds a real question: only then is it not small talk.
 */
export function leadingSmallTalk(text: string): SmallTalk | null {
  const t = text.trim();
  if (HELP_ANYWHERE.test(t)) return 'help';
  if (LEADING_THANKS.test(t)) return 'thanks';
  if (LEADING_GREETING.test(t)) return 'greeting';
  return null;
}

/** The two meshes in the order the question names them (the first is usually its subject). */
export function meshesIn(text: string): Mesh[] {
  const at = (m: Mesh) => text.search(new RegExp(`\\b${m}\\b`));
  return (['istio', 'linkerd'] as const).filter((m) => at(m) >= 0).sort((a, b) => at(a) - at(b));
}

/** Stated needs ("we need", "for our team") rather than a capability question ("which mesh has X?"). */
export function statesNeeds(text: string): boolean {
  return /\b(?:need|needs|want|wants|require\w*|must|has to|have to|looking for|priorit\w*|care about|important|for (?:us|our)|best for|better for|good for|our (?:team|company|platform|setup|use case)|(?:can't|cant|cannot) afford|(?:don't|dont|do not) have (?:the )?time|(?:number one|main|only|top|biggest|big|major|real) (?:thing|priority|concern|requirement|worry)|all (?:i|we) care about|what matters|reqs|requirements|must[\s-]haves?|constraints|day[\s-]?(?:one|1)|(?:can't|cant|cannot) live without|(?:a |an )?(?:no[\s-]go|non[\s-]?starter|deal[\s-]?breaker|show[\s-]?stopper|hard (?:requirement|constraint|limit))s?)\b|#1 (?:thing|priority|concern|requirement|worry)\b/.test(
    text,
  );
}

const RULES: ReadonlyArray<readonly [QuestionIntent, RegExp]> = [
  [
    'migrate',
    /\bmigrat\w*|\b(?:move|moving|switch\w*|transition\w*|port\w*|convert\w*) (?:from|off|away from|over from)\b/,
  ],
  [
    'cost',
    /\bcost\b|\bhow much\b|\blicen[cs]\w*|\bpay\w*\b|\bpaid\b|\bfree\b|\bsubscription\b|\bbudget\w*|\btco\b|\bfees?\b/,
  ],
  [
    'when',
    /\bwhen (?:to|should|would|do|does|is|are|it makes sense)\b|\b(?:good|right|best|better|ideal) (?:fit|choice|match)\b|\bfits? for\b|\bsuit(?:s|ed|able)?\b|\bmakes? (?:more )?sense\b|\b(?:which|what) (?:kinds? of |types? of |sort of )?(?:situations?|cases?|scenarios?|teams?|companies|orgs?|organi[sz]ations?|workloads|use cases?)\b|\bwho (?:should|would|needs)\b|\bwho is (?:istio|linkerd|it) (?:for|good for|meant for|right for)\b|\buse[\s-]?cases?\b|\bbeats?\b|\bwins?\b|\bover (?:istio|linkerd)\b|\bgo with (?:istio|linkerd)\b/,
  ],
  [
    'recommend',
    /(?<!\b(?:as|was|were|you|we|they|had|has|have|been|already|originally) )\b(?:rec+om+end|suggest)ed\b|\brec+om+end(?!s\b)(?!ed\b)\w*|\bsuggest(?!ed\b)\w*|\bshould (?:i|we|you|my|our)\b|\b(?:which|what) (?:mesh|servicemesh|one|should|to use|would you)\b|\b(?:istio or linkerd|linkerd or istio)\b|\b(?:pick|choose|choosing|go with|decide|adopt)\b|\bwhich\b.*\b(?:use|better|best|pick|choose|go)\b|\bgo (?:for )?(?:istio|linkerd)\b|\b(?:istio|linkerd) (?:the |a )?(?:obvious|right|best|better|safe|sensible) (?:answer|choice|pick|bet|option)\b/,
  ],
  ['compare', /\bvs\b|\bcompar\w*|\bdiffer\w*|\bheadtohead\b|\bcontrast\b/],
  [
    'define',
    /^(?:so )?(?:what(?:'s| is| are)|whats|explain|describe|define|definition of|tell me about|overview of|intro(?:duction)? to|what does \w+ do)\b|\bwhat (?:is|does|even is) (?:istio|linkerd)\b|\bexplain\b|\bintro(?:duction)?\b|\boverview\b|\bnutshell\b|\beli5\b|\bsimple terms\b|\bwhat (?:is|are) (?:it|they)\b|\bwhat (?:does|do) (?:istio|linkerd|it|they) (?:actually |even |really )?do\b|\bwhat even is\b|^what (?:exactly |even |really )?(?:is|are)\b|\bdescribe\b/,
  ],
];

/** The question intents that apply, most specific first ('question' when none does). */
export function detectIntents(text: string): QuestionIntent[] {
  const hits = RULES.filter(([, re]) => re.test(text)).map(([intent]) => intent);
  return hits.length ? hits : ['question'];
}
