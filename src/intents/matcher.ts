/**
 * The matcher: text as Slack sends it in, a plain reply object out.
 *
 * Ranking is learned from the knowledge base itself. Every entry's question, title and phrasings
 * are training examples of its class, and the shipped out-of-scope corpus is one more class. Two
 * experts are combined as a product: a multinomial logistic regression over word and character
 * n-grams (a nearest-centroid model in very large knowledge bases), and BM25 that scores an entry
 * by the mean of its best few phrasings. A small logistic calibrator turns the combined scores into
 * a confidence that means what it says; the answer and suggest thresholds, like every other
 * number here, were chosen by cross-validation over the knowledge base (`npm run tune`, stored in
 * `src/knowledge/matcher-params.json`).
 *
 * What stays rule-based is exact: Slack markup, small talk, and the decision factors of a pick.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { DEFAULT_KNOWLEDGE_DIR, type KnowledgeBase } from '../knowledge/loader.js';
import { scorePick } from '../pick/score.js';
import { type AskReader, loadAskReader } from './ask-reader.js';
import { englishWords, isEnglishWord } from './english.js';
import {
  extractFactors,
  FACTOR_IDS,
  type FactorId,
  factorGuard,
  LIST_ITEM,
  mentionsFactor,
  overheadOnlyAsReason,
  settledAgainst,
  withoutDismissed,
} from './factors.js';
import { FitWorkers } from './fit-parallel.js';
import { glossEnglish, otherScriptOf, phraseGuard } from './glossary.js';
import { detectIntents, detectSmallTalk, leadingSmallTalk, meshesIn, statesNeeds } from './intent.js';
import { type GuardedTest, guardedPatterns } from './literal-guard.js';
import { recent } from './memo.js';
import {
  Bm25,
  CentroidModel,
  Featurizer,
  logistic,
  NearestPhrasings,
  SoftmaxRegression,
  type SparseVector,
  type Transformed,
} from './model.js';
import { loadNeedsReader, type NeedsReader } from './needs-reader.js';
import { loadNeedsVeto, type NeedsVeto } from './needs-veto.js';
import { CHANNEL_REF, markCode, normalizeText, stripSlackMarkup } from './normalize.js';
import { allMatches } from './regex.js';
import {
  type AnswerReply,
  type Candidate,
  EXAMPLE_QUESTIONS,
  type Reply,
  type SuggestReply,
} from './reply.js';
import { type KnownWords, readSnapshot, snapshotFile, writeSnapshotSoon } from './snapshot.js';
import { Speller } from './speller.js';
import {
  applySynonyms,
  FOREIGN_TERMS,
  fixProductNames,
  fixQuestionWords,
  STOPWORDS,
  words,
} from './vocabulary.js';

/** Everything the matcher's behaviour depends on; chosen by cross-validation, never by hand. */
export interface MatcherParams {
  /** Weight of the context sentences of a long message (the asking sentence weighs 1). */
  readonly contextWeight: number;
  /**
   * Weight of fenced code (logs, manifests, command output) in a message that also has prose. The
   * knowledge base's phrasings hold no code, so cross-validation cannot choose it: it is chosen on
   * the dev set of questions with pasted code (tests/fixtures/eval-code.jsonl), and `npm run tune`
   * keeps it.
   */
  readonly codeWeight: number;
  /** L2 penalty of the regression. */
  readonly l2: number;
  readonly epochs: number;
  /**
   * How many regressions, each reading the examples in another order, are fitted and averaged
   * (model.ts, RegressionOptions.fits). Like the code weight it is not chosen by `npm run tune`,
   * which keeps it: it was chosen on the dev sets' means over 12 seeds (session 13).
   */
  readonly fits: number;
  /** Weight of the BM25 expert in the product (log p = log p_model + bm25Weight * relative BM25). */
  readonly bm25Weight: number;
  /** BM25 scores an entry by the mean of its best topK phrasings. */
  readonly topK: number;
  /** Weight of the nearest-phrasings expert (cosine of character and word n-grams), like bm25Weight. */
  readonly knnWeight: number;
  /** Logistic calibrator over the features of `calibrationFeatures`, standardised. */
  readonly calibrator: {
    readonly weights: readonly number[];
    readonly bias: number;
    readonly mean: readonly number[];
    readonly scale: readonly number[];
  };
  /** Confidence at or above which the top entry is the answer. */
  readonly answerAt: number;
  /** Confidence at or above which (and below answerAt) the reply suggests candidates. */
  readonly suggestAt: number;
  /**
   * Below suggestAt: the top entry's share of the probability (out-of-scope included) at or above
   * which the fallback lists the best entries as related answers (FallbackReply.related).
   */
  readonly relatedAt: number;
}

/** Above this many classes the regression's weight matrix (features × classes) is too big: use centroids. */
export const MAX_REGRESSION_CLASSES = 400;
/** In centroid mode, how many of BM25's best entries are compared with their centroids. */
const CENTROID_CANDIDATES = 64;
/**
 * The regression seed of the shipped fit (the order in which it reads its examples; with
 * params.fits 2, the two fits read the orders of this seed and the next). Every seed gives an
 * equally valid fit, and they differ question by question, so this one is chosen by a fixed rule on
 * the dev sets alone: the fewest failing dev gates (tests/intents/eval-gate.test.ts, frozen sets
 * left out) and example tests, then the most right minus twice the wrong over the dev sets. Session
 * 14 (23 bare "facts about us" phrasings for which-mesh; calibrator refitted, answerAt 0.65): of
 * seeds 1-24, the eight with the best right - 2 x wrong or a public top-1 of 0.95 were run against
 * the tests; seed 3 fails only eval-forum3's 0.85 refusal (80%, no card on 24 of 25), with 1,053
 * right and 48 wrong on the dev sets (seeds 1-24: mean 1,052.7 and 47.3) and 57 of 59 on the public
 * set (mean 55.7). Session 13's seed 10 failed only the public 0.95.
 */
export const SHIPPED_SEED = 3;
/** The longest question read; the rest of a very long message is context at best. */
export const MAX_QUESTION_CHARS = 2000;
/** Spelling correction: the longest word tried and the most corrections per question. */
const MAX_CORRECTED_WORD = 30;
const MAX_CORRECTIONS = 8;
/** Recent answers kept (least recently used evicted); very long texts are not cached. */
const ANSWER_CACHE_SIZE = 1000;
const ANSWER_CACHE_MAX_KEY = 500;

export const OUT_OF_SCOPE = '__out_of_scope__';

/** Parameters used before `npm run tune` has written any: a neutral starting point. */
export const FALLBACK_PARAMS: MatcherParams = {
  contextWeight: 0.5,
  codeWeight: 0.5,
  l2: 1e-4,
  epochs: 8,
  fits: 1,
  bm25Weight: 2,
  topK: 3,
  knnWeight: 0,
  calibrator: {
    weights: [1, 2, -1, 1, 0.5, 0.5],
    bias: 0,
    mean: [0, 0, 0, 0, 0, 0],
    scale: [1, 1, 1, 1, 1, 1],
  },
  answerAt: 0.6,
  suggestAt: 0.3,
  relatedAt: 1,
};

export const PARAMS_FILE = join(DEFAULT_KNOWLEDGE_DIR, 'matcher-params.json');

export function loadParams(file = PARAMS_FILE): MatcherParams {
  if (!existsSync(file)) return FALLBACK_PARAMS;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { params?: MatcherParams };
  return { ...FALLBACK_PARAMS, ...(raw.params ?? {}) };
}

export interface MatcherOptions {
  readonly params?: Partial<MatcherParams>;
  /** Shorthands for params.answerAt / params.suggestAt. */
  readonly answerAt?: number;
  readonly suggestAt?: number;
  /**
   * Build the nearest-phrasings index even when params.knnWeight is 0 (cross-validation scores
   * other weights on the same fitted matcher). Off by default: the index costs memory and start-up.
   */
  readonly nearestPhrasings?: boolean;
  /**
   * Seed of the order in which the regression reads its examples (default SHIPPED_SEED). The fit is
   * repeatable for one seed; another seed gives another, equally valid fit. `npm run eval -- --seeds N`
   * scores several, which shows how much of a difference between two versions is only this order.
   */
  readonly seed?: number;
  /**
   * The learned reader of needs beside the factor rules (default: the shipped one, see
   * needs-reader.ts); null reads needs with the rules alone.
   */
  readonly needsReader?: NeedsReader | null;
  /**
   * The learned second look at the needs read (default: the shipped one, see needs-veto.ts): it drops
   * a need whose sentences read as not stating it; null keeps every need read.
   */
  readonly needsVeto?: NeedsVeto | null;
  /**
   * The learned reader of the ask, consulted where the rules gave no answer (default: the shipped
   * one, see ask-reader.ts); null leaves those replies to the rules.
   */
  readonly askReader?: AskReader | null;
  /**
   * A card on another entry becomes the pick card when the ask reader is at least this sure that the
   * question asks which mesh to choose and needs were read (default ASK_OVER_CARD_AT); null: never.
   */
  readonly askOverCardAt?: number | null;
  /**
   * Confidence at or above which the ask rules hold a card against the pick card or another
   * mesh's card (default CARD_OVER_PICK_AT; never below answerAt).
   */
  readonly cardOverPickAt?: number;
  /**
   * Where the ask reader is sure that a question asks for the pick and no need was read at the needs
   * reader's own threshold, the needs it gives at this lower probability count (default
   * UNSURE_NEEDS_AT); null: none.
   */
  readonly unsureNeedsAt?: number | null;
  /**
   * Confidence below which a card for a message read through the glossaries only (mostly Chinese,
   * Japanese, Korean or Cyrillic) is offered as suggestions instead (default OTHER_SCRIPT_ANSWER_AT).
   */
  readonly otherScriptAnswerAt?: number;
  /** The same for a message mostly in Devanagari or Thai (default BRAHMIC_ANSWER_AT). */
  readonly brahmicAnswerAt?: number;
  /**
   * A card below otherScriptAnswerAt stands when the message read as typed (its English terms only)
   * gives the same card (default false). Measured in session 34: on the dev sets eval-i18n-dev and
   * eval-hitvi-dev 5 more right cards for 1 more wrong one; then once on the blind sets, i18n2
   * (Hindi, Thai, Vietnamese, Indonesian) 7 more right and none wrong, but i18n1 (Chinese, Japanese,
   * Korean, Russian, Ukrainian) 8 more right for 5 more wrong (4 -> 9 of 120), below what a wrong
   * card costs (WRONG_COST). Off until a fresh dev set decides it.
   */
  readonly otherScriptAgreement?: boolean;
  /**
   * Whether the regression's averaged fits run on worker threads beside this one (default true;
   * src/intents/fit-parallel.ts). The weights are the same either way; false is for the benchmark's
   * baseline.
   */
  readonly parallelFit?: boolean;
}

/**
 * A wrong card costs this many right ones: people stop asking a bot that is confidently wrong, yet a
 * bot that mostly says "did you mean" is not used either. With a calibrated confidence this puts the
 * answer threshold near 1 - 1/(1 + WRONG_COST) (tune.ts).
 */
export const WRONG_COST = 2;

/**
 * The answer threshold for messages read through the glossaries only. The calibrator was fitted on
 * English phrasings; a message of which the glossaries read only a few words ("istio" and two topic
 * words) gets the confidence of a whole English sentence, and 15% of such questions got a wrong card.
 * Chosen by chooseOtherScriptAnswerAt(), a wrong card costing WRONG_COST right ones as in tune.ts's
 * thresholds. First (0.86) on tests/fixtures/eval-i18n-dev.jsonl (160 questions in Chinese, Japanese,
 * Korean, Russian and Ukrainian), before topic words were added to the glossaries from that set's
 * misses (it then chose 0.67, being easier for them than unseen text). Session 35 wrote a fresh set,
 * tests/fixtures/eval-cjkru-dev.jsonl (160 questions in the same five languages, read by no
 * glossary): it chooses 0.66 on a flat plateau (utility 77-78 from 0.6 to 0.8, 72 at 0.86; right 93
 * and wrong 8 of its 101 cards against 78 and 3 from 0.86). Tried once on the unread i18n1, 0.66 gave
 * 14 more right cards for 9 more wrong ones (wrong 4 -> 13 of 120, utility -4), as the agreement
 * option did in session 34: these glossaries often read only a few terms, and a card read from a few
 * terms is wrong too often. So 0.86 stays. Devanagari and Thai have their own, BRAHMIC_ANSWER_AT.
 */
export const OTHER_SCRIPT_ANSWER_AT = 0.86;

/**
 * OTHER_SCRIPT_ANSWER_AT for messages mostly in Devanagari or Thai. Chosen by
 * chooseOtherScriptAnswerAt() on tests/fixtures/eval-hith-dev.jsonl (80 questions in Hindi and Thai,
 * written in session 35 and read by no glossary): of its 51 cards at any confidence 49 are right, so
 * the lowest threshold tried wins (utility 45 against 37 at 0.86); eval-hitvi-dev's Hindi and Thai
 * lines choose the same. Their glossaries read a message nearly word for word, where the Chinese and
 * Japanese ones (written without spaces) often catch only a few terms. 0.6 was below the calibrated
 * answer threshold (0.65) when chosen; since session 39's phrasings (answerAt 0.56) it is a little
 * above it, and the chooser (tests/intents/other-script.test.ts) still gives 0.6, the lowest it tries.
 */
export const BRAHMIC_ANSWER_AT = 0.6;

/** One card a message in another script got: its confidence, and whether it was the right card. */
export interface OtherScriptCard {
  readonly confidence: number;
  readonly right: boolean;
}

/**
 * The threshold (0.60 to 0.99) that gives the most right cards less WRONG_COST per wrong one, the
 * lowest of equals; cards below it become suggestions.
 */
export function chooseOtherScriptAnswerAt(cards: readonly OtherScriptCard[]): number {
  let best = { at: 0.6, utility: Number.NEGATIVE_INFINITY };
  for (let i = 60; i <= 99; i++) {
    const at = i / 100;
    let utility = 0;
    for (const c of cards) if (c.confidence >= at) utility += c.right ? 1 : -WRONG_COST;
    if (utility > best.utility) best = { at, utility };
  }
  return best.at;
}

/** One training text and its class. */
export interface Example {
  readonly text: string;
  readonly cls: number;
  /** Counts as a document of its class for BM25 (titles and keywords do; long bodies do not). */
  readonly bm25: boolean;
}

/** The training set a knowledge base gives: entries' texts, then the out-of-scope corpus. */
export function trainingExamples(kb: KnowledgeBase): { examples: Example[]; classes: string[] } {
  const classes = kb.entries.map((e) => e.id);
  const examples: Example[] = [];
  kb.entries.forEach((e, cls) => {
    for (const t of [e.question, e.title, ...e.phrasings]) {
      examples.push({ text: t, cls, bm25: true });
    }
    examples.push({ text: e.keywords.join(', '), cls, bm25: true });
  });
  const oos = kb.outOfScope ?? [];
  if (oos.length) {
    classes.push(OUT_OF_SCOPE);
    const cls = classes.length - 1;
    for (const t of oos) examples.push({ text: t, cls, bm25: true });
  }
  return { examples, classes };
}

/** The parts of the parameters that only combine the experts (no refitting needed to change them). */
export type Scoring = Pick<MatcherParams, 'bm25Weight' | 'topK' | 'knnWeight' | 'calibrator'>;

/** What the experts say about one question, before any threshold. */
export interface Scored {
  /** Combined probability per class (entries, then out-of-scope when present). */
  readonly p: Float64Array;
  /** The best entry classes (at most RANKED), best first. */
  readonly order: readonly number[];
  /** The features the calibrator reads. */
  readonly calibration: readonly number[];
  readonly confidence: number;
}

/** Text to the form both training and questions share: markup gone, lower case, synonyms mapped. */
export function prepare(raw: string): string {
  return applySynonyms(normalizeForMatching(raw).slice(0, MAX_QUESTION_CHARS));
}

/** Markup gone, lower case, pasted code marked: the one normalisation of training texts and questions. */
function normalizeForMatching(raw: string): string {
  // A channel reference says where the question is asked, not what about ("<#C123|platform>"):
  // the pages and replies keep its name, the model does not read it.
  return normalizeText(markCode(raw.replace(CHANNEL_REF, ' ')));
}

/** A message of at most this many words that states needs and nothing else asks for the pick. */
const NEEDS_ONLY_WORDS = 8;
/** A choice asked for in so many words: "which mesh do we pick?", "what should we go with?". */
const ASKS_WHICH_TO_PICK =
  /\b(?:which|what)(?: service)?(?: mesh| one)? (?:do|should|would|will|shall|can) (?:we|i|you|u) (?:pick|choose|use|go with|go for|adopt|run|recommend|take|standardi[sz]e on)\b/;
/** Words that ask what a mesh can do or how well ("which mesh supports wasm?", "better at mTLS?"). */
const CAPABILITY_ASK =
  /\b(?:is|are|was|were|be|supports?|supported|handles?|has|have|does|do|did|offers?|provides?|gives?|lets?|turns?|adds?|makes?|uses?|runs?|needs?|can|could|would|will|should|deals? with|copes? with|comes? with|includes?|ships?|works?(?= (?:with|on|in|across|without|at|under|behind|alongside)\b)|better|best|worse|stronger|weaker|more|less|lighter|easier|harder|mature|ahead)\b/;
/**
 * The meshes compared on one capability: "which mesh is more extensible / has better header
 * routing?", "who's better at fault injection?", "whose dashboards are better out of the box?",
 * "which has the smoother upgrade path?", "istio or linkerd for the lowest latency?". Not "which mesh
 * handles that better?", which points back at the needs told before it.
 */
const COMPARES_CAPABILITY =
  /\b(?:(?:which|what) (?:mesh|one|of the two|of them)|which|who|whose)\b[^.?!]{0,40}\b(?:is|are|has|have|does|do|handles?|supports?|offers?|gives?)\b(?! (?:that|this|it|these|those|them|all (?:that|this|of (?:that|this|it)))\b)[^.?!]{0,25}\b(?:more|better|stronger|richer|best|most|smoother|easier|simpler|lighter|leaner|faster|cheaper|nicer)\b|\bwho(?:'s| is) (?:better|best|stronger|faster|easier|simpler)\b|\b(?:istio|linkerd) (?:or|vs\.?|versus) (?:istio|linkerd) for (?:the )?(?:lowest|least|best|fastest|smallest|smoothest|easiest|simplest)\b/;
/** A comparison that points back at the needs stated before it: "which mesh is better for this?". */
const POINTS_BACK =
  /\b(?:which|what)(?: (?:mesh|one))?\b[^.?!]{0,30}\b(?:for (?:this|that|it|these|those|us|our (?:case|setup|needs|use[\s-]?case|situation|team))|(?:handles?|does|supports?|covers?|fits?) (?:this|that|tht|it|these|those|them|all (?:this|that|of (?:this|that|these|it))))\b/;
/**
 * Asking which mesh is the one just described or fixes the pain just told: "...TLS between pods
 * and graphs, no setup. Which one is that?", "each cluster is its own island. istio or linkerd to
 * fix that?", "Block DELETE on /orders unless the caller is billing. Which mesh does that?".
 */
const WHICH_IS_THAT =
  /\bwhich (?:one|mesh) is (?:that|it|this)\b|\b(?:which (?:service )?mesh|istio or linkerd|linkerd or istio)\b[^.?!]{0,20}\b(?:fix|fixes|solve|solves) (?:that|this|it)\b|\bwhich (?:mesh|one) (?:would )?hurts? (?:us )?less\b|\bwhich (?:service )?mesh can work around (?:that|this|it)\b|\bwhich (?:service )?mesh (?:does|handles?|lets? (?:us|me|you)|supports?|covers?|enforces?|solves?|gives? (?:us|me)|can (?:do|handle|enforce|give us)|will (?:do|handle|let us))\b[^.?!]{0,20}\b(?:that|this)\b/;
/** Asking which features or resources do something: "which mesh features do that?". */
const ASKS_FEATURES =
  /\b(?:which|what) (?:mesh |istio |linkerd )?(?:features?|capabilit(?:y|ies)|crds?|apis?|resources?|settings?|knobs?)\b/;
/**
 * A line of a pasted list: "- ...", "• ...", "1. ...", "2) ...". Its indent is read within the line
 * (`[^\S\n\r\u2028\u2029]`: white space that ends no line): a `^\s*` would run over every blank line
 * after each line start, quadratic in a message of empty lines; it counts the same lists.
 */
export const LIST_LINE = /^[^\S\n\r\u2028\u2029]*(?:[-•*▪◦]|\d{1,2}[.)])\s+(?![\w.-]+:(?:\s|$))\S/gm;
/** A fenced code block, whose YAML lists are configuration, not needs. */
const CODE_BLOCK = /```[\s\S]*?(?:```|$)/g;
/** A language naming what a proxy plugin or filter is written in: "our own rust plugin". */
const PLUGIN_LANGUAGE =
  /\b(?:rust|golang|go|c\+\+|python|java|javascript|typescript|lua)\s+(?:plugins?|filters?|modules?|extensions?|code)\b/g;
