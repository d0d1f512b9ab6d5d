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
  String.raw`^(?:hi+|hello+|hey+|hiya|howdy|yo|sup|greetings|good (?:morning|afternoon|evening|day)|morning|what'?s up|how are you(?: doing)?)${FILLER}$`,
);
const THANKS = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|great|awesome|nice|cool|perfect|brilliant|got it)[\s,!.]*)?(?:thanks+|thank you|thx|ty|tysm|cheers|much appreciated|appreciate it|that helps|that helped|helpful)${FILLER}$`,
);
const HELP = new RegExp(
  String.raw`^(?:help|\?+|h|usage|commands|menu|what can you do|what do you do|what can i ask(?: you)?|how do (?:i|you) use (?:this|you|meshbot|the bot)|what do you know(?: about)?|who are you|what are you|how does this work|what topics(?: do you (?:know|cover))?)${FILLER}$`,
);

/** Returns the small-talk intent when the whole message is small talk, else null. */
export function detectSmallTalk(text: string): SmallTalk | null {
  const t = text.trim();
  if (t === '') return 'help';
  if (HELP.test(t)) return 'help';
  if (THANKS.test(t)) return 'thanks';
  if (GREETING.test(t)) return 'greeting';
  return null;
}

export function meshesIn(text: string): Mesh[] {
  const out: Mesh[] = [];
  if (/\bistio\b/.test(text)) out.push('istio');
  if (/\blinkerd\b/.test(text)) out.push('linkerd');
  return out;
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
    /\bwhen (?:to|should|would|do|does|is|are|it makes sense)\b|\b(?:good|right|best|better|ideal) (?:fit|choice|match)\b|\bfits? for\b|\bsuit(?:s|ed|able)?\b|\bmakes sense\b/,
  ],
  [
    'recommend',
    /\brecommend\w*|\bsuggest\w*|\bshould (?:i|we|you|my|our)\b|\b(?:which|what) (?:mesh|servicemesh|one|should|to use|would you)\b|\b(?:istio or linkerd|linkerd or istio)\b|\b(?:pick|choose|choosing|go with|decide|adopt)\b|\bwhich\b.*\b(?:use|better|best|pick|choose|go)\b/,
  ],
  ['compare', /\bvs\b|\bcompar\w*|\bdiffer\w*|\bheadtohead\b|\bcontrast\b/],
  [
    'define',
    /^(?:so )?(?:what(?:'s| is| are)|whats|explain|describe|define|definition of|tell me about|overview of|intro(?:duction)? to|what does \w+ do)\b|\bwhat (?:is|does) (?:istio|linkerd)\b/,
  ],
];

/** The question intents that apply, most specific first ('question' when none does). */
export function detectIntents(text: string): QuestionIntent[] {
  const hits = RULES.filter(([, re]) => re.test(text)).map(([intent]) => intent);
  return hits.length ? hits : ['question'];
}
