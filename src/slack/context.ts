import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Core } from '../core.js';
import type { Deduper } from './dedupe.js';

/** What every listener closes over; handed in by the app factory, never imported as a global. */
export interface ListenerDeps {
  readonly core: Core;
  readonly config: Config;
  readonly logger: Logger;
  readonly deduper: Deduper;
}

/** One log line per handled question: intent, answer id, confidence and latency, never the text. */
export function logQuestion(
  deps: ListenerDeps,
  surface: string,
  reply: { kind: string; intent: string; confidence: number; entry?: { id: string } },
  startedAt: number,
): void {
  deps.logger.info(
    {
      surface,
      outcome: reply.kind,
      intent: reply.intent,
      answerId: reply.entry?.id ?? null,
      confidence: reply.confidence,
      ms: Math.round((performance.now() - startedAt) * 100) / 100,
    },
    'question handled',
  );
}