/** A message of at most this many words, needs then "mesh?", asks for the pick. */
const FRAGMENT_WORDS = 8;
/** Words that make a short message a question about something, not a request for a pick. */
/** A question of its own, not a choice: "what do you get...?", "does either one...?", "has anyone measured...?". */
const OWN_QUESTION = /\b(?:what|whats|how|why|when|where|is|are|does|do|can|could|has|have|anyone|explain)\b/;
const QUESTION_WORD = /\b(?:what|whats|how|why|when|where|who|is|are|does|do|can|could|explain)\b/;
/** A greeting or thanks followed by more than this many words is a question, not small talk. */
const SMALL_TALK_MAX_WORDS = 12;

/** A team this size or smaller has little time to run a mesh (the decision table's "small team"). */
const SMALL_TEAM = 6;

/** Counts written as words ("two of us", "three clusters"); "one" is left alone ("which one"). */
const NUMBER_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'g');

/** A head count said not to matter: "staffing is not a concern". */
const STAFFING_FINE =
  /\b(?:ran|run|used|operated) (?:istio|envoy|linkerd)(?: [\d.x]+)? (?:before|previously)\b|\b(?:all|everyone|everybody) (?:of us )?(?:have|has) (?:istio|envoy|mesh|service mesh) experience\b|\b(?:all|both|most|two|2|three|3) (?:of us |of them )?(?:have |had )?(?:run|ran|used|operated) (?:istio|envoy|linkerd|a mesh|meshes)\b[^.?!]{0,25}\b(?:before|previous\w*|at (?:previous|past|old|other) (?:jobs?|companies|gigs))\b|(?<!\b(?:none|nobody|no one|noone|neither|nor)\s)\b(?:w\/|with) (?:istio|envoy|mesh) exp(?:erience)?\b|\ball ex[\s-](?:envoy|istio|google)\b|\b(?:staffing|head ?count|team size|people|manpower|people[\s-]?power|ease of (?:setup|use|operation|running)|simplicity|complexity|learning curve|(?:ops|operational|operations|operating|day[\s-]?2) (?:burden|effort|load|work|toil))\b[^.?!]{0,10}\b(?:is|are|'s)(?:n't| not) (?:a |an |really a |much of a |a big |a real )?(?:concern|issue|problem|constraint|worry|factor)\b|\b(?:have|with) (?:the |plenty of )?time to learn\b|\b(?:don't|dont|do not|won't) mind (?:some |a bit of |a lot of |the |more )?complexity\b|\b(?:fine|ok|okay|happy) (?:with|to take on|learning) (?:some |a bit of |the |a )?(?:complexity|complex tool|steep learning curve)\b|\bcomplexity (?:doesn't|does not|won't) scare us\b|\b(?:ops |operational |operations |day[\s-]2 )?complexity (?:is|'s) (?:fine|ok|okay|not a (?:big )?(?:worry|concern|problem|issue))\b|\b(?:ops |operational )?complexity (?:isn't|isnt|is not) (?:a |an |really a )?(?:big |real |major )?(?:worry|concern|problem|issue|factor)\b|\b(?:team size|head ?count|staffing) (?:isn't|isnt|is not) (?:really )?(?:the |a |our )?(?:constraint|concern|problem|issue|bottleneck)\b|\b(?:we )?can handle (?:some )?complexity\b|\b(?:live in|know) (?:kubernetes|k8s) (?:all day|well|inside out)\b/;

/** An organisation's head count: "a ~100 dev marketplace", "a 70 person company". */
const ORG_SIZE = /\b(\d+)\+?[\s-]*(?:persons?|people|devs?|developers?|engineers?|employees|staff)\b/g;
const LARGE_ORG = 20;
/** An organisation of several teams: "8 product teams". */
const TEAM_COUNT = /\b(\d+) (?:product |dev |development |feature |engineering |app |application )?teams\b/g;
const MANY_TEAMS = 4;
/** The smallest team that reads as background beside a large organisation. */
const BACKGROUND_TEAM = 5;

/** A team size or head count written as a number: "team of 4", "3 engineers", "we're 2". */
const TEAM_SIZE =
  /\b(?:team|squad|group|crew) of (\d+)\b|(?<!\bday[\s-]?)(?<![\d.])\b(\d+(?:\.\d+)?)[\s-]*(?:(?:shared|dedicated|full[\s-]?time|part[\s-]?time) )?(?:(?:platform|infra|ops|sre|devops|k8s|backend|back-end|frontend) )?(?:persons?|peoples?|ppl|engineers?|engs?|devs?|developers?|devops(?: ppl| people| engineers)?|sres?|ops|platform engineers?|folks|of us(?! (?:ran|(?:have|has|had) (?:run|used|operated|worked with)|used to run|know|knew|worked with)\b)|ftes?)\b|\bwe(?:'re| are) (?:only |just )?(\d+)\b|\bteam is (?:only |just )?(\d+)\b(?! (?:clusters?|services?|pods?|nodes?|regions?|years?|months?|weeks?|days?|hours?|%))|\b(\d+)[\s-]*(?:man|member|person)[\s-]*(?:(?:platform|infra|ops|sre|devops|dev|engineering|k8s|it) )?team\b|\b(?:head ?count|team size|staff(?:ing)?)\s*[:=]?\s*(\d+)\b/;
/** Clusters said to stay apart: "they don't need to be one mesh", "each stays alone". */
const SEPARATE_CLUSTERS =
  /\b(?:don't|dont|do not|doesn't|doesnt|never|won't|wont) need to (?:be|share|join|form) (?:one|1|a single|the same|a shared) mesh\b|\beach (?:one |cluster )?(?:stays?|is|runs|remains?) (?:alone|separate|on its own|independent|isolated)\b|\b(?:stay|stays|kept|keep them|remain) (?:fully )?(?:separate|apart|independent|isolated)\b|\b(?:don't|dont|do not|never|won't|wont) (?:ever )?(?:need to )?(?:talk|call|communicate|speak)(?: to| with)? (?:each other|one another)\b|\b(?:independent|isolated|separate) clusters\b/;
/** A fleet's size: "1,500 pods", "2k containers". */
const FLEET_SIZE = /\b(\d+)(k?)\s*(?:pods|containers|replicas|workloads)\b/;
/** A count of clusters or data centres: "2 clusters", "3 regional clusters". */
const CLUSTER_COUNT =
  /\b(\d+)[\s-]*(?:k8s |kubernetes |eks |gke |aks |regional |region |prod |production |separate |different |independent |cloud |on-?prem )?(?:clusters?|dcs|data[\s-]?cent(?:er|re)s)\b/;

/** The count patterns, for finding every count in a text. */
const TEAM_SIZES = new RegExp(TEAM_SIZE.source, 'g');
const FLEET_SIZES = new RegExp(FLEET_SIZE.source, 'g');
const CLUSTER_COUNTS = new RegExp(CLUSTER_COUNT.source, 'g');

/** Counts as digits: "1,500" as 1500 and number words ("six") as their numbers. */
function countsAsDigits(text: string): string {
  return text
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(NUMBER_WORD, (w) => String(NUMBER_WORDS.indexOf(w) + 2));
}

/** Team sizes, head counts and pod counts written as numbers, turned into decision factors. */
export const numericFactors = recent(8, factorsOfCounts);
function factorsOfCounts(normalized: string): FactorId[] {
  const text = countsAsDigits(withoutDismissed(normalized));
  const out = new Set<FactorId>();
  // "We have 6 platform folks so staffing is not a concern": a head count said not to matter.
  const staffingFine = STAFFING_FINE.test(text);
  // "We're a ~100 dev marketplace ... platform team of six": a team of five or six beside a large
  // organisation is background, not a small team.
  const largeOrg =
    allMatches(ORG_SIZE, text).some((m) => Number(m[1]) >= LARGE_ORG) ||
    allMatches(TEAM_COUNT, text).some((m) => Number(m[1]) >= MANY_TEAMS);
  for (const m of allMatches(TEAM_SIZES, text)) {
    const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
    if (n > 0 && n <= SMALL_TEAM && !staffingFine && !(largeOrg && n >= BACKGROUND_TEAM))
      out.add('simple-operations');
  }
  let largeFleet = false;
  for (const m of allMatches(FLEET_SIZES, text)) {
    const n = Number(m[1]) * (m[2] ? 1000 : 1);
    if (n >= 1000) largeFleet = true;
  }
  // "3 clusters, but they don't need to be one mesh": several clusters that stay apart.
  if (!SEPARATE_CLUSTERS.test(text))
    for (const m of allMatches(CLUSTER_COUNTS, text)) if (Number(m[1]) >= 2) out.add('multi-cluster');
  // A big fleet makes per-pod overhead matter, but only counts when nothing else was said.
  if (largeFleet && out.size === 0 && extractFactors(normalized).length === 0) out.add('low-overhead');
  return [...out];
}

/**
 * The factors a count in the text speaks to, whatever its number: a team size (small or not) speaks
 * to simple operations, a cluster count (one or several) to multi-cluster. The rules decide those.
 * A pod count does not keep the needs reader's low overhead out: the rules count a large fleet only
 * when nothing else is asked, and "1,000 pods on small nodes" beside a wasm filter is still a need
 * the words around the count state ("the proxy must stay tiny", "proxies can't be heavy"). Measured
 * by cross-validation by set (needs readers fitted without the sets they read): 8 lines put right,
 * 1 made wrong of 14,150 (10 and 1 without the veto); leaving team sizes to the reader as well moved
 * 2 lines each way, and cluster counts none, so those stay the rules'.
 */
function countedFactors(normalized: string): FactorId[] {
  const text = countsAsDigits(normalized);
  const out: FactorId[] = [];
  if (TEAM_SIZE.test(text)) out.push('simple-operations');
  if (CLUSTER_COUNT.test(text)) out.push('multi-cluster');
  return out;
}

/** The word between two options: "or", "vs", and "or" in the languages the glossary reads. */
const OR_WORD = String.raw`(?:or|vs\.?|versus|oder|ou|o|ya|czy)`;

/** "A or B", "A vs B", "A, B or C": two options side by side, their last words captured. */
const OPTIONS = new RegExp(
  String.raw`\b([a-z0-9][\w.-]*)(?:,\s*[a-z0-9][\w.-]*)*,?\s+${OR_WORD}\s+(?:a |an |the |plain |just )?([a-z0-9][\w.-]*)`,
  'g',
);

/**
 * The parts of a message that ask for the choice: those of its segments (segmentsOf: sentences and
 * list items) that match `asks`. A pasted list names products as context ("- Kafka + Postgres, not
 * in scope"); only those named where the choice is asked say what is being chosen. The whole
 * (normalised) text when no part asks on its own.
 */
function askSegments(
  segments: readonly string[],
  normalized: string,
  asks: (segment: string) => boolean,
  withOptions = false,
): string[] {
  const asking: string[] = [];
  segments.forEach((segment, i) => {
    if (!asks(segment)) return;
    // With `withOptions`, a bare ask after the options ("Calico or Cilium? what would you go with?")
    // is read with the part before it, which names what is chosen.
    asking.push(withOptions && i > 0 && isBareAsk(segment) ? `${segments[i - 1]} ${segment}` : segment);
  });
  return asking.length > 0 ? asking : [normalized];
}

/** A message's sentences and list items, each normalised; lines are split on the raw text, since normalisation joins them. */
function segmentsOf(raw: string): string[] {
  return (
    emojiAsStops(raw.slice(0, MAX_QUESTION_CHARS))
      .split(/\n+/)
      .flatMap((line) => normalizeText(line).split(ASK_SPLIT))
      // A long run-on message with no punctuation ("...each region has its own gke cluster also we
      // need our own plugin inside the proxy what do we choose") splits where a new thought starts.
      .flatMap((s) => (words(s).length > RUN_ON_WORDS ? s.split(RUN_ON_SPLIT) : [s]))
      .filter((s) => s.trim())
  );
}

/** A segment longer than this (in words) is a run-on message, split at RUN_ON_SPLIT. */
const RUN_ON_WORDS = 25;
const RUN_ON_SPLIT = /\s(?=(?:also|plus|but|so|because|anyway|btw|and (?:we|our|i|the team))\b)/;

/** An ask that names no options of its own: "which would you choose?", "what do we adopt?". */
function isBareAsk(segment: string): boolean {
  return words(segment).length <= BARE_ASK_WORDS && !/\b(?:or|vs\.?|versus)\b/.test(segment);
}
/** The most words a bare ask has. */
const BARE_ASK_WORDS = 8;

/**
 * Where a line splits into the parts that may ask: sentence ends and list markers, but not a dash
 * that leads into the ask ("vault vs aws secrets manager - which should we standardise on?").
 */
const ASK_SPLIT = /(?<=[.!?;])\s+|\s(?=(?:[-•*]|\d{1,2}[.)])\s(?!(?:which|what|so|or|thoughts|any|how)\b))/;

/**
 * Asking which thing of another kind to adopt: "which cloud would you go with?", "what CI tool
 * should we standardise on?", "as our API gateway?".
 */
const ASKS_OTHER_KIND =
  /\b(?:which|what)(?: [\w-]+)? (?:clouds?|cloud providers?|providers?|databases?|dbs?|datastores?|cni|cnis|api gateways?|ingress(?: controllers?)?|registr(?:y|ies)|queues?|brokers?|vendors?|languages?|frameworks?|ci|cd|ci\/cd|pipelines?|secrets? (?:managers?|stores?|backends?)|distros?|distributions?|apm|monitoring (?:stack|tools?|vendors?)|logging (?:stack|tools?)|tracing backends?|metrics backends?|gitops(?: tools?)?|(?:postgres |database |db )?operators?|(?:kubernetes |k8s |on-?prem )?platforms?|feature[\s-]flag (?:tools?|services?)|observability (?:stack|backends?|vendors?|tools?))\b|\bas (?:our|the|a|an) (?:api gateway|cni|ingress(?: controller)?|secrets? (?:manager|store)|ci|cd|registry|broker|queue|database)\s*\?/;

/**
 * Saying what kind of other thing is being chosen: "picking an ingress controller", "metrics backend
 * decision", "short list is OpenShift, Rancher and Tanzu".
 */
const CHOOSING_OTHER_KIND =
  /\b(?:pick(?:ing)?|choos(?:e|ing)|select(?:ing)?|evaluat(?:e|ing)|decid(?:e|ing) on|replac(?:e|ing)|standardi[sz](?:e|ing) on) (?:a |an |the |our |a new |the new )?(?:ingress(?: controller)?|api gateway|cni|ci(?:\/cd)?(?: system| tool)?|gitops tool|secrets? (?:manager|store)|(?:metrics|tracing|logging|observability) (?:backend|stack|tool|vendor)|database|queue|broker|cloud(?: provider)?|kubernetes (?:distro|distribution|platform)|k8s (?:distro|distribution|platform)|postgres operator|feature[\s-]flag (?:tool|service|vendor))\b|\b(?:ingress|api gateway|cni|ci|gitops|secrets?|metrics|tracing|logging|observability|database|queue|broker|cloud|platform|operator)(?: backend| tool| controller| store| manager)? decision\b|\bshort ?list(?:ed)? (?:is|are|includes?|:)/;

/** "choosing between LaunchDarkly, Unleash and Flagsmith": what follows names the options. */
const CHOOSING_BETWEEN = /\b(?:choos\w*|decid\w*|pick\w*|comparing|torn) between ([^.?!]{0,60})/g;

/** Options that keep a choice about meshes: "nginx or a mesh?", "cilium or ambient?". */
const MESH_OPTION =
  /^(?:mesh(?:es)?|service|istio|linkerd|ambient|side[\s-]?cars?|sidecarless|envoy|cilium)$/;

/**
 * Whether a message that names no mesh chooses between other products: where it asks (`asking`,
 * with the options before a bare ask), or, with no mesh word at all (`meshWorded`), anywhere.
 */
function choosesAmongOthers(asking: readonly string[], normalized: string, meshWorded: boolean): boolean {
  if (asking.some((seg) => offersOtherProducts(seg) || (ASKS_OTHER_KIND.test(seg) && !/\bmesh/.test(seg))))
    return true;
  return (
    !meshWorded &&
    (offersOtherProducts(normalized) ||
      ASKS_OTHER_KIND.test(normalized) ||
      CHOOSING_OTHER_KIND.test(normalized) ||
      allMatches(CHOOSING_BETWEEN, normalized).some((m) => words(m[1] ?? '').some(isForeignTerm)))
  );
}

/** Ways of putting one's own code in the proxy, and the languages it is written in. */
const EXTENSION_KIND = new Set(['wasm', 'lua', 'envoyfilter', 'envoyfilters', 'rust', 'golang', 'tinygo']);

/**
 * Two ways of extending the proxy offered against each other ("wasm or lua, which one should I
 * pick?"): with no mesh named, a choice inside the mesh, not of one.
 */
function offersExtensionKinds(text: string): boolean {
  const bothKinds = (m: RegExpMatchArray) =>
    EXTENSION_KIND.has(m[1] as string) && EXTENSION_KIND.has(m[2] as string);
  return allMatches(OPTIONS, text).some(bothKinds) || allMatches(BOTH_OPTIONS, text).some(bothKinds);
}

/**
 * "A and B" side by side and then the ask for one of them ("wasm and lua, which one?"); not "A and
 * B ..., which mesh?", where both are needs.
 */
const BOTH_OPTIONS =
  /\b([a-z0-9][\w.-]*)\s+(?:and|&|\+)\s+([a-z0-9][\w.-]*)[\s,:;?-]*(?:which (?:one|is|of (?:them|the two)|to|should|would you)|what to (?:choose|pick|use|go with))\b/g;

/** Plain CNIs: Cilium offered beside one of them is chosen as a CNI ("calico or cilium?"). */
const PLAIN_CNI = new Set(['calico', 'flannel', 'weave', 'antrea']);

/** Words that start a clause, not an option: "on AKS or do we need to...", "on GKE or is it a wash". */
const NOT_AN_OPTION = new Set(
  'is are was were do does did should would could can will shall must we i you they it he she there not'.split(
    ' ',
  ),
);

/**
 * Whether a text names another product. A language that says what a proxy plugin is written in
 * ("our own rust plugin") is not one.
 */
function namesProduct(text: string): boolean {
  return words(text.replace(PLUGIN_LANGUAGE, ' ')).some((w) => FOREIGN_TERMS.has(w));
}

/** A product name as written, plural or not ("the F5s"). */
function isForeignTerm(word: string): boolean {
  return FOREIGN_TERMS.has(word) || (word.endsWith('s') && FOREIGN_TERMS.has(word.slice(0, -1)));
}

/** A run of options after the word that opens it, in a sentence of its own, and what separates them. */
const OPTION_RUN =
  /\b(?:options?|candidates?|choices?|between|entre|zwischen|tra)\b\s*:?\s*([^.?!;:]{3,120})/g;
const OPTION_SEPARATOR = /,|\b(?:or|and|y|o|ou|et|und|oder|e|of|vs\.?|versus)\b/;

/**
 * Options listed in a sentence of their own ("Options: Velero, Kasten K10, CloudCasa.", "estamos
 * entre k3s, RKE2 y Talos"), two or more of them products, and no mesh among them.
 */
function listsOtherOptions(text: string): boolean {
  for (const m of allMatches(OPTION_RUN, text)) {
    const run = (m[1] ?? '').split(LIST_ITEM)[0] ?? '';
    const heads = run.split(OPTION_SEPARATOR).map((item) => words(item).slice(0, 2));
    if (
      heads.filter((head) => head.some(isForeignTerm)).length >= 2 &&
      !heads.some((head) => head.some((w) => MESH_OPTION.test(w)))
    )
      return true;
  }
  return false;
}

/** An "or" word anywhere: OPTIONS and AROUND_OR match only where one is. */
const HAS_OR_WORD = new RegExp(String.raw`\b${OR_WORD}\b`);

/** The words around each "or"/"vs" of a text: up to two before it and up to five after it. */
const AROUND_OR = new RegExp(String.raw`((?:[\w.'-]+\W+){0,2})\b${OR_WORD}\b((?:\W+[\w.'-]+){0,5})`, 'g');

/**
 * Whether the text offers a choice between named products that are not meshes: one option a known
 * product and neither a mesh ("argo or flux?", "calico or cilium as a CNI?"), or a known product on
 * each side of the "or" and no mesh ("HAProxy, NGINX Plus or keep paying for the F5s?").
 */
function offersOtherProducts(raw: string): boolean {
  // Envoy Gateway is a product of its own, not the mesh's proxy.
  const text = raw.replace(/\benvoy gateway\b/g, 'envoygateway');
  const meshOption = (x: string, other: string) =>
    MESH_OPTION.test(x) && !(x === 'cilium' && PLAIN_CNI.has(other));
  // Both patterns below need an "or" word, which most messages lack: they are not run then.
  const offersChoice = HAS_OR_WORD.test(text);
  for (const m of offersChoice ? allMatches(OPTIONS, text) : []) {
    const [a, b] = [m[1] as string, m[2] as string];
    if (NOT_AN_OPTION.has(a) || NOT_AN_OPTION.has(b)) continue;
    if ((isForeignTerm(a) || isForeignTerm(b)) && !meshOption(a, b) && !meshOption(b, a)) return true;
  }
  for (const m of offersChoice ? allMatches(AROUND_OR, text) : []) {
    const [before, after] = [words(m[1] ?? ''), words(m[2] ?? '')];
    const both = [...before, ...after];
    if (before.some(isForeignTerm) && after.some(isForeignTerm) && !both.some((w) => MESH_OPTION.test(w)))
      return true;
  }
  if (listsOtherOptions(text)) return true;
  // A list of options, each item opening with a product ("options: - Thanos - Grafana Mimir -
  // VictoriaMetrics"), and no mesh among them.
  const items = text.split(LIST_ITEM).slice(1);
  const heads = items.map((item) => words(item).slice(0, 3));
  return (
    heads.filter((head) => head.some(isForeignTerm)).length >= 2 &&
    !heads.some((head) => head.some((w) => MESH_OPTION.test(w)))
  );
}

/**
 * A message typed as chat, one thought a line ("auditors came back\nthey want encryption\nno time to
 * write policies"), loses its line breaks when normalised; a line that ends without punctuation
 * ends its sentence, so a need on one line is not ruled out by the words of the next.
 */
export function linesAsSentences(raw: string): string {
  if (!raw.includes('\n') || raw.includes('```')) return raw;
  const lines = raw.split('\n');
  // The next line with words after each line (a blank line between ends a paragraph, and the
  // sentence with it), found in one pass from the end so that a long message stays linear.
  const next: (string | undefined)[] = new Array(lines.length);
  let seen: string | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = seen;
    const line = lines[i] as string;
    if (line.trim() !== '') seen = line;
  }
  return lines
    .map((line, i) => {
      const after = next[i];
      const ends =
        after !== undefined &&
        /[\p{L}\p{N}*_`]\s*$/u.test(line) &&
        !/^\s*>/.test(line) &&
        (line.trim().split(/\s+/).length >= 4 ||
          /^\s*[\p{L}\p{N} /-]{1,40}(?::|\s[-–—→=]|\s->)\s*\S/u.test(line)) &&
        /^\s*[\p{L}\p{N}<@*_`]/u.test(after);
      return ends ? `${line.trimEnd()}.` : line;
    })
    .join('\n');
}

/**
 * Needs pasted as structured text, read as sentences by the rules: fences opened (the rules read
 * inside them, the model does not), a JSON object's fields one to a line, YAML and key = value lines
 * with their keys in words ("multi_cluster: false" -> "multi cluster: not needed"), a boolean or empty
 * value as "needed" / "not needed", a trailing "# comment" as a sentence of its own, a commented-out
 * list ("#  - wasm filter: YES") read as the list, and a two-column "item | answer" row as "item: answer".
 */
export function structuredAsSentences(raw: string): string {
  if (!STRUCTURED_HINT.test(raw)) return raw;
  const text = raw
    .replace(/```[\w-]*[ \t]*(?=\n|$)|```/g, '\n')
    .replace(/\{([^{}\n]{0,800})\}/g, (object, inner: string) =>
      /^\s*"[\w ./-]{1,40}"\s*:/.test(inner)
        ? `\n${inner.replace(/,\s*(?="[\w ./-]{1,40}"\s*:)/g, '\n')}\n`
        : object,
    );
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*[-|: ]{3,}\s*$/.test(line)) return '';
      const m = KEY_VALUE_LINE.exec(line);
      if (!m) return line;
      const [, indent = '', key = '', value = '', comment] = m;
      const words = key.replace(/[_.]+/g, ' ').replace(/\s+/g, ' ').trim();
      const v = value
        .trim()
        .replace(/^["']|["'],?$/g, '')
        .replace(/,$/, '')
        .trim();
      const said = NO_VALUE.test(v) ? 'not needed' : YES_VALUE.test(v) ? 'needed' : v;
      const name = words.toLowerCase();
      const team = /^(?:team(?: size)?|team members|people|headcount|engineers|sres)$/.test(name);
      const clusters = /^(?:clusters?|cluster count|number of clusters|regions?)$/.test(name);
      const sentence =
        team && /^~?\d+$/.test(v)
          ? `team of ${v.replace('~', '')} people`
          : clusters && /^[2-9]$/.test(v)
            ? `${v} clusters`
            : `${words}: ${said}`;
      return `${indent}${sentence}.${comment ? ` ${comment.trim()}.` : ''}`;
    })
    .join('\n');
}
/**
 * A hint that a text has structured lines: a fence, a JSON field, a snake_case key or a "key = value".
 * Written so that no two parts can share the same characters, which made it cubic on long runs: a
 * line's indent is read within the line, as in LIST_LINE (`^\s*#?\s*` ran over every blank line
 * after each line start: 2,000 empty lines took 3 s, 8,000 three minutes); an indent, a "#" and more
 * indent are one reading (`#?` between two runs of blanks was quadratic on 40,000 spaces: 1.8 s); and
 * a snake_case key is split at its first "_" (`\w*_\w*` was quadratic on "a_ba_b..."). The texts it
 * matches are the ones it matched: a line the old reading found across blank lines is found from its
 * own start.
 */
