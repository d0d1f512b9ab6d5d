import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Core } from '../core.js';
import type { Loop } from '../loop/index.js';
import { type Metrics, outcomeOf } from '../metrics.js';
import type { Deduper } from './dedupe.js';
import type { Once } from './once.js';
import type { ReplyWorker } from './reply-worker.js';

/** What every listener closes over; handed in by the app factory, never imported as a global. */
export interface ListenerDeps {
  readonly core: Core;
  readonly config: Config;
  readonly logger: Logger;
  readonly deduper: Deduper;
  readonly metrics: Metrics;
  /** The learning loop, when the app has a store. */
  readonly loop?: Loop;
  /** Every reply owed to someone goes through here: kept until posted (src/slack/outbox.ts). */
  readonly replies: ReplyWorker;
  /** The clock of follow-up windows and suggestion limits (tests inject one); Date.now when absent. */
  readonly clock?: () => number;
  /** The client of timer-driven work with no event (the weekly digest); the app's own when unset. */
  readonly digestClient?: () => Promise<import('@slack/bolt').App['client']>;
  /** Told the code of every failed Web API call (readiness reports a revoked token). */
  readonly auth?: { note(code: string): void };
  /** Idempotency windows of clicks and commands (in the store when there is one). */
  readonly once?: Once;
}

/** One log line per handled question: intent, answer id, confidence and latency, never the text. */
export function logQuestion(
  deps: ListenerDeps,
  surface: string,
  reply: {
    kind: string;
    intent: string;
    confidence: number;
    entry?: { id: string };
    recommendation?: { pick: string } | null;
  },
  startedAt: number,
): void {
  const seconds = (performance.now() - startedAt) / 1000;
  deps.metrics.questions.inc({ surface, intent: reply.intent, outcome: outcomeOf(reply.kind) });
  deps.metrics.handlerSeconds.observe({ surface }, seconds);
  if (reply.recommendation) deps.metrics.picks.inc({ source: 'text', pick: reply.recommendation.pick });
  deps.logger.info(
    {
      surface,
      outcome: reply.kind,
      intent: reply.intent,
      answerId: reply.entry?.id ?? null,
      confidence: reply.confidence,
      ms: Math.round(seconds * 100_000) / 100,
    },
    'question handled',
  );
}
