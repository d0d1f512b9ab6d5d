import type { Entry } from '../knowledge/schema.js';
import type { Recommendation } from '../pick/score.js';
import type { FactorId } from './factors.js';
import type { Intent, SmallTalk } from './intent.js';

export interface Candidate {
  readonly id: string;
  readonly title: string;
  readonly score: number;
}

interface ReplyBase {
  /** The question as the person typed it, Slack markup removed (not escaped: builders escape). */
  readonly query: string;
  readonly intent: Intent;
  readonly confidence: number;
  readonly factors: readonly FactorId[];
}

export interface AnswerReply extends ReplyBase {
  readonly kind: 'answer';
  readonly entry: Entry;
  readonly alternatives: readonly Candidate[];
  readonly recommendation: Recommendation | null;
}

export interface SuggestReply extends ReplyBase {
  readonly kind: 'suggest';
  readonly candidates: readonly Candidate[];
}

export interface FallbackReply extends ReplyBase {
  readonly kind: 'fallback';
  readonly examples: readonly string[];
  /**
   * The best-ranked entries when the ranking leans to some entry (its share at least
   * MatcherParams.relatedAt) but not enough for a card or a "did you mean": shown under the "no
   * answer" as answers that may be related. Often empty.
   */
  readonly related: readonly Candidate[];
}

export interface SmallTalkReply extends ReplyBase {
  readonly kind: 'smalltalk';
  readonly intent: SmallTalk;
}

export type Reply = AnswerReply | SuggestReply | FallbackReply | SmallTalkReply;

/** Example questions shown by help and fallback replies. */
export const EXAMPLE_QUESTIONS = [
  'Istio or Linkerd for a small team?',
  'How does mTLS work in Linkerd?',
  'What is Istio ambient mode?',
  'Does Linkerd support multi-cluster?',
  'What does Linkerd cost in production?',
] as const;