export const STRUCTURED_HINT =
  /```|"[\w ./-]{1,40}"\s*:|^[^\S\n\r\u2028\u2029]*(?:#[^\S\n\r\u2028\u2029]*)?(?:-\s+)?[a-z][a-z0-9]*_\w*\s*[:=]|^[^\S\n\r\u2028\u2029]*[\w /-]{1,40}\s(?:=|\|)\s*\S|\s#\s/im;
/** A key and its value, with an optional trailing "# comment" (a "#" after a space). */
const KEY_VALUE_LINE =
  /^(\s*)(?:#\s*)?(?:[-*•]\s+)?["']?([A-Za-z][\w ./-]{0,48}?)["']?\s*(?::|=|\s\|)\s*(?!\/\/)([^#\n]*?)(?:\s+#\s*(.*))?\s*$/;
/** A value that says the need is off: false, no, none, null, n/a, tbd, 0, off, an empty string. */
const NO_VALUE = /^(?:false|no|nope|none|null|nil|n\/a|na|tbd|tbc|off|not needed|not required|""|''|-|—)$/i;
/** A value that says the need is on: true, yes, required, must, on. */
const YES_VALUE = /^(?:true|yes|y|required|must|must have|on|needed)$/i;

/** A sign that declines a line, or puts it off or in doubt: ❌, :x:, 🤷, ⏳. */
const DECLINED_SIGN = `(?:❌|✗|✘|🚫|⛔|🤷|⏳|❓|:(?:x|no_entry|no_entry_sign|heavy_multiplication_x|negative_squared_cross_mark|shrug|hourglass(?:_flowing_sand)?|question):)`;
/** A tag that declines a list item: "(dropped)", "(done elsewhere: ...)". */
const DECLINED_TAG = String.raw`\((?:dropped|cut|descoped|de-scoped|removed|struck|rejected|not needed|not required|out of scope|done elsewhere|handled elsewhere|deferred|parked|later|n\/a)\b`;
/**
 * A line marked as declined, unsure or later: "❌ multi-cluster", ":x: wasm", "🤷 egress", "⏳ ambient";
 * or a list item tagged so: "- multi-cluster (dropped)", "> EnvoyFilter (done elsewhere: Skupper)".
 */
const DECLINED_MARK = new RegExp(
  String.raw`^\s*(?:[-*•>]\s*)?(?:\[[ x]\]\s*)?${DECLINED_SIGN}|^\s*(?:[-*•>]|\d{1,2}[.)]|\[[ x]\])\s[^()\n]{1,60}${DECLINED_TAG}`,
  'iu',
);
/** Whether a text may hold a table or a declined line at all (most do not: they are returned as they are). */
const MAY_DECLINE = new RegExp(String.raw`\||${DECLINED_SIGN}|${DECLINED_TAG}`, 'iu');
/** A Markdown table's row, and its separator row. */
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$/;
/** A table column that says whether a row is wanted: "priority", "need?", "status", "in scope". */
const PRIORITY_HEADER =
  /\b(?:priority|prio|need(?:ed)?|required|requirement level|must|status|wanted?|in scope|importance|now\??)\b/i;
/** A priority cell that declines its row: "no", "won't", "n/a", "later", "dropped", "—". */
const DECLINED_CELL =
  /^(?:no\b|nope\b|n\/?a\b|won'?t\b|not (?:needed|required|now|in scope|wanted|a (?:need|requirement|priority|must))\b|out of scope\b|later\b|dropped\b|deferred\b|parked\b|none\b|skip\b|cut\b|removed\b|descoped\b|out\b|[-—–]+$|❌|✗|✘|🚫|:x:)/iu;

/**
 * A requirements list or table as the rules read it: the items it declines taken out, the rest as
 * sentences. A line marked ❌ is declined; a Markdown table row is declined by its priority column
 * ("| multi-cluster | no | one region |"), the column headed so, or else the second. Rows kept read
 * "item: priority, notes.". (A checklist's boxes are left as they are: "[x]" means "wanted" in some
 * lists and "done, settled" in others.)
 */
export function withoutDeclinedItems(raw: string): string {
  if (!raw.includes('\n') || !MAY_DECLINE.test(raw)) return raw;
  const lines = raw.split('\n');
  let priorityColumn = 1;
  let header = true;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (DECLINED_MARK.test(line)) return;
    const row = TABLE_ROW.exec(line);
    if (!row) {
      header = true;
      out.push(line);
      return;
    }
    if (TABLE_RULE.test(line)) return;
    const cells = (row[1] as string).split('|').map((c) => c.trim());
    if (header) {
      header = false;
      const at = cells.findIndex((c, j) => j > 0 && PRIORITY_HEADER.test(c));
      // A header row names its columns; the rows under it are read by it.
      if (TABLE_ROW.test(lines[i + 1] ?? '') && TABLE_RULE.test(lines[i + 1] ?? '')) {
        priorityColumn = at > 0 ? at : 1;
        return;
      }
    }
    if (DECLINED_CELL.test(cells[priorityColumn] ?? '')) return;
    const [item, ...rest] = cells;
    out.push(`${item}: ${rest.filter(Boolean).join(', ')}.`);
  });
  return out.join('\n');
}

/**
 * A question's text as the rules read it: emoji between thoughts as sentence ends, struck-through
 * text and declined list items out, lines as sentences, normalised, cut to MAX_QUESTION_CHARS.
 */
export function rulesText(raw: string): string {
  return normalizeText(
    linesAsSentences(
      withoutDeclinedItems(withoutUnchecked(withoutStruck(emojiAsStops(structuredAsSentences(raw))))),
    ),
  ).slice(0, MAX_QUESTION_CHARS);
}

/** How many ticked items withoutUnchecked reads to tell what the ticks mean. */
const MAX_TICKED_READ = 40;
const CHECKED_LINE = /^[ \t]*(?:[-*•][ \t]*)?\[[xX✓✔]\]([^\n]*)/gm;
const UNCHECKED_LINE = /^[ \t]*(?:[-*•][ \t]*)?\[ \][^\n]*(?:\n|$)/gm;

/**
 * A checklist's unticked boxes taken out where the ticked ones are the needs: "- [x] mTLS
 * everywhere\n- [ ] multi-cluster" wants mTLS and not multi-cluster. Where no ticked box states a
 * need, the ticks mark points settled ("[x] single cluster only, no multi-cluster needed", "[x]
 * canaries: n/a") and the open boxes are the needs (a ticket's acceptance criteria): left as they are,
 * as is a list with no box ticked.
 */
export function withoutUnchecked(raw: string): string {
  if (!raw.includes('[ ]')) return raw;
  // The first few ticked items decide (a pasted wall of boxes is read no further), each cut short.
  let read = 0;
  for (const m of raw.matchAll(CHECKED_LINE)) {
    if (factorsOf(normalizeText((m[1] as string).slice(0, 300))).length > 0)
      return raw.replace(UNCHECKED_LINE, '');
    if (++read === MAX_TICKED_READ) break;
  }
  return raw;
}

/**
 * An emoji code between two thoughts ends the first, for the rules that read sentences ("nodes at 85%
 * memory :grimacing: which mesh should we roll out?"); the model reads the text without it.
 */
export function emojiAsStops(raw: string): string {
  return raw.replace(/(?<=[a-z0-9)%])[ \t]*(?::[a-z0-9_+'-]+:)+[ \t]+(?=[a-z])/gi, '. ');
}

/**
 * Slack's struck-through text (~like this~) taken out: what the writer crossed out is not what they
 * ask ("R4: ~multi-cluster~ - dropped"). Only a span that opens after a space and closes before one
 * or punctuation, so "~50 pods and ~85% memory" keeps its approximations; Markdown's ~~double~~
 * strikes, pasted from docs and tickets, too.
 */
export function withoutStruck(raw: string): string {
  return raw.replace(
    /(^|[\s(>])(~~?)(?=[^\s~])([^~\n]{0,100}?[^\s~])\2(?=$|[\s).,!?:;\u2013\u2014-])/g,
    '$1',
  );
}

export function factorsOf(normalized: string): FactorId[] {
  const said = extractFactors(normalized);
  // A count stands for a need unless that need is named and ruled out: "team of 6 ... ease of
  // operation isn't something we optimise for", "2 clusters, multi-cluster is out of scope", or the
  // text settles it ("2 clusters exist but they're independent and will stay that way").
  const counted = numericFactors(normalized).filter(
    (f) => said.includes(f) || (!mentionsFactor(f, normalized) && !settledAgainst(f, normalized)),
  );
  return [...new Set([...said, ...counted])];
}

export class Matcher {
  readonly params: MatcherParams;
  readonly answerAt: number;
  readonly suggestAt: number;
  readonly classes: readonly string[];
  private readonly entryCount: number;
  private readonly oosClass: number;
  private readonly featurizer: Featurizer;
  private readonly regression?: SoftmaxRegression;
  private readonly centroids?: CentroidModel;
  private bm25: Bm25;
  private readonly knn: NearestPhrasings | null;
  private knownWords = new Set<string>();
  /** Learned phrasings (as prepared) to their entry class: a curator linked exactly this question. */
  private learned = new Map<string, number>();
  /**
   * Built on the first word it is asked about (about a tenth of a second on the real knowledge
   * base), not at start-up: a question with every word known never needs it. Shared with the
   * matchers `withLearned` derives, so it is built once.
   */
  private readonly speller: { value: Speller | null; build: () => Speller };
  private answers = new Map<string, Reply>();
  /** Each decision factor's answer entry (the capability it is about). */
  private readonly factorAnswer: ReadonlyMap<string, string>;
  /** Each keyword that exactly one entry lists (keywordKey), with that entry's id. */
  private readonly keywordOwner: ReadonlyMap<string, string>;
  /**
   * The learned readers as given in the options; undefined means the shipped one, read from its file
   * on first use (or by `warm()`), so that start-up does not wait on about 0.1 s of weight files.
   */
  private readonly readers: Pick<MatcherOptions, 'needsReader' | 'needsVeto' | 'askReader'>;
  private readonly unsureNeedsAt: number | null;
  private readonly askOverCardAt: number | null;
  /** See MatcherOptions.cardOverPickAt. */
  private readonly cardOverPickAt: number;
  private readonly otherScriptAnswerAt: number;
  private readonly brahmicAnswerAt: number;
  private readonly otherScriptAgreement: boolean;
  /** The last question's prepared text and scores, for reading it again with more needs. */
  private lastScored: { raw: string; prepared: string; scored: Scored } | undefined;
  /** The last question's normalised text and asking segments: compute() and withReadNeeds() read the same question. */
  private lastText: { raw: string; normalized: string; segments?: readonly string[] } | undefined;
  private lastGloss: { normalized: string; glossed: string } | undefined;
  /**
   * Whether the rules took the last question computed to ask about one capability ("which mesh is
   * more extensible?", "who's better at fault injection?"); undefined when compute() returned before
   * deciding. overCard() leaves such a card in place.
   */
  private lastCapability: { raw: string; capability: boolean } | undefined;
  private readonly topics: Fuse<{ id: string; title: string; keywords: string }>;
  /** Milliseconds the fitting took (for the benchmark and the start-up log). */
  readonly fitMs: number;
  /** Milliseconds per stage of the build (features, model, bm25, known words, topics), for the benchmark. */
  readonly stages: Record<string, number> = {};

  constructor(
    readonly kb: KnowledgeBase,
    options: MatcherOptions = {},
  ) {
    const started = performance.now();
    const base = options.params ? { ...loadParams(), ...options.params } : loadParams();
    this.params = {
      ...base,
      ...(options.answerAt !== undefined ? { answerAt: options.answerAt } : {}),
      ...(options.suggestAt !== undefined ? { suggestAt: options.suggestAt } : {}),
    };
    this.answerAt = this.params.answerAt;
    this.suggestAt = this.params.suggestAt;
    const { examples, classes } = trainingExamples(kb);
    this.classes = classes;
    this.entryCount = kb.entries.length;
    this.factorAnswer = new Map(kb.decisionTable.factors.map((f) => [f.id, f.answer]));
    this.keywordOwner = uniqueKeywords(kb);
    this.readers = {
      needsReader: options.needsReader,
      needsVeto: options.needsVeto,
      askReader: options.askReader,
    };
    this.unsureNeedsAt = options.unsureNeedsAt === undefined ? UNSURE_NEEDS_AT : options.unsureNeedsAt;
    this.askOverCardAt = options.askOverCardAt === undefined ? ASK_OVER_CARD_AT : options.askOverCardAt;
    this.cardOverPickAt = Math.max(this.answerAt, options.cardOverPickAt ?? CARD_OVER_PICK_AT);
    this.otherScriptAnswerAt = options.otherScriptAnswerAt ?? OTHER_SCRIPT_ANSWER_AT;
    this.brahmicAnswerAt = options.brahmicAnswerAt ?? BRAHMIC_ANSWER_AT;
    this.otherScriptAgreement = options.otherScriptAgreement ?? false;
    this.oosClass = classes.length > this.entryCount ? this.entryCount : -1;

    let mark = performance.now();
    const stage = (name: string) => {
      const now = performance.now();
      this.stages[name] = now - mark;
      mark = now;
    };
    const ys = examples.map((e) => e.cls);
    const regression = classes.length <= MAX_REGRESSION_CLASSES;
    const wantsKnn = this.params.knnWeight > 0 || options.nearestPhrasings === true;
    // A restart with the same knowledge base and code loads what the last build learned.
    const seed = options.seed ?? SHIPPED_SEED;
    const snapFile = regression ? snapshotFile(examples, classes.length, { ...this.params, seed }) : null;
    const snap = snapFile ? readSnapshot(snapFile, classes.length) : null;
    /** The nearest-phrasings index over the training vectors (when wanted). */
    const nearest = (xs: readonly SparseVector[]) => {
      const knn = new NearestPhrasings(classes.length);
      examples.forEach((e, i) => {
        if (e.bm25) knn.add(e.cls, xs[i] as SparseVector);
      });
      return knn;
    };
    let vocabulary: KnownWords;
    if (snap) {
      this.featurizer = snap.featurizer;
      this.regression = snap.regression;
      this.bm25 = snap.bm25;
      // The snapshot keeps no training vectors; the restored featurizer gives the same ones.
      this.knn = wantsKnn ? nearest(examples.map((e) => snap.featurizer.transform(prepare(e.text)).x)) : null;
      vocabulary = snap.words;
      stage('snapshot');
    } else {
      // The regression's workers start now, so that they are ready (and have written to the pages
      // of the fits' arrays, see fit-parallel.ts) by the time the examples are.
      const workers = regression && options.parallelFit !== false ? FitWorkers.start(this.params.fits) : null;
      // Normalised once: the training form (synonyms mapped) and the known words both start here.
      let normalized: string[];
      let feats: Transformed[];
      let xs: SparseVector[];
      // BM25, the nearest phrasings and the known words: built by index() while the worker fits, or
      // else after the model. Its time is recorded as its own stage (inside "model" too when the
      // worker's fit ran).
      const built: { value?: { bm25: Bm25; knn: NearestPhrasings | null; words: KnownWords } } = {};
      const index = () => {
        const from = performance.now();
        const bm25 = new Bm25(classes.length);
        examples.forEach((e, i) => {
          if (e.bm25) bm25.add(e.cls, (feats[i] as Transformed).tokens);
        });
        bm25.finish();
        const knn = wantsKnn ? nearest(xs) : null;
        const value = { bm25, knn, words: knownWordsOf(examples, normalized, this.oosClass) };
        built.value = value;
        this.stages['bm25 and known words'] = performance.now() - from;
        return value;
      };
      try {
        normalized = examples.map((e) => normalizeForMatching(e.text));
        const texts = normalized.map((n) => applySynonyms(n.slice(0, MAX_QUESTION_CHARS)));
        this.featurizer = new Featurizer(this.params.contextWeight, this.params.codeWeight);
        feats = this.featurizer.fit(texts, (columns) => workers?.reserve(columns * classes.length));
        xs = feats.map((f) => f.x);
        stage('features');
        if (regression) {
          this.regression = new SoftmaxRegression(this.featurizer.size, classes.length).fit(
            xs,
            ys,
            {
              l2: this.params.l2,
              epochs: this.params.epochs,
              seed,
              fits: this.params.fits,
            },
            // This thread builds the BM25 index and the known words while it waits for the worker.
            workers ? (d, seeds) => workers.fit(d, seeds, index) : undefined,
          );
        } else {
          this.centroids = new CentroidModel(classes.length).fit(xs, ys, this.featurizer.size);
        }
        stage('model');
      } finally {
        workers?.close();
      }
      const indexed = built.value ?? index();
      mark = performance.now();
      this.bm25 = indexed.bm25;
      this.knn = indexed.knn;
      vocabulary = indexed.words;
      if (snapFile && this.regression) {
        writeSnapshotSoon(snapFile, {
          featurizer: this.featurizer,
          bm25: this.bm25,
          regression: this.regression,
          words: vocabulary,
        });
      }
    }
    this.knownWords = new Set(vocabulary.known);
    const surface = vocabulary.surface;
    const frequency = new Map(vocabulary.frequency);
    this.speller = { value: null, build: () => new Speller(surface, frequency, MAX_CORRECTED_WORD) };
    this.topics = new Fuse(
      kb.entries.map((e) => ({
        id: e.id,
        title: e.title,
        keywords: [e.id.replace(/-/g, ' '), ...e.keywords].join(' | '),
      })),
      {
        includeScore: true,
        threshold: 0.4,
        ignoreLocation: true,
        keys: [
          { name: 'id', weight: 3 },
          { name: 'title', weight: 2 },
          { name: 'keywords', weight: 1 },
        ],
      },
    );
    stage('topics');
    this.fitMs = performance.now() - started;
  }

  /** Whether the fitted parts came from a start-up snapshot (src/intents/snapshot.ts) rather than a fit. */
  get fromSnapshot(): boolean {
    return 'snapshot' in this.stages;
  }

  /**
   * This matcher with phrasings learned from users (curators linked these questions to these
   * entries), in milliseconds and without refitting: the phrasings join BM25 as documents of their
   * entry, their words join the known words, and a question that is exactly a learned phrasing is
   * answered with its entry. The regression keeps what the knowledge base's files taught it; the
   * phrasings reach it when `npm run kb:learned` writes them into the files. This one is unchanged.
   */
  withLearned(extra: ReadonlyMap<string, readonly string[]>): Matcher {
    const m = Object.create(Matcher.prototype) as Matcher;
    Object.assign(m, this);
    m.answers = new Map();
    m.bm25 = this.bm25.clone();
    m.knownWords = new Set(this.knownWords);
    m.learned = new Map(this.learned);
    for (const [id, list] of extra) {
      const cls = this.classes.indexOf(id);
      if (cls < 0 || cls >= this.entryCount) continue;
      for (const text of list) {
        const prepared = prepare(text);
        if (!prepared) continue;
        m.bm25.add(cls, this.featurizer.transform(prepared).tokens);
        m.learned.set(learnedKey(prepared), cls);
        for (const w of words(normalizeText(text))) m.knownWords.add(w);
      }
    }
    m.bm25.finish();
    return m;
  }

  /**
   * Builds what is otherwise built on first use (the spelling index and the English word list,
   * about 80 ms; the literal guards of the factor patterns and the glossary's phrases, about
   * 0.2-0.3 s on a cold start; the shipped readers' weight files, about 0.1 s), so no question
   * waits on it.
   */
  warm(): void {
    if (this.readers.needsReader === undefined) shippedReader();
    if (this.readers.needsVeto === undefined) shippedVeto();
    if (this.readers.askReader === undefined) shippedAskReader();
    this.speller.value ??= this.speller.build();
    englishWords();
    factorGuard();
    phraseGuard();
    ASK_GUARD.build();
  }

  private get needsReader(): NeedsReader | null {
    const given = this.readers.needsReader;
    return given === undefined ? shippedReader() : given;
  }

  private get needsVeto(): NeedsVeto | null {
    const given = this.readers.needsVeto;
    return given === undefined ? shippedVeto() : given;
  }

  private get askReader(): AskReader | null {
    const given = this.readers.askReader;
    return given === undefined ? shippedAskReader() : given;
  }

  /** Nearest known word for a misspelt one, or null. */
  correct(word: string): string | null {
    // Only non-words are typos: a real English word the knowledge base lacks stays as typed.
    if (/\d/.test(word) || isEnglishWord(word.replace(/'s$/, ''))) return null;
    this.speller.value ??= this.speller.build();
    return this.speller.value.correct(word);
  }

  /** The question in the training form, misspelt words corrected first (at most a few per question). */
  prepareQuestion(raw: string): string {
    return applySynonyms(this.corrected(normalizeForMatching(raw).slice(0, MAX_QUESTION_CHARS)));
  }

  /**
   * The decision factors of a normalised text, as typed and as spelling correction reads it ("the
   * lowest latancy"). Correction only adds: it can also turn a word the knowledge base lacks into
   * one it has.
   */
  private needsOf(
    normalized: string,
    fixed = this.fixed(normalized),
    glossed = this.glossed(normalized),
  ): FactorId[] {
    const found = factorsOf(normalized);
    // Needs said partly in another language are read in English too.
    const inGloss = glossed === normalized ? [] : factorsOf(glossed);
    const more = [...(fixed === normalized ? [] : factorsOf(fixed)), ...inGloss];
    // Most questions need no correction and no gloss: their factors are not read twice.
    if (more.length === 0 && glossed === normalized) return found;
    // A need ruled out in the other language ("multi-cluster n'est pas nécessaire") is ruled out.
    const ruledInGloss = (f: FactorId) =>
      glossed !== normalized && !inGloss.includes(f) && mentionsFactor(f, glossed);
    return [...new Set([...found, ...more])].filter((f) => !ruledInGloss(f));
  }

  /** Normalised text as the pick rules read it: misspelt words and product names corrected. */
  private fixed(normalized: string): string {
    return fixQuestionWords(fixProductNames(this.corrected(normalized)));
  }

  /** Normalised text with misspelt words corrected (at most MAX_CORRECTIONS). */
  private corrected(text: string): string {
    // Each word (a letter, then letters, digits and apostrophes, as /[a-z][a-z0-9']*/g reads them),
    // found by hand: a replace with a callback built a new text even when, as mostly, nothing changed.
    let corrections = 0;
    let out = '';
    let last = 0;
    const n = text.length;
    for (let i = 0; i < n && corrections < MAX_CORRECTIONS; ) {
      if (!isLowerLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isWordTail(text.charCodeAt(j))) j++;
      const w = text.slice(i, j);
      if (w.length >= 4 && !STOPWORDS.has(w) && !this.knownWords.has(w)) {
        const c = this.correct(w);
        if (c) {
          corrections++;
          out += text.slice(last, i) + c;
          last = j;
        }
      }
      i = j;
    }
    return last === 0 ? text : out + text.slice(last);
  }

  /**
   * Both experts and the calibrator on a prepared text; with `without`, the scores given that the
   * answer is not that class (its probability removed and the rest renormalised).
   */
  scorePrepared(text: string, scoring: Scoring = this.params, without?: number): Scored {
    const { x, known, tokens } = this.featurizer.transform(text);
    return this.combine(x, known, tokens, scoring, without);
  }

  private combine(
    x: SparseVector,
    known: number,
    tokens: ReadonlyMap<string, number>,
    scoring: Scoring,
    without?: number,
  ): Scored {
    const C = this.classes.length;
    const logp = new Float64Array(C);
    const bm = this.bm25.score(tokens, scoring.topK);
    if (this.regression) {
      const p = this.regression.predict(x);
      for (let c = 0; c < C; c++) logp[c] = Math.log((p[c] as number) + 1e-12);
    } else if (this.centroids) {
      // Only BM25's best entries (and out-of-scope) are compared with their centroids.
      const candidates = topClasses(bm, this.entryCount, CENTROID_CANDIDATES);
      if (this.oosClass >= 0) candidates.push(this.oosClass);
      const s = this.centroids.similarity(x, candidates);
      // Cosine similarities as logits; the regression's scale is learned, this one is fixed by cosine's range.
      for (let c = 0; c < C; c++) logp[c] = 10 * (s[c] as number);
    }
    const nn = scoring.knnWeight > 0 && this.knn ? this.knn.score(x, scoring.topK) : null;
    let maxBm = 0;
    for (let c = 0; c < C; c++) if ((bm[c] as number) > maxBm) maxBm = bm[c] as number;
    const rel = maxBm > 0 ? 1 / maxBm : 0;
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < C; c++) {
      logp[c] =
        (logp[c] as number) +
        scoring.bm25Weight * (bm[c] as number) * rel +
        (nn ? scoring.knnWeight * (nn[c] as number) : 0);
      if ((logp[c] as number) > max) max = logp[c] as number;
    }
    let sum = 0;
    for (let c = 0; c < C; c++) {
      const e = c === without ? 0 : Math.exp((logp[c] as number) - max);
      logp[c] = e;
      sum += e;
    }
    if (without !== undefined) bm[without] = 0;
    const p = logp;
    for (let c = 0; c < C; c++) p[c] = (p[c] as number) / sum;
    const order = topClasses(p, this.entryCount, RANKED);
    const top = order[0];
    const second = order[1];
    const pTop = top === undefined ? 0 : (p[top] as number);
    const pSecond = second === undefined ? 0 : (p[second] as number);
    const pOos = this.oosClass >= 0 ? (p[this.oosClass] as number) : 0;
    // Log-odds, clipped: beyond ±6 (p < 0.25% or > 99.75%) a difference says nothing more.
    const logit = (q: number) => Math.max(-6, Math.min(6, Math.log((q + 1e-6) / (1 - q + 1e-6))));
    const calibration = [
      logit(pTop),
      pTop - pSecond,
      logit(pOos),
      known,
      Math.log1p(top === undefined ? 0 : (bm[top] as number)),
      // Whether BM25 alone would have picked the same entry: agreement between experts.
      top !== undefined && argmax(bm, this.entryCount) === top ? 1 : 0,
    ];
    const { weights, bias, mean, scale } = scoring.calibrator;
    const z = calibration.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] || 1));
    const confidence = top === undefined ? 0 : logistic(weights, bias, z);
    return { p, order, calibration, confidence };
  }

  private candidate(cls: number, p: Float64Array): Candidate {
    const id = this.classes[cls] as string;
    return {
      id,
      title: this.kb.byId.get(id)?.title ?? id,
      score: Math.round((p[cls] as number) * 1000) / 1000,
    };
  }

  /** Entry ids for a question, best first, with their combined probability (at most RANKED). */
  rank(raw: string, limit = 5): Candidate[] {
    const s = this.scorePrepared(this.prepareQuestion(raw));
    return s.order.slice(0, limit).map((c) => this.candidate(c, s.p));
  }

  /**
   * The whole pipeline. Replies are immutable and the knowledge base never changes under a
   * matcher, so repeated questions are served from a small bounded cache.
   */
  answer(raw: string): Reply {
    const cached = this.answers.get(raw);
    if (cached) {
      // Refresh recency: Maps iterate in insertion order, so the oldest entry is evicted first.
      this.answers.delete(raw);
      this.answers.set(raw, cached);
      return cached;
    }
    const script = otherScriptOf(raw);
    const reply = script
      ? this.inOtherScript(raw, script === 'brahmic' ? this.brahmicAnswerAt : this.otherScriptAnswerAt)
      : this.onAnotherMesh(
          raw,
          this.vetoed(raw, this.inEnglish(raw, this.withReadNeeds(raw, this.compute(raw)))),
        );
    if (raw.length <= ANSWER_CACHE_MAX_KEY) {
      this.answers.set(raw, reply);
      if (this.answers.size > ANSWER_CACHE_SIZE)
        this.answers.delete(this.answers.keys().next().value as string);
    }
    return reply;
  }

  /**
   * The reply with the needs the veto drops taken out, and its pick worked out again from the needs
   * kept (needs-veto.ts). The card stays: which card answers was decided on the needs read.
   */
  private vetoed(raw: string, reply: Reply): Reply {
    if (!this.needsVeto || reply.kind !== 'answer' || reply.factors.length === 0) return reply;
    const kept = this.needsVeto.keep(this.normalized(raw), reply.factors as FactorId[]);
    if (kept.length === reply.factors.length) return reply;
    return {
      ...reply,
      factors: kept,
      recommendation: reply.recommendation && kept.length > 0 ? this.recommend(kept) : null,
    };
  }

  /**
   * A message written mostly in Chinese, Japanese, Korean, Russian, Ukrainian, Hindi or Thai
   * ("チームは2人で、マルチクラスタは不要です。IstioとLinkerdどちらがおすすめ？", "нас трое, мультикластер
   * не нужен. Istio или Linkerd?"), read in the glossary's English only (glossary-cjk.ts,
   * glossary-cyrillic.ts, glossary-brahmic.ts). The ranker and the rules know no word of these
   * scripts: read as typed, only the English terms among them counted ("canary" alone would give the
   * traffic card to a request for a pick), and the words that ask, rule out or size the team were
   * lost.
   */
  private inOtherScript(raw: string, answerAt: number): Reply {
    const glossed = this.glossed(this.normalized(raw));
    const reply = this.vetoed(glossed, this.withReadNeeds(glossed, this.compute(glossed)));
    const query = stripSlackMarkup(raw);
    // The glossaries drop the words they do not know, so "周五团建去哪吃饭，有推荐吗" (where shall the
    // team eat on Friday, any recommendation?) reads ", recommend". A pick card read from no need
    // and no mesh named is no reading of the message: the fallback.
    if (
      reply.kind === 'answer' &&
      reply.entry.id === PICK_ENTRY &&
      reply.factors.length === 0 &&
      meshesIn(glossed).length === 0 &&
      !MESH_WORD.test(glossed)
    ) {
      const { intent, confidence } = reply;
      return {
        kind: 'fallback',
        query,
        intent,
        confidence,
        factors: [],
        examples: EXAMPLE_QUESTIONS,
        related: [],
      };
    }
    // A card on one topic below answerAt (OTHER_SCRIPT_ANSWER_AT, or BRAHMIC_ANSWER_AT) is offered
    // among suggestions (unless, with otherScriptAgreement, the message read as typed gets the same
    // card). The pick card stands: it comes from the needs read, not from the ranker.
    if (
      reply.kind === 'answer' &&
      reply.entry.id !== PICK_ENTRY &&
      reply.confidence < answerAt &&
      !(this.otherScriptAgreement && this.asTypedGives(raw, reply.entry.id))
    )
      return asSuggestions(reply, query, reply.confidence);
    return { ...reply, query };
  }

  /**
   * A card on Istio and Linkerd for a question about another mesh only ("FIPS support for Kuma?",
   * "performance overhead of OSM"): the card's entry speaks of neither mesh the question names, so it
   * is offered among suggestions instead of given as the answer.
   */
  private onAnotherMesh(raw: string, reply: Reply): Reply {
    if (reply.kind !== 'answer' || reply.entry.id === PICK_ENTRY) return reply;
    const text = this.normalized(raw);
    if (meshesIn(this.fixed(text)).length > 0) return reply;
    const named = OTHER_MESHES.filter((re) => re.test(text));
    if (named.length === 0) return reply;
    const { entry } = reply;
    const about = `${entry.title} ${entry.question} ${entry.keywords.join(' ')}`.toLowerCase();
    if (meshesIn(about).length === 0 || named.some((re) => re.test(about))) return reply;
    return asSuggestions(reply, reply.query, Math.min(reply.confidence, this.suggestAt));
  }

  /** Whether the message read as typed, its English terms only, gets this card too. */
  private asTypedGives(raw: string, id: string): boolean {
    const asTyped = this.compute(raw);
    return asTyped.kind === 'answer' && asTyped.entry.id === id;
  }

  /**
   * A question the matcher could not place, read again in the glossary's English where it has words
   * of another language ("Wir haben uns für Linkerd entschieden. Welche Version ist aktuell?"): the
   * ranker knows only the knowledge base's English. The English reading answers only when it is
   * sure; otherwise the first reply stands.
   */
  private inEnglish(raw: string, reply: Reply): Reply {
    const onOtherCard = reply.kind === 'answer' && reply.entry.id !== PICK_ENTRY;
    if (reply.kind !== 'fallback' && reply.kind !== 'suggest' && !onOtherCard) return reply;
    const normalized = this.normalized(raw);
    const glossed = this.glossed(normalized);
    if (glossed === normalized) return reply;
    const again = this.withReadNeeds(glossed, this.compute(glossed));
    if (again.kind !== 'answer') return reply;
    // A card on one capability stands unless the English reading asks for the pick with needs
    // ("Canary-Releases ... Fault Injection ... Was würdet ihr nehmen, Istio oder Linkerd?": the
    // capability words are English, the ask is not).
    if (onOtherCard && !(again.entry.id === PICK_ENTRY && again.recommendation)) return reply;
    return { ...again, query: reply.query };
  }

  /**
   * The needs the learned reader finds in a normalised text beyond those the rules read: none that
   * the rules saw named and ruled out ("we don't need canaries", "a platform team of 12"), since
   * they read its words and decided.
   */
  private readNeeds(normalized: string, ruled: readonly FactorId[], threshold?: number): FactorId[] {
    if (!this.needsReader) return [];
    const found = this.needsReader.needs(normalized, threshold);
    if (found.length === 0) return [];
    const counted = countedFactors(normalized);
    // "a sidecarless option to cut overhead" names one need, as the rules read it.
    const overheadAsReason = ruled.includes('sidecarless') && overheadOnlyAsReason(normalized);
    // Nor one they saw in the English gloss of another language ("overhead pro pod ist uns egal").
    const glossed = this.glossed(normalized);
    return found.filter(
      (f) =>
        !ruled.includes(f) &&
        !counted.includes(f) &&
        !mentionsFactor(f, normalized) &&
        !(glossed !== normalized && mentionsFactor(f, glossed)) &&
        !(f === 'low-overhead' && overheadAsReason) &&
        !settledAgainst(f, normalized),
    );
  }

  /**
   * The rules' reply with what the learned readers add. Only where a pick is at stake: the pick card
   * gets the needs the rules missed; a question the rules could not place (fallback or suggestions)
   * that asks about meshes is read again with them, which gives the pick card when the rules then
   * see a choice asked for; and failing that, a sure ask reader gives the pick card itself
   * (askedForPick). A card on another entry gives way to the pick card only where the ask reader is
   * surer still (overCard). Every other reply stands as the rules gave it.
   */
  private withReadNeeds(raw: string, reply: Reply): Reply {
    const onPickCard = reply.kind === 'answer' && reply.entry.id === PICK_ENTRY;
    if (reply.kind === 'answer' && !onPickCard) return this.overCard(raw, reply);
    const unplaced = reply.kind === 'fallback' || reply.kind === 'suggest';
    if (!(onPickCard || unplaced) || !(this.needsReader || (unplaced && this.askReader))) return reply;
    const normalized = this.normalized(raw);
    const more = this.readNeeds(normalized, reply.factors);
    if (reply.kind === 'answer') {
      if (more.length === 0) return reply;
      const factors = [...reply.factors, ...more];
      return {
        ...reply,
        intent: 'recommend',
        factors,
        recommendation: this.recommend(factors),
      };
    }
    const fixed = this.fixed(normalized);
    // Read again with the reader's needs: about service meshes, not another product ("pgbouncer as a
    // sidecar or central?"), not "a mesh wifi system for a 3 floor house".
    const aboutMeshes = meshesIn(fixed).length > 0 || aboutServiceMeshes(fixed);
    if (aboutMeshes && more.length > 0 && !words(fixed).some((w) => FOREIGN_TERMS.has(w))) {
      const again = this.compute(raw, more, reply.factors);
      if (again.kind === 'answer' && again.entry.id === PICK_ENTRY && again.recommendation) return again;
    }
    return (
      this.askedForPick(raw, normalized, fixed, reply, [...reply.factors, ...more], aboutMeshes) ?? reply
    );
  }

  /**
   * A card on one entry for a question that asks which mesh to choose and states needs ("we need our
   * own wasm filter to scrub headers, which mesh do we standardise on?"): the words of the need pull
   * the ranker to that need's card (extensibility), and the ask rules do not know every way of
   * asking. Where the ask reader is at least askOverCardAt sure (higher than for a question the
   * rules could not place: here the ranker chose a card) and needs were read, the pick card, with
   * askedForPick's guards (about meshes, no other product asked about, no choice already made, no
   * how-to first). A card a curator linked to exactly this question stays, and so does a card on one
   * capability that the question compares the meshes on or asks about.
   */
  private overCard(raw: string, reply: AnswerReply): Reply {
    if (!this.askReader || this.askOverCardAt === null) return reply;
    // "Who's better at fault injection, istio or linkerd? we need 5s delays in staging": the card on
    // that capability answers, with the pick beside it (compute).
    if (this.lastCapability?.raw !== raw || this.lastCapability.capability) return reply;
    const normalized = this.normalized(raw);
    if (this.askReader.probability(normalized) < this.askOverCardAt) return reply;
    // compute() scored this question just before (lastScored).
    const prepared = this.lastScored?.raw === raw ? this.lastScored.prepared : this.prepareQuestion(raw);
    if (this.learnedClass(raw, prepared) !== undefined) return reply;
    const fixed = this.fixed(normalized);
    const needs = [...reply.factors, ...this.readNeeds(normalized, reply.factors)];
    if (needs.length === 0) return reply;
    const aboutMeshes = meshesIn(fixed).length > 0 || aboutServiceMeshes(fixed);
    return this.askedForPick(raw, normalized, fixed, reply, needs, aboutMeshes, this.askOverCardAt) ?? reply;
  }

  /** The entry a curator linked exactly this question to (withLearned), if any. */
  private learnedClass(raw: string, prepared: string): number | undefined {
    if (this.learned.size === 0) return undefined;
    return this.learned.get(learnedKey(prepared)) ?? this.learned.get(learnedKey(prepare(raw)));
  }

  /**
   * The pick card for a reply the rules could not place, when the ask reader is sure the question
   * asks for the pick (at least `atLeast` and its own threshold) and needs were read (`needs`; with
   * none, the needs reader's from unsureNeedsAt). Null when not.
   */
  private askedForPick(
    raw: string,
    normalized: string,
    fixed: string,
    reply: Reply,
    needs: readonly FactorId[],
    aboutMeshes: boolean,
    atLeast = 0,
  ): AnswerReply | null {
    const entry = this.kb.byId.get(PICK_ENTRY);
    if (!entry || !this.askReader || (needs.length === 0 && this.unsureNeedsAt === null)) return null;
    // The ask reader's scope is wider than "about service meshes": a question in the world a mesh
    // works in ("1,200 containers on a handful of machines ... what would you pick?") need not name
    // one. Chosen on end-to-end cross-validation by set: with the mesh world's words or the word
    // "mesh", 12 more picks right of 4,063 and none of the 1,302 other lines changed. Not a mesh of
    // wifi routers.
    const inScope = aboutMeshes || MESH_WORLD.test(fixed) || (MESH_WORD.test(fixed) && !WIFI.test(fixed));
    if (!inScope) return null;
    // Not when another product is named where the question asks: "legacy helm charts break with
    // sidecars ... mesh rec pls" names helm as context; "pgbouncer as a sidecar, which one?" asks
    // about it.
    if (this.asksAboutOtherProduct(raw, normalized)) return null;
    // Nor where other products are the options and no mesh is named ("Options: Velero, Kasten K10,
    // CloudCasa. Which one would you recommend?").
    if (
      meshesIn(fixed).length === 0 &&
      !MESH_WORD.test(fixed) &&
      (listsOtherOptions(normalized) || CHOOSING_OTHER_KIND.test(normalized))
    )
      return null;
    // Nor for a mesh already chosen, or a how-to, in any language the glossary reads ("ya elegimos
    // linkerd", "¿cómo hago que el sidecar arranque antes?").
    const glossed = this.glossed(normalized);
    if ([normalized, fixed, glossed].some(tellsOfChoice)) return null;
    // A how-to asked first ("¿cómo hago que el sidecar arranque antes?"); one asked on the side of a
    // choice ("... push through or roll back? also unrelated: what's the right way to restart
    // coredns?") leaves the choice asked.
    const first = this.segments(raw)[0] ?? normalized;
    if ([first, glossEnglish(first)].some((t) => HOW_TO.test(t))) return null;
    const asks = this.askReader.probability(normalized);
    if (asks < Math.max(atLeast, this.askReader.snapshot.options.threshold)) return null;
    const factors =
      needs.length > 0 ? needs : this.readNeeds(normalized, [], this.unsureNeedsAt ?? undefined);
    if (factors.length === 0) return null;
    return this.pickCard(entry, reply.query, factors, Math.round(asks * 1000) / 1000);
  }

  /**
   * The scores of a question whose mesh is already chosen ("we went with linkerd, decision's done.
   * what's the install path, helm or the cli?"). The words of the choice pull the ranker to the
   * "which mesh" card; the question is what comes after it, so where that card came first the
   * message is scored again without the sentences that tell of the choice. Unchanged otherwise.
   */
  private pastTheChoice(
    raw: string,
    normalized: string,
    fixed: string,
    glossed: string,
    scored: Scored,
  ): Scored {
    const [top] = scored.order;
    if (top === undefined || this.classes[top] !== PICK_ENTRY) return scored;
    const texts = [normalized, fixed, glossed];
    // "istio vs linkerd p99 overhead numbers? not asking which to pick": the asker says so.
    const denies = texts.some((t) => NOT_ASKING_CHOICE.test(t));
    const tells = texts.some(tellsOfChoice);
    if (!denies && !tells) return scored;
    if (!denies && (ASKS_VERDICT.test(normalized) || ASKS_MESH_CHOICE.test(normalized))) return scored;
    const told = (seg: string) =>
      [seg, glossEnglish(seg)].some((t) => DECIDED.test(t) || NOT_ASKING_CHOICE.test(t));
    const rest = this.segments(raw).filter((seg) => !told(seg));
    const text = rest.length > 0 ? rest.join('\n') : raw;
    // Scored again on the rest of the message, given that the answer is not the pick card.
    return this.scorePrepared(this.prepareQuestion(text), this.params, top);
  }

  /** Whether an entry is about a factor's capability: the decision table's answer, or a close one. */
  private answersFactor(factor: FactorId, id: string): boolean {
    return this.factorAnswer.get(factor) === id || ALSO_ANSWERS[id] === factor;
  }

  /** The English gloss of a normalised text (glossary.ts), the last one's kept: compute and readNeeds both read it. */
  private glossed(normalized: string): string {
    if (this.lastGloss?.normalized === normalized) return this.lastGloss.glossed;
    const glossed = glossEnglish(normalized);
    this.lastGloss = { normalized, glossed };
    return glossed;
  }

  /** A question's normalised text, cut to MAX_QUESTION_CHARS (the last one kept). */
  private normalized(raw: string): string {
    if (this.lastText?.raw === raw) return this.lastText.normalized;
    const normalized = rulesText(raw);
    this.lastText = { raw, normalized };
    return normalized;
  }

  /** A question's sentences and list items (segmentsOf), the last one's kept. */
  private segments(raw: string): readonly string[] {
    const text = this.lastText?.raw === raw ? this.lastText : undefined;
    if (text?.segments) return text.segments;
    const segments = segmentsOf(raw);
    if (text) text.segments = segments;
    return segments;
  }

  /**
   * Whether another product is named where the question asks: "legacy helm charts break with
   * sidecars ... mesh rec pls" names helm as context; "pgbouncer as a sidecar, which one?" asks
   * about it. With no part that asks in so many words, the whole message is where it asks.
   */
  private asksAboutOtherProduct(raw: string, normalized: string): boolean {
    const asking = askSegments(
      this.segments(raw),
      normalized,
      (seg) =>
        ASKING_SEGMENT.test(withoutPseudoCleft(seg)) || ASKS_VERDICT.test(seg) || VERDICT_WORDS.test(seg),
    );
    return asking.some((seg) => namesProduct(this.fixed(seg)));
  }

  /** The decision table's pick for these needs, each weighed 1. */
  private recommend(factors: readonly FactorId[]) {
    return scorePick(this.kb.decisionTable, Object.fromEntries(factors.map((f) => [f, 1])));
  }

  /** The pick card alone (no alternatives) for needs read from a question. */
  private pickCard(
    entry: AnswerReply['entry'],
    query: string,
    factors: readonly FactorId[],
    confidence: number,
  ): AnswerReply {
    return {
      kind: 'answer',
      query,
      intent: 'recommend',
      confidence,
      factors: [...factors],
      entry,
      alternatives: [],
      recommendation: this.recommend(factors),
    };
  }

  /**
   * The reply by the rules; `more` are needs read beside them (withReadNeeds), `ruled` the needs the
   * rules read on this same question before (not read again).
   */
  private compute(raw: string, more: readonly FactorId[] = [], ruled?: readonly FactorId[]): Reply {
    this.lastCapability = undefined;
    const query = stripSlackMarkup(raw);
    const normalized = this.normalized(raw);
    const whole = detectSmallTalk(normalized);
    if (whole) return { kind: 'smalltalk', query, intent: whole, confidence: 1, factors: [] };

    // The rules below read the text with typos fixed: "istio or linkred?" asks for a choice.
    const fixed = this.fixed(normalized);
    // Need and ask words of other languages, put into English (read beside the text, not instead).
    const glossed = this.glossed(normalized);
    const rules = ruled ?? this.needsOf(normalized, fixed, glossed);
    // A question read again with the needs the reader adds (withReadNeeds) is not scored twice.
    const last = this.lastScored?.raw === raw ? this.lastScored : undefined;
    const prepared = last?.prepared ?? this.prepareQuestion(raw);
    const scored = last?.scored ?? this.scorePrepared(prepared);
    this.lastScored = { raw, prepared, scored };
    const learnedCls = this.learnedClass(raw, prepared);
    // A curator linked exactly this question to an entry: that entry, with full confidence.
    const s =
      learnedCls === undefined
        ? this.pastTheChoice(raw, normalized, fixed, glossed, scored)
        : {
            ...scored,
            order: [learnedCls, ...scored.order.filter((c) => c !== learnedCls)],
            confidence: 1,
          };
    const intent = detectIntents(prepared)[0] ?? 'question';
    const factors = more.length === 0 ? [...rules] : [...new Set([...rules, ...more])];
    const confidence = Math.round(s.confidence * 1000) / 1000;
    const [top] = s.order;
    const topEntry = top === undefined ? undefined : this.kb.byId.get(this.classes[top] as string);
    const lead = leadingSmallTalk(normalized);

    // Stated needs plus "which one?" is a request for a pick (the decision factors are exact rules):
    // the "which mesh" card with the pick, whichever entry the words alone lean to.
    const pickEntry = this.kb.byId.get(PICK_ENTRY);
    // On the text before synonyms (they fold words such as "versus" that these rules read), as typed
    // and as corrected: correction can also turn a word the rules know into a neighbour.
    const either = (test: (text: string) => boolean) =>
      test(normalized) || (fixed !== normalized && test(fixed)) || (glossed !== normalized && test(glossed));
    // "What should I check?" asks what to do, not which mesh: "should I <verb>" counts as asking for
    // a choice only with a verb of choosing.
    const asksWhich = either((t) => detectIntents(t.replace(SHOULD_DO, ' ')).includes('recommend'));
    // A team size or a fleet written as numbers states a need too ("just two of us, linkerd or istio?").
    const countsStated = numericFactors(fixed).length > 0;
    // A pasted list of two or more items ("1. automatic mTLS 2. small ops burden") states needs too.
    const saysNeeds =
      either((t) => statesNeeds(t)) || (raw.replace(CODE_BLOCK, ' ').match(LIST_LINE) ?? []).length >= 2;
    const needsStated = countsStated || numericFactors(normalized).length > 0 || saysNeeds;
    const fixedWords = words(fixed);
    const meshesNamed = meshesIn(fixed).length;
    const namesOtherProduct = namesProduct(fixed);
    // Off-topic likelier than any entry, about another product ("MongoDB Atlas or self-hosted, team
    // of 4?"): "which mesh" among the top three then means nothing.
    const elsewhere =
      this.oosClass >= 0 &&
      top !== undefined &&
      (s.p[this.oosClass] as number) > (s.p[top] as number) &&
      namesOtherProduct;
    // A short fragment of needs ending in "mesh?" or a question mark and naming a mesh ("lean + easy
    // mesh?", "featherweight mesh w/ auto mTLS?") asks for one, unless it asks what or how.
    const fragmentAsk =
      factors.length > 0 &&
      fixedWords.length <= FRAGMENT_WORDS &&
      /\?\s*$/.test(fixed) &&
      /\bmesh\b/.test(fixed) &&
      !namesOtherProduct &&
      !QUESTION_WORD.test(fixed);
    // A verdict asked on a mesh the asker leans to or doubts ("is istio overkill for us?", "leaning
    // linkerd, sanity check?", "my lead wants istio, agree?") asks for the pick as much as "which one?".
    // A card on choosing that the words confidently match ("when is istio worth it?", "is linkerd a
    // simpler option?") answers such a verdict itself, with the pick beside it.
    // Not the card on when to choose the other mesh: "thinking istio ..., good choice?" is not
    // answered by when-linkerd. (linkerd-as-alternative answers questions that name istio.)
    const cardMesh = /^when-(istio|linkerd)$/.exec(topEntry?.id ?? '')?.[1];
    const onChoosingCard =
      topEntry?.group === 'choosing' &&
      topEntry.id !== pickEntry?.id &&
      confidence >= this.cardOverPickAt &&
      (cardMesh === undefined || meshesIn(fixed).includes(cardMesh as 'istio' | 'linkerd')) &&
      // A lean ("my gut says istio ... or is linkerd a better fit?") asks for the pick on it.
      !either((t) => LEANS.test(t));
    const verdictOnMesh = either((t) => ASKS_VERDICT.test(t));
    // A verdict asked on a mesh, whether the card on choosing answers it or the pick card does.
    const verdictWords =
      meshesNamed > 0 && (verdictOnMesh || either((t) => VERDICT_WORDS.test(t) && ADOPTING.test(t)));
    const asksVerdict = verdictWords && !onChoosingCard;
    // A mesh already chosen ("we went with linkerd because...") makes "which should we run, edge or
    // stable?" a question inside that mesh, unless the other mesh is named or a verdict is asked.
    // (A verdict read only in the spelling-corrected text does not undo a choice told of: "wir haben
    // uns für linkerd entschieden ... was kostet linkerd realistisch?" corrects to "linkerd realistic?".)
    // The card on choosing that answers the verdict ("we went with istio but ... is istio overkill?" ->
    // when-istio) does not make the choice told of settled: the pick still goes beside it.
    const verdictAsTyped =
      verdictWords &&
      [normalized, glossed].some((t) => ASKS_VERDICT.test(t) || (VERDICT_WORDS.test(t) && ADOPTING.test(t)));
    // A mesh said to be fixed for good ("istio is locked in for us ... or does istio cover that?") stays
    // chosen whatever verdict is asked of it: the verdict is on what it covers, not on the choice.
    const decided =
      (meshesNamed < 2 &&
        (!verdictAsTyped || either((t) => FIRMLY_DECIDED.test(t))) &&
        either((t) => DECIDED.test(t))) ||
      either((t) => NOT_ASKING_CHOICE.test(t));
    const onlyChoosing = either(asksOnlyToChoose);
    const asksChoice =
      !decided &&
      (asksWhich || fragmentAsk || asksVerdict || onlyChoosing || either((t) => ASKS_FOR_PICK.test(t)));
    const asksMeshChoice =
      !decided && (fragmentAsk || asksVerdict || onlyChoosing || either((t) => ASKS_MESH_CHOICE.test(t)));
    // Products named where the choice is asked ("nginx or traefik for low overhead?"), not in the
    // context around it ("- Kafka + Postgres, not in scope ... what would you pick?").
    const asksChoiceHere = (seg: string) =>
      ASKS_MESH_CHOICE.test(seg) ||
      ASKS_VERDICT.test(seg) ||
      /\b(?:which|what)\b/.test(withoutPseudoCleft(seg));
    const meshWorded = MESH_TERMS.test(fixed);
    const segments = this.segments(raw);
    const asking = askSegments(segments, normalized, asksChoiceHere);
    const asksAboutOtherProduct = asking.some(namesProduct);
    // Decision factors are mesh needs; with a mesh named too (or a term only meshes use: pod-to-pod
    // encryption, golden metrics), the question is ours whatever the score.
    // So is a list of two or more of them followed by "which way do we go?", unless another product
    // is named ("MongoDB Atlas or self-hosted, team of 4, which one?").
    const inScope =
      confidence >= this.suggestAt ||
      meshWorded ||
      (!elsewhere && s.order.slice(0, 3).some((c) => this.classes[c] === PICK_ENTRY)) ||
      (factors.length >= 2 && asksChoice && !asksAboutOtherProduct) ||
      // One need, a choice asked for and a mesh named or the word "mesh" or "proxy" ("ram very
      // limited. which service mesh fits", "no extra containers in the pods. linkerd or istio?").
      (factors.length >= 1 &&
        (asksChoice || asksMeshChoice) &&
        !asksAboutOtherProduct &&
        (meshesNamed > 0 ||
          /\b(?:mesh(?:es)?|prox(?:y|ies))\b|\bwhich of the two\b/.test(fixed) ||
          factors.some((f) => MESH_ONLY_FACTORS.has(f))));
    // A confident answer about another mesh ("cilium or istio for sidecarless?") keeps its own card.
    // Istio and Linkerd both offered beside it ("istio? linkerd? cilium?") make it a choice among
    // them all, which the pick card answers from the needs.
    const threeWayChoice =
      topEntry?.group === 'other-meshes' && meshesNamed === 2 && asksChoice && THREE_OFFERED.test(fixed);
    // Other meshes told of as context, and the choice asked between Istio and Linkerd alone ("App Mesh
    // is retired, our Kuma POC died. so: istio or linkerd?"): the choice is between those two. So
    // with a cloud's managed mesh as the context ("istio or linkerd? we're leaving app mesh").
    const offersOurTwo =
      (topEntry?.group === 'other-meshes' ||
        (topEntry?.id === 'managed-meshes' && OTHER_MESH_NAMED.test(fixed))) &&
      asking.some(
        (seg) =>
          OUR_TWO_OFFERED.test(seg) &&
          !OTHER_MESH_NAMED.test(seg) &&
          // Not a question of its own on them ("do we even need istio or linkerd on top?", "which
          // graduated first, linkerd or istio?").
          !OWN_QUESTION.test(seg) &&
          !/\bwhich (?!one\b|mesh\b)[a-z]+(?:ed|s)\b/.test(seg),
      );
    const aboutOtherMesh =
      topEntry?.group === 'other-meshes' &&
      confidence >= this.cardOverPickAt &&
      !threeWayChoice &&
      !offersOurTwo;
    // A confident answer on one capability ("which one actually cuts proxy memory?") keeps its card
    // and carries the pick beside it (below); "which" alone does not make a question a mesh choice.
    // The card that the words lean to answers a need the asker ruled out ("which one in general? we
    // don't need multi-cluster or egress stuff"): the ruled-out words do not choose the answer.
    const answersRuledOut =
      topEntry !== undefined &&
      !factors.some((f) => this.answersFactor(f, topEntry.id)) &&
      FACTOR_IDS.some((f) => this.answersFactor(f, topEntry.id) && mentionsFactor(f, normalized));
    const confident =
      topEntry !== undefined &&
      topEntry.id !== pickEntry?.id &&
      confidence >= this.cardOverPickAt &&
      !answersRuledOut;
    // "Which mesh supports Wasm plugins?" asks about one capability even though it says "which mesh":
    // every factor it names is answered by the card it confidently matches, and it states no needs
    // of its own. That card answers, with the pick beside it; "we need Wasm, which mesh?" still gets
    // the pick card.
    const factorsOnCard =
      confident && factors.length > 0 && factors.every((f) => this.factorAnswer.get(f) === topEntry?.id);
    const onCardsFactors = factorsOnCard && !needsStated;
    // A move under way is a situation, not a capability: "half-migrated, new service: which mesh?"
    // asks for the pick card (the running-both card carries the pick when no mesh choice is asked).
    // A need said with no verb or comparison at all ("multi-region mesh, which one?", "egress choke
    // point, mesh?") is a need, not a question about it: the pick card.
    // "Which mesh is more extensible? we need custom logic in the proxy" compares the meshes on the
    // card's one capability: that card, with the pick beside it, even though a need is stated.
    // "We want X and Y. Which mesh is better for this?" points back at the needs just stated: the
    // pick, not the card.
    const comparesOnCard =
      factorsOnCard &&
      COMPARES_CAPABILITY.test(fixed) &&
      !(needsStated && either((t) => POINTS_BACK.test(t)));
    // The capability words are read where the choice is asked: "east and west clusters can't reach
    // each other. Which mesh?" states a pain, then asks for the pick.
    const capabilityQuestion =
      (onCardsFactors &&
        !factors.includes('mid-migration') &&
        !asking.some((seg) => ASKS_WHICH_TO_PICK.test(seg)) &&
        !either((t) => WHICH_IS_THAT.test(t)) &&
        asking.some((seg) => CAPABILITY_ASK.test(seg))) ||
      comparesOnCard;
    // A verdict word alone ("worth it?") after a capability the card answers asks about that capability.
    const verdictOnCapability =
      asksVerdict && !verdictOnMesh && onCardsFactors && !factors.includes('mid-migration');
    // "Which mesh features do that?" asks for the features, which the card names.
    const confidentElsewhere =
      confident &&
      (capabilityQuestion || verdictOnCapability || !asksMeshChoice || either((t) => ASKS_FEATURES.test(t)));
    // A short message that only states a count ("we are 3 engineers", "we have 2 clusters") is what
    // /mesh-pick takes: said to the bot, it asks for the pick. Not when it names a mesh (then it
    // asks about it: "zero trust istio vs linkerd"), another product ("3 of us, postgres"), or the
    // model places it confidently on an entry.
    const needsOnly =
      countsStated &&
      !confident &&
      fixedWords.length <= NEEDS_ONLY_WORDS &&
      !namesOtherProduct &&
      meshesNamed === 0;
    // Needs stated in so many words ("security wants every call out through one gateway") and then
    // "istio vs linkerd?": the two meshes are weighed for those needs, which is the pick. When the
    // words confidently ask about one capability, only if several needs reach beyond that card
    // (one need beside a capability question is a detail of it: "...bonus if ambient too").
    // A side-by-side asked for on a list of aspects ("istio vs linkerd on security, performance,
    // multi-cluster") is the comparison, not a pick, when the words confidently say so.
    const wantsComparison =
      confident && topEntry?.id === 'head-to-head' && either((t) => ASKS_COMPARISON.test(t));
    // Two or more needs that nothing confidently answers ("*easy upgrades*, *under 20MB per proxy*.
    // linkerd vs istio?") are weighed too, however they are said.
    const weighsForNeeds =
      (saysNeeds || (factors.length >= 2 && !confident)) &&
      asksMeshChoice &&
      !wantsComparison &&
      (!confident ||
        (factors.length >= 2 && factors.some((f) => this.factorAnswer.get(f) !== topEntry?.id)) ||
        // "sidecars are a no-go for us, ~300 cronjobs never exit with one. istio vs linkerd?": a need
        // said in so many words that the card the words lean to does not answer.
        // Not when a question of its own is asked ("tracing in istio vs linkerd: does either one...?").
        (saysNeeds &&
          factors.length === 1 &&
          factors.every((f) => this.factorAnswer.get(f) !== topEntry?.id) &&
          !segments.some((seg) => seg.includes('?') && OWN_QUESTION.test(seg))));
    // The options offered are other products ("EKS, GKE or AKS for the least ops work?", "argo
    // rollouts or spinnaker?"): a choice among them, not a mesh, whatever needs it states.
    // A message with no mesh word at all that offers other products anywhere ("ingress-nginx,
    // Traefik or HAProxy Ingress. 3 clusters... Which one?") or says what kind of thing it picks
    // ("metrics backend decision", "which gitops tool") chooses among them.
    // A mesh named only as context, never offered as an option ("istio already exports spans. For the
    // backend: Jaeger, Tempo or Honeycomb? which one"), leaves the choice among the other products.
    const offered = askSegments(segments, normalized, asksChoiceHere, true);
    // So do other products offered anywhere in a message that offers no mesh ("feature flags: LaunchDarkly
    // vs Unleash vs Flagsmith ... we thought about canaries in the mesh instead ... which service?").
    const othersOnly = !asksVerdict && !either((t) => MESHES_OFFERED.test(t));
    const choosesOtherProducts =
      ((meshesNamed === 0 || othersOnly) &&
        (choosesAmongOthers(offered, normalized, meshWorded) ||
          (othersOnly && offersOtherProducts(normalized)))) ||
      (meshesNamed === 0 && offered.some(offersExtensionKinds));
    const wantsPick = !choosesOtherProducts && (needsOnly || (inScope && (asksChoice || weighsForNeeds)));
    // The "which mesh" card, with the pick when needs were read.
    const whichMeshCard = (entry: AnswerReply['entry']): AnswerReply => ({
      kind: 'answer',
      query,
      intent: 'recommend',
      confidence: Math.max(confidence, this.answerAt),
      factors,
      entry,
      alternatives: s.order
        .filter((c) => this.classes[c] !== entry.id)
        .slice(0, 3)
        .map((c) => this.candidate(c, s.p)),
      recommendation: factors.length > 0 ? this.recommend(factors) : null,
    });
    if (pickEntry && factors.length > 0 && wantsPick && !aboutOtherMesh && !confidentElsewhere)
      return whichMeshCard(pickEntry);
    // "istio, linkerd or consul, which one?" with no need stated: still a choice among them, which
    // the pick card answers by asking for the needs.
    if (pickEntry && !choosesOtherProducts && threeWayChoice) return whichMeshCard(pickEntry);
    // "Which has the smoother upgrade path, istio or linkerd?": the two meshes compared on one capability.
    const comparesOneCapability = either((t) => COMPARES_CAPABILITY.test(t));
    // What overCard reads: whether the rules took the question to ask about one capability.
    this.lastCapability = {
      raw,
      capability:
        capabilityQuestion ||
        verdictOnCapability ||
        comparesOneCapability ||
        either((t) => ASKS_FEATURES.test(t)),
    };
    // "linkerd vs istio for us? no special reqs, just want a rec", "linkerd or istio for our new
    // project?": both meshes offered and a choice asked, nothing confidently about anything else, no
    // need stated and no one capability compared. The pick card asks for the needs.
    if (
      pickEntry &&
      factors.length === 0 &&
      wantsPick &&
      (meshesNamed === 2 || either((t) => WHICH_MESH_TO_ADOPT.test(t))) &&
      (!confident || offersOurTwo) &&
      !aboutOtherMesh &&
      !decided &&
      !comparesOneCapability
    )
      return whichMeshCard(pickEntry);
    // "Istio or Linkerd, which should we use?" asks for exactly what the "which mesh" card is: when
    // that card is the best match, it is the answer, however few words the question has.
    const choiceAnswer =
      topEntry !== undefined &&
      topEntry.id === pickEntry?.id &&
      asksWhich &&
      asksMeshChoice &&
      // Both meshes named and a choice asked for ("linkerd vs istio which one"): the card, however unsure.
      (confidence >= this.suggestAt || meshesNamed === 2);
    // The pick card does not answer a choice between other products, however sure the words are.
    // Nor does any card, when the message has no mesh word at all: "Kong vs Tyk vs Apigee, which API
    // gateway?" gets suggestions (the gateway-vs-mesh card among them), not a card that answers
    // another question.
    const pickForOthers =
      choosesOtherProducts && (topEntry?.id === pickEntry?.id || !(meshWorded || MESH_TOOLS.test(fixed)));
    // A choice of mesh asked with every need the top card answers ruled out, or with needs named
    // only to rule them out ("we don't need canaries, egress control or multi-cluster. so which mesh
    // is the sane default?"): the "which mesh" card.
    // (The factor patterns run last: most questions ask no choice of mesh.)
    const onlyRuledOut = () =>
      factors.length === 0 && !confident && FACTOR_IDS.some((f) => mentionsFactor(f, normalized));
    if (
      pickEntry &&
      asksWhich &&
      asksMeshChoice &&
      !choosesOtherProducts &&
      (answersRuledOut || onlyRuledOut())
    )
      return whichMeshCard(pickEntry);
    // "Which mesh handles egress control better?": the two meshes compared on one capability, with no
    // need stated, and the capability's card ranked first (above the suggestion threshold). That card
    // answers, as it would a plain question on the capability.
    const comparedOnTopCard =
      topEntry !== undefined &&
      topEntry.id !== pickEntry?.id &&
      topEntry.group !== 'choosing' &&
      factors.length === 0 &&
      confidence >= this.suggestAt &&
      comparesOneCapability;
    const vague = VAGUE_REQUEST.test(fixed);
    // A question that is exactly a keyword of one entry ("traffic splitting", typed as into a search
    // box) asks for that entry's card when the matcher ranks it first too. (Keywords are at most 60
    // characters; a longer text is looked up only when it could be one with its markup taken out.)
    const exactKeyword =
      topEntry !== undefined &&
      confidence < this.answerAt &&
      normalized.length <= KEYWORD_MAX_CHARS &&
      keywordKey(raw) !== '' &&
      this.keywordOwner.get(keywordKey(normalized)) === topEntry.id;
    if (
      topEntry &&
      !pickForOthers &&
      !vague &&
      (confidence >= this.answerAt || choiceAnswer || comparedOnTopCard || exactKeyword)
    ) {
      // A question that states needs gets the pick: on the "which mesh" card, or beside the
      // capability it asks about when it also says what the team needs.
      // Not beside a card for a team that already chose or runs a mesh and asks about it ("istio has
      // been in prod for 18 months ... WasmPlugin or EnvoyFilter?"), unless it asks for a verdict or
      // names the other mesh too (a switch weighed).
      const settled =
        decided || (meshesNamed < 2 && !verdictWords && !asksMeshChoice && either((t) => IN_USE.test(t)));
      // Nor beside a card for a choice between other products ("Envoy Gateway or Apigee?").
      const pickWanted =
        factors.length > 0 &&
        !choosesOtherProducts &&
        (topEntry.id === PICK_ENTRY ||
          (onCardsFactors && !decided && (asksWhich || asksMeshChoice)) ||
          (needsStated && !settled && !either((t) => HOW_TO.test(t))));
      const recommendation = pickWanted ? this.recommend(factors) : null;
      return {
        kind: 'answer',
        query,
        intent: recommendation ? 'recommend' : intent,
        confidence: Math.max(confidence, this.answerAt),
        factors,
        entry: topEntry,
        alternatives: s.order.slice(1, 4).map((c) => this.candidate(c, s.p)),
        recommendation,
      };
    }
    // "thanks, that was super helpful" is small talk; "Hi all! <a paragraph with a question>" is a
    // question the matcher is unsure of: it gets suggestions or the fallback, not a hello.
    if (lead && (lead === 'help' || fixedWords.length <= SMALL_TALK_MAX_WORDS))
      return { kind: 'smalltalk', query, intent: lead, confidence: 1, factors: [] };
    // The best three entries: the "did you mean" candidates, or the fallback's related answers.
    const bestThree = () => s.order.slice(0, 3).map((c) => this.candidate(c, s.p));
    if (top !== undefined && confidence >= this.suggestAt) {
      return {
        kind: 'suggest',
        query,
        intent,
        // A vague request is offered suggestions however sure the words were: as unsure as they go.
        confidence: vague ? this.suggestAt : confidence,
        factors,
        candidates: bestThree(),
      };
    }
    // Too unsure for a "did you mean", yet leaning to some entry: the fallback lists the best
    // entries as related answers (a pasted bug report on a topic the knowledge base covers).
    const related = top !== undefined && (s.p[top] as number) >= this.params.relatedAt ? bestThree() : [];
    return { kind: 'fallback', query, intent, confidence, factors, examples: EXAMPLE_QUESTIONS, related };
  }

  /** `/mesh-pick <needs>`: a pick from the decision factors the text names, or null when it names none. */
  pickFromText(raw: string): AnswerReply | null {
    const normalized = this.normalized(raw);
    const ruled = this.needsOf(normalized);
    // The reader only on a text about meshes or their world: "a mesh wifi system for a 3 floor
    // house" states no need, whatever it leans to.
    const aboutMeshes = ruled.length > 0 || meshesIn(normalized).length > 0 || MESH_WORLD.test(normalized);
    const factors = aboutMeshes ? [...ruled, ...this.readNeeds(normalized, ruled)] : ruled;
    const entry = this.kb.byId.get(PICK_ENTRY);
    if (!entry || factors.length === 0) return null;
    return this.pickCard(entry, stripSlackMarkup(raw), factors, 1);
  }

  /** Fuzzy topic lookup for short strings such as `/mesh link mtls`: id, title and keywords. */
  findTopic(text: string, limit = 3): Candidate[] {
    const q = normalizeText(text).slice(0, 200);
    if (!q) return [];
    const exact = this.kb.byId.get(q.replace(/\s+/g, '-'));
    const hits = this.topics.search(q, { limit }).map((h) => ({
      id: h.item.id,
      title: h.item.title,
      score: Math.round((1 - (h.score ?? 1)) * 100) / 100,
    }));
    if (exact)
      return [{ id: exact.id, title: exact.title, score: 1 }, ...hits.filter((h) => h.id !== exact.id)].slice(
        0,
        limit,
      );
    if (hits.length) return hits;
    // Fall back to the question matcher for longer phrases ("how do retries work").
    return this.rank(text, limit);
  }
}

/**
 * The words the knowledge base's texts use: every word of entries and out-of-scope lines is known
 * (never "corrected"); entry words of four letters or more, without digits, are what misspelt words
 * are corrected to, the more frequent winning a tie.
 */
function knownWordsOf(
  examples: readonly Example[],
  normalized: readonly string[],
  oosClass: number,
): KnownWords {
  const known = new Set<string>();
  const surface = new Set<string>();
  const frequency = new Map<string, number>();
  examples.forEach((e, i) => {
    for (const w of words(normalized[i] as string)) {
      known.add(w);
      if (e.cls === oosClass) continue;
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
      if (w.length >= 4 && w.length <= MAX_CORRECTED_WORD && !/\d/.test(w) && !STOPWORDS.has(w))
        surface.add(w);
    }
  });
  return { known: [...known], surface: [...surface], frequency: [...frequency] };
}

/** A learned phrasing's lookup key: its words only (case, markup and punctuation never count). */
function learnedKey(prepared: string): string {
  return words(prepared).join(' ');
}

/** a-z, as the corrector's words start. */
function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** a-z, 0-9 or an apostrophe, as the corrector's words go on. */
function isWordTail(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}

/** How many entries a scoring ranks (the most any caller reads: alternatives, candidates, `rank`). */
const RANKED = 10;

/** The indexes of the k largest of xs[0..n), largest first (ties: lower index first), in one pass. */
export function topClasses(xs: Float64Array, n: number, k: number): number[] {
  const top: number[] = [];
  for (let c = 0; c < n; c++) {
    const v = xs[c] as number;
    if (top.length === k && v <= (xs[top[k - 1] as number] as number)) continue;
    let j = top.length === k ? k - 1 : top.length;
    if (top.length < k) top.push(c);
    while (j > 0 && (xs[top[j - 1] as number] as number) < v) {
      top[j] = top[j - 1] as number;
      j--;
    }
    top[j] = c;
  }
  return top;
}

function argmax(xs: Float64Array, n: number): number {
  let best = 0;
  for (let i = 1; i < n; i++) if ((xs[i] as number) > (xs[best] as number)) best = i;
  return best;
}

/** "Should I/we <verb>" with a verb that is not one of choosing: asks what to do. */
const SHOULD_DO =
  /\bshould (?:i|we|you) (?!(?:use|pick|choose|go|adopt|run|deploy|standardi[sz]e|try|consider|switch|move|migrate|be|stick|bet|prefer|start)\b)[a-z]+\b/g;

/** Needs only a mesh meets: "our own plugin inside the proxy", "no sidecars in the pods". */
const MESH_ONLY_FACTORS: ReadonlySet<FactorId> = new Set(['proxy-extensions', 'sidecarless']);

/** Asking for a comparison laid out, rather than for one mesh. */
const ASKS_COMPARISON =
  /\bside[\s-]by[\s-]side\b|\bbreakdown\b|\bcomparison\b|\bpros and cons\b|\b(?:dimension|aspect|feature)[\s-]by[\s-](?:dimension|aspect|feature)\b|\b(?:feature|comparison) (?:matrix|table|grid)\b/;

/** Words that put a question in a mesh's domain whatever the model's score. */
const MESH_TERMS =
  /\b(?:mesh|meshes|istio|linkerd|sidecars?|envoy\w*|mtls|mutual tls|data[\s-]?plane|(?:pod|service)[\s-]to[\s-](?:pod|service)|golden (?:metrics|signals))\b/;

/** Tools of a mesh's own world, chosen between in the knowledge base's own questions ("flagger vs argo rollouts"). */
const MESH_TOOLS = /\b(?:istioctl|flagger|argo rollouts|sail operator|ztunnel|waypoints?)\b/;

/** A mesh's name, Istio and Linkerd or one of the others offered beside them. */
const MESH_NAME = String.raw`\b(?:istio|linkerd|cilium|consul|kuma)\b`;

/** "Pick a mesh pls", "pick one mesh for us": asks for the pick (ASKS_FOR_PICK, WHICH_MESH_TO_ADOPT). */
const PICK_A_MESH = String.raw`\bpick (?:a|one|the) (?:service ?)?mesh (?:for (?:us|me)|pls|please|plz)\b`;

/** Asking for a choice after stating needs: "which one?", "what would you pick?", "linkerd?". */
const ASKS_FOR_PICK_PATTERN = new RegExp(
  [
    // "which one is that?", "istio or linkerd to fix that?" (also read by the card rules above).
    WHICH_IS_THAT.source,
    String.raw`\bwhich one\s*(?:\?|$|for (?:us|this|that|our))|\bwhich (?:one |mesh |of (?:the|these|those) two )?(?:would|should|do) (?:you|u|we|i) (?:pick|choose|go with|go for|use|recommend|run|adopt|deploy|install|standardi[sz]e on|bet on)\b`,
    String.raw`\bwhat (?:(?:would|do|should|will) (?:you|u|we|i)|you|u) (?:pick|choose|rec+om+end|go with|suggest|advi[cs]e)\b`,
    // "istio vs linkerd for us?", "istio or linkerd 2 today?", "a rec between istio, linkerd and
    // cilium", "istio, or give linkerd another shot?"
    String.raw`(?:^|[.!,;:?]\s*)(?:istio|linkerd)(?: \d)? (?:vs\.?|or|versus|\/) (?:istio|linkerd)(?: \d)? (?:for us|for our [\w-]+(?: [\w-]+)?|for this|here|today|then|now)\s*\?`,
    String.raw`\b(?:a )?rec(?:ommendation)? between (?:istio|linkerd)\b|\bor give (?:istio|linkerd) another (?:shot|try|go|chance)\b`,
    // "istio, linkerd or cilium?"
    String.raw`(?:^|[.!;:?]\s*)${MESH_NAME}(?:,? (?:or |vs\.? )?${MESH_NAME}){2}\s*\?`,
    // "mesh rec? istio/linkerd", "any recs pls", "pick a mesh pls:"
    // "keep linkerd as the target or reconsider?", "continue or go back?", "which one do we settle on"
    String.raw`\bkeep (?:istio|linkerd) as (?:the |our )?target\b|\bor reconsider\b|\b(?:continue|keep going|finish(?: the move)?)\b[^.?!]{0,30}\bor (?:go back|roll back|revert|switch back)\b|\bwhich (?:one |mesh )?(?:do|should|would) (?:we|i) (?:actually |actualy |finally )?(?:settle on|land on|end up with|commit to)\b`,
    PICK_A_MESH,
    String.raw`\b(?:mesh|a|any|your|quick) recs?\b\s*(?:\?|pls|please|plz|$)|\bmesh rec(?:ommendation)?s? for\b`,
    String.raw`(?:^|[.!,;:]\s*)(?:so |then )?(?:istio|linkerd)(?:,? right)?\s*\?`,
    // "...choke point & an allow-list of callers. istio/linkerd? thx"
    String.raw`(?:^|[.!,;:]\s*)(?:istio ?/ ?linkerd|linkerd ?/ ?istio)\s*\?`,
    String.raw`\b(?:is|would|will|could) (?:istio|linkerd) (?:be )?(?:enough|sufficient|overkill|the (?:(?:right|obvious|best|better) )?(?:choice|answer|pick|option|way to go))\b`,
    // "..., linkerd better?", "istio instead?"
    String.raw`\b(?:istio|linkerd) (?:better|instead|enough)\s*\?`,
    String.raw`(?<!\b(?:we're|we are|were|i'm|im|am|are|is|was) )\b(?:go|going) with (?:istio|linkerd)\b|\bwhich way (?:would|should|do|will) (?:you|u|we|i) (?:go|lean)\b`,
    // "help (us) decide", "recommend a mesh", "recomend mesh", "thoughts on which?"
    String.raw`\bhelp (?:us |me )?(?:to )?(?:choose|decide|pick)\b|\brec+om+end (?:us |me )?(?:(?:a|one)\b|(?:a )?(?:service ?)?mesh\b)|\b(?:thoughts|advice|ideas) on (?:which\b|(?:a|the right) (?:service ?)?mesh\b)|\b(?:what's|whats|what is) (?:your|the) (?:pick|call|recommendation|verdict|suggestion|advice|advise)\b|\bshould (?:the )?(?:(?:next |new )?(?:\d+ )?(?:services|apps|workloads|teams) go|(?:new|next) (?:stuff|services|apps|workloads|things) (?:stay|go|land)) on\b|\bor (?:should we |do we )?(?:stick|stay) with (?:it|istio|linkerd)\b|\bwhich (?:one |mesh |of (?:the|these|those) (?:two|meshes) )?(?:should|would) (?:we|i) (?!(?:check|read|look|see|learn|know|upgrade|update|debug|fix|test|monitor|restart|do|try|expect|need|tune|change|enable|disable|set|configure)\b)[a-z]+\b|\bwhat should (?:we|i) (?:budget for|bet on|plan for|invest in|commit to|fund)\b|\bwhich of the (?:two|2)(?: meshes)? (?:should|would|do) (?:we|i) (?:look at|go (?:for|with)|consider)\b|\bwhat would you run\b|\bwhat fits\s*\?|\bwhich (?:one )?should (?:the )?new (?:services|apps|workloads) use\b|\bwhat (?:would|should) (?:you|i) tell (?:my|our|the) (?:boss|manager|director|lead|cto|ceo|vp|team)\b`,
    // "which is it?", "one or both?", "what do we run till then?"
    String.raw`\bwhich (?:one )?is it\s*\?|\bone or both\b|\bwhat (?:do|should) (?:we|i) (?:be )?run(?:ning)?\b|\bwhich (?:mesh|one) should be (?:chosen|picked|used)\b`,
    // A bare "which?", "which way?" or "thoughts?" after the needs; at the very end of a message
    // "which", "which one pls" or "what mesh then" need no question mark.
    String.raw`(?:^|[.!,;:\u2014-]\s*)(?:so |ok |then |any |your )?(?:which(?: way)?|thoughts|opinions|pick|rec+om+end(?:ations?)?)\s*\?`,
    String.raw`(?:^|[.!,;:\u2014-]\s*)(?:so )?(?:which(?: one| mesh| service mesh)?|what (?:service )?mesh)(?: (?:pls|please|then|better|fits|suits (?:us|best)|to (?:choose|pick|use)))?\s*[?!.]*\s*$`,
    // "what should new services use?", a bare "mesh?" at the end of the needs.
    String.raw`\b(?:what's|whats|what is|which is) (?:the )?(?:right|best|correct|ideal|better|lighter|leaner|simpler|easier|cheaper|smaller|safer|lightest|leanest|simplest|easiest|cheapest|smallest|safest) (?:(?:service ?)?mesh|fit)\b|\bwhich (?:service ?)?mesh(?:es)?\b[^.?!]{0,30}\b(?:lightest|leanest|simplest|easiest|cheapest|smallest|safest|fastest|fewest|least|lowest)\b|\bwhat should (?:\w+ ){0,3}(?:use|run|go (?:on|with)|pick|deploy|install|adopt|roll out|be (?:running|using|on))\s*\?|(?:^|[.!,;:\u2014-]\s*)(?:so |which |what )?(?:service )?mesh\s*\?\s*$`,
    // "which to choose", "which mesh you advise".
    String.raw`\b(?:pick|choose) one(?: for (?:us|me))?\s*[?!]|\brec+om+endations? (?:pls|please|plz)\b|\bwhich (?:one |mesh )?to (?:choose|pick|go with|onboard|start with|standardi[sz]e on)\b|(?:^|[.!,;:]\s*)help\s*\?\s*$|\bwhich (?:mesh|one) (?:you|u) (?:advi[cs]e|suggest|rec+om+end)\b|\b(?:any )?(?:recs|rec|recos|reco)\b\s*(?:pls|plz|please)?\s*[?!.]*\s*$`,
    // Weighing a switch: "stay or move to linkerd?", "worth switching to istio?", "keep it or
    // replace with linkerd?", "switch or stay?", "is it time for istio?", "push on or revert?".
    String.raw`\b(?:stay|keep|stick)\b[^.?!]{0,30}\bor (?:move|switch|go|jump|migrate|replace|leave|drop)\b|\b(?:keep going|push on|push through|carry on|continue|finish\w*|stop)\b[^.?!]{0,40}(?:\bor\b|,)[^.?!]{0,30}\b(?:stay|go back|roll back|revert|return|stop|pause|abandon|halt|run both|keep both|finish\w*)\b|\bwhich (?:one|mesh) should (?:be|we make) (?:the |our )?(?:end state|target|final one)\b|\b(?:move|switch|go|jump|migrate)\w*\b[^.?!]{0,25}\bor (?:stay|keep|stick)\b|\bworth (?:switching|moving|migrating|jumping|going)(?: over)? to\b|(?:^|[.!,;:]\s*)stay\s*\?|\btime (?:for|to (?:move|switch|go) to) (?:istio|linkerd)\b|\b(?:moving|switching|migrating) to (?:istio|linkerd) make sense\b|\bpush on or (?:revert|roll back|go back)\b|\bconvince me either way\b|\bwhat (?:should|do) we (?:land|settle|standardi[sz]e) on\b|\bwhich (?:mesh|one) (?:works|would work|for the next)\b`,
    // Where new work goes during a move: "where should brand new services land?", "what should new
    // services default to?", "or should they go on istio?", "or would linkerd be better?".
    String.raw`\b(?:where|what) should (?:the |our )?(?:brand[\s-]new|new|next|future) (?:\w+ )?(?:services|apps|workloads|deployments|namespaces)\s+(?:land|go|live|start|default to|start on|go on|be on)\b|\bshould (?:they|those|these|it|new ones) go (?:on|onto|to|with) (?:istio|linkerd)\b|\bor would (?:istio|linkerd) be (?:a )?better\b`,
    // Non-native and short forms: "which is more suitable mesh?", "what is more easy to start?",
    // "which 1?".
    String.raw`\bwhich (?:is|are) (?:the )?(?:more |most )?(?:suitable|better|good|fitting|appropriate|right) (?:service ?)?mesh\b|\bwhat (?:is|'s) (?:more |most )?(?:easy|easier|easiest|simple|simpler|simplest) to (?:start|begin|run|adopt|learn)\b|\bwhich 1\b`,
    // The ask in another language around English terms: "welches mesh?", "¿cuál recomiendan?",
    // "vous conseillez lequel?", "kaunsa lena chahiye?", "qual mesh vocês recomendam?".
    String.raw`(?:^|[\s¿¡])(?:cu[aá]l|qual|lequel|laquelle|welche[snr]?|kaunsa|kaunse|kaunsi|kaun sa|kaun se|kon sa)(?=[\s?!.,]|$)|\b(?:usar[ií]an|usar[ií]as|elegir[ií]an|elegir[ií]as|escoger[ií]an|usariam|escolheriam|recomiendan|recomiendas|recomendam|recomenda|recomendariam|conseillez|conseilles|empfiehlst|empfehlt|empfehlen|nehmen wir|würdet ihr nehmen|würden sie nehmen|würdest du nehmen|lena chahiye|usamos)\b`,
    // "simplest mesh?", "lowest overhead mesh for a small cluster": a superlative asks for one.
    String.raw`\b(?:best|simplest|easiest|lightest|leanest|cheapest|fastest|safest|smallest|(?:lowest|least|most)[\s-]+\w+) (?:(?:service ?)?mesh(?:es)?\b|(?:option|choice|bet)\s*\?)|\b(?:which|what)(?:'s| is) (?:the )?(?:best|safest|safe|simplest|easiest|cheapest|lightest|leanest|safer|better|smart|smarter) (?:bet|choice|option|pick)\b`,
  ].join('|'),
);

/** Words that open a question asking which: "which", "what", "where" (and their Slack spellings). */
const CHOICE_OPENER = /\b(?:which|wich|whcih|what|whats|wat|where)\b/g;
const CHOICE_OPENER_WORD = new RegExp(`^${CHOICE_OPENER.source}$`);
/** Words that choose: "recommend", "select", "prefer", "go for", "land", "fits", "choice", "bet". */
const CHOOSING =
  /^(?:rec+om+end(?:s|ations?)?|suggest(?:s|ions?)?|advi[cs]es?|choose|chose|choice|select|pick|prefer|preference|land|point|fits?|suits?|go|goes|going|bet|option|better|best|verdict|call|use|run|adopt|take|elect|vote|winner|back|rec|recs)$/;
/**
 * Words a question asking only for a choice is made of after its opening word, beside the words
 * that choose (a second which/what/where is a second question).
 */
const ASKING_ONLY = new Set(
  (
    'would will should could can do does did you u we i us me our my ' +
    'your is are be the a an of two 2 both between among one mesh meshes service istio linkerd and ' +
    'or for to then so given that this these those please pls plz tell more most here in with case ' +
    'situation it them their team company on there else something product tool helps help hurts least less ' +
    'gets get works wins'
  ).split(' '),
);
/** Longest tail of a sentence, in words, that can still ask only for a choice. */
const ASKING_ONLY_WORDS = 10;
/**
 * A question that asks only for a choice, in words of its own: "Which you will select?", "Where
 * would you point us?", "What is more better choice?", "Please tell which you prefer.", "Which
 * between Linkerd and Istio fits more?". From a "which", "what" or "where" to the end of its
 * sentence every word asks or chooses (or names a mesh), and a "what" or "where" has a word that
 * chooses. After needs are stated such a question can ask for nothing but the pick, however it is
 * worded; a question with a word of its own ("which version?", "what about egress?", "where do
 * we start?") asks something else.
 */
export function asksOnlyToChoose(text: string): boolean {
  for (const sentence of text.split(/(?<=[.!?;])\s+/)) {
    for (const m of allMatches(CHOICE_OPENER, sentence)) {
      const tail = sentence
        .slice(m.index)
        .split(/[\s?.!;,:]+/)
        .filter(Boolean);
      if (tail.length > ASKING_ONLY_WORDS) continue;
      // A "which" (however typed) asks to choose by itself; "what" and "where" need a choosing word.
      const opensWithWhich = /^wh?i/.test(m[0]);
      const chooses = tail.some((w) => CHOOSING.test(w));
      // "Which one does what?" asks a second question.
      const [, ...rest] = tail;
      if (
        (opensWithWhich || chooses) &&
        rest.every((w) => (ASKING_ONLY.has(w) || CHOOSING.test(w)) && !CHOICE_OPENER_WORD.test(w))
      )
        return true;
    }
  }
  return false;
}

const MESH = String.raw`(?:istio|linkerd)(?!['\u2019])\b`;

/**
 * Asking for a verdict on a mesh the asker leans to or doubts, in a message that names one: "is
 * istio overkill for us?", "linkerd fine?", "go linkerd?", "agree?", "sanity check?", "who's right?",
 * "talk me out of linkerd", "any reason not to use linkerd", "or should we stay with istio?".
 */
const ASKS_VERDICT_PATTERN = new RegExp(
  [
    // "is istio overkill / worth it / realistic / the safer bet / a non-starter / up to it?"
    String.raw`\b(?:is|isn't|isnt|would|will|could|wouldn't) ${MESH} (?:(?:really|still|even|just|actually|honestly) )?(?:be )?(?:overkill|enough|sufficient|fine|ok|okay|realistic|justified|wise|viable|possible|worth\b|too\b|an? (?:\w+ )?(?:idea|fit|call|choice|bet|option|move|starter)|a non[\s-]?starter|up to (?:it|the (?:job|task))|on the table|an option|the (?:\w+ )?(?:\w+ )?(?:choice|answer|pick|option|way to go|call|fit|bet|move)|right for (?:us|this))(?! (?:on|with|in|behind|under|alongside|at|during|inside)\b)`,
    String.raw`\b(?:does|would) ${MESH} (?:(?:still|even|really) )?make sense\b|\b(?:does|would|will) ${MESH} (?:still )?(?:win|come out (?:ahead|on top)|make the cut)\b|\b${MESH} (?:feels|seems|looks|sounds) (?:like )?(?:\w+ )?(?:overkill|too \w+)|\bdo (?:we|i) (?:really |even |actually )?need ${MESH}(?!-)`,
    // "linkerd fine?", "istio too much for us?", "linkerd the obvious call", "still linkerd?"
    String.raw`\b${MESH},? (?:(?:still|really|even|then) )?(?:fine|ok|okay|enough|overkill|realistic|possible|worth it|too (?:much|heavy|complex|big)|the (?:\w+ )?(?:call|choice|pick|bet|fit|option|way to go))\b(?: (?:for (?:us|this|that)|here|then))?\s*(?:\?|or\b)|\bstill ${MESH}\s*\?`,
    // "go linkerd?", "lean linkerd, ok?", "just put it on linkerd, right?"; not a mesh named as a place
    // ("deny everything else in the namespace istio right?", "mtls is on by default in istio right?")
    String.raw`\b(?:go|lean(?:ing)?|thinking|considering|try(?:ing)?) (?:with |for |toward |towards )?${MESH}(?:[,!]? (?:ok|okay|right|fine|then|yes|good|yeah))?\s*\?|(?<!\b(?:namespaces?|ns|the|in|inside|within|of|from) )\b${MESH},? right\s*\?`,
    // "talk me out of linkerd", "any reason not to use linkerd", "would it be crazy to pick istio",
    // "or is it istio?", "or can linkerd handle that?", "move on to linkerd?", "stay with istio?"
    String.raw`\bshould (?:i|we) (?:just )?(?:switch|move|migrate|change)(?: (?:over|meshes))?\s*\?|\b(?:reconsider|rethink|revisit|regret)\w* (?:the |our |that |this )?(?:choice|decision|pick)\b|\b${MESH},? or (?:is|would) (?:that|it|this) (?:be )?(?:overkill|too \w+)|\btalk me out of ${MESH}|\btip (?:it|the (?:scales|balance)|things|us) (?:to|toward|towards|in favou?r of|over to) ${MESH}|\bany reason (?:not to (?:use|pick|go with|adopt|run|choose) ${MESH}|${MESH} (?:wouldn'?t|won'?t|can'?t|couldn'?t))|\bwould it be (?:crazy|dumb|silly|a mistake|wrong) to (?:pick|go with|use|choose|adopt|run) ${MESH}|\bor is it ${MESH}|\bor (?:can|could|would|does|will) ${MESH} (?:handle|do|cover|manage|support)\b|\bmove on to ${MESH}|\b(?:stay|stick) (?:with|to) (?:the |our )?${MESH}|\bshould (?:i|we) (?:just |rather |instead )?(?:drop|ditch|abandon|finish (?:on|with)|put (?:it|them|\w+) on|switch to|move to|migrate to|go back to) (?:the |our )?${MESH}`,
  ].join('|'),
);

/**
 * Words that ask for a verdict on whatever was said before: "agree?", "sanity check?", "who's
 * right?". They ask about a mesh only in a message that speaks of adopting one ("leaning linkerd",
 * "my lead wants istio", "gut says linkerd"), and not when the words confidently ask about one
 * capability ("istio multi-primary across 2 regions, worth it?").
 */
const VERDICT_WORDS =
  /(?:^|[.!,;:]\s*)(?:right|correct)\s*\?\s*$|\b(?:sane|sensible|reasonable|solid|smart|wise|good|right) (?:choice|pick|move|plan|bet|option|call)\s*(?:\?|or\b)|\b(?:does|do|will|would) (?:that|this|it) hold up\b|\bam i (?:right|correct)\b|\b(?:are we|am i|is this|is that) on the right track\b|\b(?:does|do) (?:that|this|it) track\b|(?:^|[.!,;:]\s*)(?:reasonable|sane|sensible|fair)\s*\?|\b(?:can you |pls |please )?confirm\s*\?|\bshould it be (?:istio|linkerd)\s*\?|\bmakes? sense\s*\?|\b(?:would|should) (?:you|we|i) go the other way\b|\bdouble[\s-]?check (?:me|this|that|us)\b|\b(?:2nd|second) opinion\b|\bany reason not to\s*\?|\b(?:sounds?|seems?|looks?) (?:right|sane|reasonable|sensible|good|ok|okay)(?: (?:or|to you)\b|\s*\?)|\bor (?:is (?:it|that|this) )?overkill\s*\?|\b(?:agree|agreed|sanity[\s-]?che(?:ck|k)|gut[\s-]?check|good idea|bad idea|wrong call|right call|who'?s right|is (?:he|she|the \w+|my \w+) (?:right|wrong)|is that wrong|am i (?:wrong|missing (?:something|anything|smth|somthing|sth)|overthinking|overthinkng|crazy|off|overbuilding|over[\s-]?engineering|overdoing it)|(?:does|do) (?:that|this|it) (?:check out|sound right|make sense)|good call|does (?:that|this) change (?:the|your) (?:answer|pick|call|recommendation|verdict)|side with|push back|(?:we'?d|we would|we'll|will we) regret|worth (?:pausing|it)|another (?:shot|chance|try)|the only (?:sane|real|viable) (?:option|choice)|is (?:that|it|this) overkill)\b|\bkeep going(?=\s*\?)|\b(?:are we|am i) over[\s-]?complicat\w* (?:this|it|things)\b|\b(?:does|do|will|would) (?:the|our|my|that) (?:choice|pick|plan|decision|call) (?:still )?hold up\b|\b(?:does|do|will|would) (?:istio|linkerd)(?: still)? hold up\b|\btell me if (?:i'm|im|i am|we're|we are) wrong\b|\bis (?:istio|linkerd) still (?:right|the right (?:call|choice|pick|one))\b|(?:^|[.!?]\s*)still (?:istio|linkerd)\s*\?|\bany reason to reconsider\b/;

/** Speaking of adopting a mesh: "leaning linkerd", "my lead wants istio", "the linkerd trial". */
const ADOPTING = new RegExp(
  String.raw`\b(?:lean\w*|thinking|considering|consider|wants?|pushing|push\w*|says?|said|suggest\w*|propos\w*|tell|telling|chose|choose|chosen|pick\w*|go(?:ing)?(?: with| for)?|adopt\w*|instinct\w*|gut|prefer\w*|planning(?: to go| to use| on)?|recommend\w*|evaluat\w*|try|trying|trial|poc|switch\w*|mov\w*|migrat\w*|replac\w*|stay with|stick with|drop|ditch|toward|towards|back to|use|using)(?:[\s:,]+(?!(?:know|see|understand|learn|explain|ask|what|how|why|whether)\b)[\w'-]+){0,2}[\s:,]+${MESH}|\b${MESH} (?:seems|looks|sounds|feels) like\b|\b(?:the )?(?:answer|pick|call|choice|winner|plan) (?:here )?is (?:to (?:go with|use|pick|run|adopt) )?${MESH}|\b${MESH} is (?:the|our) (?:answer|pick|choice|call|winner|way to go)\b|\b(?:pretty sure|sure|think|thinking|believe|guess|bet|leaning(?: toward| towards)?|inclined to (?:say|go|pick)|(?:pretty |dead )?set on) (?:that )?(?:istio|linkerd)\b|\b${MESH} (?:or|vs\.?|versus) ${MESH}|\b${MESH} (?:trial|poc|pilot|fans?|camp)\b`,
);

/** Leaning to a mesh before it is chosen: "my gut says istio", "leaning linkerd", "pretty set on istio". */
const LEANS = new RegExp(
  String.raw`\b(?:lean\w*|gut(?: feeling)?(?: says| is)?|inclined to (?:say|go|pick)|(?:pretty |dead )?set on|pretty sure|instinct\w* (?:is|says))(?: (?:toward|towards|to|is|on))?[\s:,]+${MESH}|\b(?:the )?plan is (?:to (?:go with|use|pick|run|adopt) )?${MESH}|\btempted to (?:just )?(?:say|go with|pick|use|choose|run)[\s:,'"]+${MESH}|\b(?:about to|going to|gonna) (?:tell|propose|recommend|suggest|pitch|go with|pick|choose)(?:[\s:,]+(?!(?:whether|if|which|what)\b)[\w'-]+){0,3}[\s:,]+${MESH}|\b(?:pretty sure|sure|i think|think|i'd say|i bet) (?:that )?(?:the (?:answer|pick|call) (?:here )?is ${MESH}|${MESH} is (?:the|our) (?:answer|pick|call|way to go))`,
);

/** A mesh already chosen: "we went with linkerd", "we're going with istio", "linkerd it is". */
/** A mesh fixed for good: "istio is locked in", "linkerd is non-negotiable", "not up for debate". */
const FIRMLY_DECIDED = new RegExp(
  String.raw`\b${MESH} (?:is|was|has been) (?:already )?(?:locked in|non[\s-]?negotiable|a given|mandated|set in stone)\b|\b${MESH} is not up for (?:debate|discussion)\b`,
);

const DECIDED = new RegExp(
  String.raw`\b(?:we(?:'re| are| have|'ve)?|the team|our team|(?:the )?platform team|they) (?:(?:already|finally|recently|just) )?(?:went|gone|going|decided to go|chose|chosen|picked|settled on|standardi[sz]ed on|decided on|opted for) (?:with |for )?${MESH}|\b${MESH} it is\b|\b${MESH} (?:was|is) (?:the )?(?:pick|choice|winner|decision|chosen one)\b|\bdecision'?s? (?:is |was |has been )?made\b|\b(?:we|team) (?:already )?settled on\b|\b${MESH} (?:is|was|has been) (?:already )?(?:decided|settled|locked in|chosen)\b|\b${MESH} got (?:chosen|picked)\b|(?:^|[.!?]\s*)(?:going|went) with ${MESH}\b[^.?!]{0,40}\b(?:settled|decided|done|final|locked)\b|\bdecision'?s? (?:is )?(?:done|final|settled|locked)\b|\b${MESH} (?:chosen|picked|selected)(?=\s*[.!,:;]|$)|\b(?:mgmt|management|leadership|the cto|our cto|the org|security|the team) (?:already )?(?:picked|chose|selected|went with) ${MESH}|\b${MESH} (?:is )?final\b`,
);

/**
 * Entries about a factor's capability besides the one the decision table names for it: canaries and
 * rollouts (traffic management), end-user JWTs (authorization).
 */
const ALSO_ANSWERS: Readonly<Record<string, FactorId>> = {
  'progressive-delivery': 'l7-traffic',
  'end-user-auth': 'fine-grained-authz',
};

/** Three meshes offered side by side: "istio? linkerd? cilium?", "linkerd, istio or consul". */
const THREE_OFFERED = new RegExp(
  String.raw`${MESH_NAME}(?:[\s?,/]*(?:or |vs\.? |versus |and |o |of |ou |oder |ya )?${MESH_NAME}){2}`,
);

/** A text that tells of one mesh already chosen (the other mesh not named beside it). */
function tellsOfChoice(text: string): boolean {
  return DECIDED.test(text) && meshesIn(text).length < 2;
}

/**
 * Asking how to do something ("how do I rotate the trust anchor?", "what's the procedure to ...",
 * "where do I even start debugging this?"): the team runs a mesh or has one in mind, and a pick
 * beside the answer does not help.
 */
const HOW_TO =
  /(?:^|[.!?:;,(]\s*|\b(?:so|but|and|now|ok|also|q)\s+)how (?:do|can|should|would|could|does|did) (?:i|we|you|one|u|they)\b|\bhow to\b|\bwhat(?:'s| is) the (?:best |right |proper |recommended |cleanest |safest )?(?:way|procedure|process|command|steps?) to\b|\bwhere do (?:i|we) (?:even )?start\b/;

/**
 * The asker says no choice of mesh is asked: "not asking which to pick", "no mesh debate please,
 * only retries", "just that bit, not a recommendation", "not choosing anything", "not a
 * recommendation please".
 */
const NOT_ASKING_CHOICE =
  /\bnot (?:asking|looking for|after|wanting|here for) (?:(?:you )?(?:which|what)(?: one| mesh)? (?:to |we should |i should )?(?:pick|choose|use|go with|adopt)|(?:a |your )?(?:recommendation|pick|verdict|winner)|(?:istio )?vs\.? linkerd|(?:linkerd )?vs\.? istio|which (?:one )?is better)\b|\bno (?:mesh |which-mesh )?(?:debate|recommendation|verdict)s?,? (?:please|pls|plz)\b|\b(?:nobody|no one|no-one|noone)(?:'s| is) asking (?:for )?(?:a |your )?(?:pick|recommendation|verdict|winner)\b|\b(?:that's|thats|that is|it's|its) (?:a )?(?:separate|different|another) (?:discussion|question|thread|topic|conversation)\b|\b(?:that's|thats|that is|it's|its) not what this (?:is|question is|thread is|one is) about\b|\bthe (?:pick|choice|decision) is (?:already )?(?:made|done)\b|\bnot (?:a|an) (?:'|")?(?:which[\s-]mesh|which[\s-]one|pick[\s-]one|recommendation)(?:'|")? (?:question|ask|thread)\b|\bnot about which (?:one |mesh )?to (?:pick|choose|use)\b|\b(?:we've|we have|i've|i have) (?:already )?(?:picked|chosen|decided)\b|\bnot (?:picking|choosing|selecting|deciding on) (?:a |the |our )?mesh\b|\bnot (?:picking|choosing|comparing)(?: one)?,? (?:just|only) (?:curious|asking|wondering)\b|\bnot (?:picking|choosing|selecting)(?: one)?\s*[,;.:—–-]\s*(?:(?:i'm |we're |i am |we are )?(?:just|only)\b|we (?:run|use|have) both\b)|\b(?:already agreed|no need to compare)\b|\bnot asking (?:you )?(?:which|what)(?: one| mesh)?(?: is (?:better|best))? (?:overall|in general|generally|across the board)\b|\bjust (?:asking )?which (?:one )?does (?:this|that|it) (?:well|better|best)\b|\bnot (?:picking|choosing|selecting|deciding on) anything\b|(?:^|[.!?:,;] )not an? (?:recommendation|pick|verdict)\b|\bno (?:recommendation|verdict|pick) (?:needed|wanted|required)\b|\bnot asking which\s*[;,.:\u2013\u2014-]|\bnot (?:debating|re-?debating|relitigating|revisiting|reopening) (?:the )?(?:istio vs\.? linkerd|linkerd vs\.? istio|istio or linkerd|linkerd or istio|which (?:one|mesh)|(?:mesh )?(?:choice|pick|decision))\b/;

/** A mesh in use: "istio has been in prod for 18 months", "linkerd is running on 4 clusters". */
const IN_USE = new RegExp(
  String.raw`\b${MESH} (?:has been |have been |is |was |been )?(?:(?:already|now) )?(?:running|in prod(?:uction)?|live in|deployed (?:on|in|across|to))\b|\b(?:we(?:'ve| have)? (?:been )?|we're |we are )(?:running|run|using) ${MESH} (?:in prod\w*|on \d+|across|since|for (?:\d+|a|two|three|over))`,
);

/** What may sit between a mesh's name and the "or" of a choice: "linkerd still, or istio", "istio ambient or linkerd". */
const AFTER_MESH_NAME = '(?: still| again| then| now| ambient(?: mode)?| sidecar(?: mode)?)?';

/**
 * Asking to choose between the meshes. "Istio vs Linkerd" alone is here too, but it asks for a
 * pick only with a recommendation word ("zero trust istio vs linkerd" compares).
 */
const ASKS_MESH_CHOICE_PATTERN = new RegExp(
  [
    String.raw`\b(?:which|what) (?:service ?)?mesh(?:es)?\b|\bmesh (?:for|should|would)\b|\bmesh (?:pick|choice|rec|recommendation|decision|verdict)s? (?:for|pls|please|plz)\b`,
    // "linkerd still, or istio now that we need authz?"
    String.raw`\b(?:istio|linkerd)${AFTER_MESH_NAME},? or (?:(?:switch|move|go) to |maybe |rather )?(?:istio|linkerd)\b`,
    String.raw`\b(?:pick|choose|decide|choice|choosing|picking|deciding) (?:\w+ )?between (?:istio|linkerd) and (?:istio|linkerd)\b`,
    String.raw`\b(?:istio|linkerd) (?:or|vs\.?|versus|oder|o|ou|ya) (?:istio|linkerd)\b|\b(?:istio|linkerd) ?/ ?(?:istio|linkerd)\b|\bwhich of (?:the|these|those) (?:two|meshes)\b`,
    ASKS_FOR_PICK_PATTERN.source,
  ].join('|'),
);

/**
 * The three longest ask patterns, each tested through one literal guard (literal-guard.ts): a long
 * question contains the literals of few of their alternatives, and running only those is what each
 * pattern's test gives at a fraction of the time (these three were a twentieth of a long question's).
 */
export const ASK_PATTERNS: readonly RegExp[] = [
  ASKS_FOR_PICK_PATTERN,
  ASKS_MESH_CHOICE_PATTERN,
  ASKS_VERDICT_PATTERN,
];
export const ASK_GUARD = guardedPatterns(ASK_PATTERNS);
const [ASKS_FOR_PICK, ASKS_MESH_CHOICE, ASKS_VERDICT] = ASK_GUARD.tests as [
  GuardedTest,
  GuardedTest,
  GuardedTest,
];

/** Istio and Linkerd offered against each other: "istio or linkerd?", "linkerd vs istio". */
const OUR_TWO_OFFERED = new RegExp(
  String.raw`\b(?:istio|linkerd)${AFTER_MESH_NAME},? (?:or|vs\.?|versus) (?:istio|linkerd)\b`,
);
/** A card offered among suggestions instead, first, with the alternatives after it. */
function asSuggestions(reply: AnswerReply, query: string, confidence: number): SuggestReply {
  const { entry, alternatives, intent, factors } = reply;
  const first: Candidate = { id: entry.id, title: entry.title, score: reply.confidence };
  return {
    kind: 'suggest',
    query,
    intent,
    confidence,
    factors,
    candidates: [first, ...alternatives].slice(0, 3),
  };
}

/** Meshes other than Istio and Linkerd, each by the names a message or an entry gives it. */
const OTHER_MESH_NAMES: readonly (readonly string[])[] = [
  ['cilium'],
  ['consul'],
  ['kuma'],
  ['app ?mesh'],
  ['osm', 'open service mesh'],
  ['traefik mesh'],
  ['gloo'],
  ['kong mesh'],
  ['nginx service mesh'],
];
/** Each of those meshes, one pattern a mesh (onAnotherMesh tells which are named). */
const OTHER_MESHES = OTHER_MESH_NAMES.map((names) => new RegExp(String.raw`\b(?:${names.join('|')})\b`));
/** A mesh other than Istio and Linkerd named. */
const OTHER_MESH_NAMED = new RegExp(String.raw`\b(?:${OTHER_MESH_NAMES.flat().join('|')})\b`);

/** "Which mesh should we standardise on?": a mesh to adopt asked for, whichever are offered. */
const WHICH_MESH_TO_ADOPT = new RegExp(
  String.raw`\bwhich (?:service ?)?mesh (?:should|would|do|shall) (?:we|i|you|u) (?:pick|choose|go with|go for|use|adopt|standardi[sz]e on|run|roll out|deploy|bet on|recommend|start with)\b|\bmesh rec(?:ommendation)?s? for\b|\brec+om+end (?:us |me )?a (?:service ?)?mesh\b|${PICK_A_MESH}`,
);

/** The two meshes offered against each other, or "which mesh": a choice of mesh is asked. */
const MESHES_OFFERED =
  /\b(?:which|what) (?:service ?)?mesh(?:es)?\b|\bmesh (?:for|should|would)\b|\b(?:istio|linkerd) (?:or|vs\.?|versus|oder|o|ou|ya|and|&) (?:istio|linkerd)\b|\b(?:istio|linkerd) ?\/ ?(?:istio|linkerd)\b|\bwhich of (?:the|these|those) (?:two|meshes)\b/;

/** The things a service mesh works on. */
const MESH_THINGS =
  'pods?|clusters?|k8s|kubernetes|services|microservices|sidecars?|prox(?:y|ies)|workloads?|namespaces?|containers?';
const MESH_THING = new RegExp(`\\b(?:${MESH_THINGS})\\b`);
/** A service mesh named as such, or a mesh beside the things a service mesh works on. */
function aboutServiceMeshes(text: string): boolean {
  return /\bservice[\s-]?mesh/.test(text) || (/\bmesh(?:es)?\b/.test(text) && MESH_THING.test(text));
}
/** Words of the world a service mesh lives in (a /mesh-pick text needs not say "mesh"). */
const MESH_WORLD = new RegExp(
  `\\b(?:${MESH_THINGS}|mtls|traffic|requests|calls|latency|egress|canar(?:y|ies)|rollouts?)\\b`,
);

/** The word "mesh" as a service mesh may be called, not a mesh network's hardware. */
const MESH_WORD = /\bmesh(?:es)?\b(?!\s*(?:wi-?fi|routers?|networks?|systems?|nodes?|kits?|topolog\w*))/;
const WIFI = /\bwi-?fi\b/;

/** A part of a message that asks something: a question mark or a word of asking or choosing. */
const ASKING_SEGMENT = new RegExp(
  String.raw`\?|${CHOICE_OPENER.source}|\b(?:recommend\w*|rec|recs|suggest\w*|advi[sc]e|pick|choose|go with|decide)\b`,
);
/** "what we need is...", "what I want": a statement, not a question. */
const PSEUDO_CLEFT =
  /\bwhat (?:we|i|they|you|the team) (?:\w+ )?(?:need|needs|want|wants|have|use|run|care about)\b/g;
function withoutPseudoCleft(segment: string): string {
  return segment.replace(PSEUDO_CLEFT, ' ');
}

/**
 * See MatcherOptions.unsureNeedsAt. Chosen on end-to-end cross-validation by set (readers fitted
 * without the held sets): 0.5 and 0.6 each put one more pick right of 3,883 and changed none of the
 * 1,302 other lines; 0.7 put none right.
 */
const UNSURE_NEEDS_AT: number | null = 0.6;

/**
 * See MatcherOptions.askOverCardAt. Chosen on end-to-end cross-validation by set (`npm run
 * fit:needs -- --over-cards`: ask readers fitted without the held sets; chooseAskOverCardAt, one
 * standard error). Lines put right and made wrong per threshold 0.8 / 0.9 / 0.95 / 0.97 / 0.99:
 * - session 36 (19,890 lines of 300 sets): 115-15, 108-8 (the best gain, 92), 97-4, 90-3, 75-2;
 *   chose 0.97;
 * - session 44, after round 25 was read (21,010 lines of 317 sets): 196-17, 186-11, 176-2 (the best
 *   gain, 172), 160-1, 134-0; chose 0.95 (with the shipped readers it changed none of the read or
 *   unread lines against 0.97); session 45 (21,370 lines of 321 sets) chose it again: 194-12, 184-8,
 *   171-4, 158-4, 139-1;
 * - session 46, after round 27 was read (21,570 lines of 324 sets): 195-14, 188-8 (the best gain,
 *   172; one standard error 14.8), 176-4, 166-4 (gain 158, the highest threshold within the error),
 *   142-1; chose 0.97; session 47 chose it again after round 28 was read (21,770 lines of 327 sets):
 *   197-17, 187-11, 180-6, 165-4, 143-1;
 * - session 47, after nearmiss51 was read (21,910 lines of 329 sets; after picks269, 0.97 again):
 *   194-13, 187-7 (the best gain, 173), 172-6 (gain 160, the highest threshold within the error),
 *   163-5, 140-0; chose 0.95; after real1 was read (22,010 lines of 330 sets): 194-15, 187-9,
 *   179-5, 165-1 (gain 163, within the error of 0.9's 169), 143-1; chose 0.97.
 * - session 48, after real3 was read (22,110 lines of 331 sets): 198-14, 189-7 (the best gain, 175),
 *   176-6 (gain 164, the highest threshold within the error), 163-4, 145-0; chose 0.95; after
 *   picks271 was read (22,170 lines of 332 sets): 198-14, 190-12, 179-5, 170-1 (gain 168, within the
 *   error of 0.95's 169), 139-0; chose 0.97; after picks273 was read (22,230 lines of 333 sets):
 *   201-15, 188-9 (the best gain, 170), 175-6, 166-5 (gain 156, within the error), 144-1; chose 0.97
 *   again; after nearmiss54 was read (22,310 lines of 334 sets): 199-14, 191-8 (the best gain, 175),
 *   178-4 (gain 170, the highest within the error), 165-4, 140-2; chose 0.95, the value shipped.
 *   The choice moves between 0.95 and 0.97 as sets are added: their gains are within one standard
 *   error of each other.
 */
export const ASK_OVER_CARD_AT = 0.95;

/**
 * See MatcherOptions.cardOverPickAt. The ask rules were written while the answer threshold was 0.65;
 * session 39's phrasings (1,038 more, short search-style ones and ones in other words) lowered the
 * cross-validated answer threshold to 0.56, and with it what the rules took for a confident
 * capability card against the pick card. On the dev pick lines (14,700 lines, frozen sets left out)
 * following answerAt gave another entry's card to 91 pick lines, 0.65 to 74 (68 before the
 * phrasings), with the other dev sets' cards within one line of each other.
 */
export const CARD_OVER_PICK_AT = 0.65;

/**
 * A message that names a mesh and asks for nothing in particular about it ("something about
 * linkerd", "istio stuff", "any info on linkerd?") says no topic: it gets suggestions, not the card
 * whose phrasings happen to use the same filler words.
 */
const VAGUE_WORDS =
  '(?:something|stuff|info|information|anything|things?|some|any|about|on|re|regarding|pls|please)';
const VAGUE_REQUEST = new RegExp(
  `^\\W*(?:${VAGUE_WORDS}\\s+)+(?:istio|linkerd)(?:\\s+${VAGUE_WORDS})*\\W*$|^\\W*(?:istio|linkerd)(?:\\s+${VAGUE_WORDS})+\\W*$`,
);

/**
 * A keyword's or question's lookup form: lower case, runs of anything but ASCII letters and digits
 * as one space; "" for text with letters of another script (its English words are not all it says).
 */
export function keywordKey(text: string): string {
  const lower = text.toLowerCase();
  // Curly quotes and dashes are punctuation; letters of another script are not.
  if (/[^ -~\s\u2010-\u2027]/.test(lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))) return '';
  return lower.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The longest keyword the knowledge base's schema allows (src/knowledge/schema.ts). */
const KEYWORD_MAX_CHARS = 60;

/** The keywords that exactly one entry lists, by keywordKey, with that entry's id. */
function uniqueKeywords(kb: KnowledgeBase): Map<string, string> {
  const owners = new Map<string, string | null>();
  for (const e of kb.entries)
    for (const k of new Set(e.keywords.map(keywordKey))) {
      if (!k) continue;
      owners.set(k, owners.has(k) && owners.get(k) !== e.id ? null : e.id);
    }
  return new Map([...owners].filter((kv): kv is [string, string] => kv[1] !== null));
}

/** The entry that carries the pick. */
const PICK_ENTRY = 'which-mesh';

/**
 * A shipped reader's weight file, read on first use and kept for the process, null (no file)
 * included: a missing file is not looked for again on every question.
 */
function readOnce<T>(load: () => T): { (): T; readonly read: () => boolean } {
  let done = false;
  let value: T;
  const get = () => {
    if (!done) {
      value = load();
      done = true;
    }
    return value;
  };
  return Object.assign(get, { read: () => done });
}

const shippedReader = readOnce(() => loadNeedsReader());
const shippedVeto = readOnce(() => loadNeedsVeto());
const shippedAskReader = readOnce(() => loadAskReader());

/** Which shipped readers this process has read so far (they are read on first use or by `warm()`). */
export function shippedReadersRead(): { needsReader: boolean; needsVeto: boolean; askReader: boolean } {
  return {
    needsReader: shippedReader.read(),
    needsVeto: shippedVeto.read(),
    askReader: shippedAskReader.read(),
  };
}

export function createMatcher(kb: KnowledgeBase, options?: MatcherOptions): Matcher {
  return new Matcher(kb, options);
}
