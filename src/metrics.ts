import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics, one registry per app instance so tests can build several. */
export interface Metrics {
  readonly registry: Registry;
  readonly questions: Counter<'surface' | 'intent' | 'outcome'>;
  readonly picks: Counter<'source' | 'pick'>;
  readonly handlerSeconds: Histogram<'surface'>;
  readonly apiErrors: Counter<'method' | 'code'>;
  readonly dedupeHits: Counter<never>;
  readonly pagesShed: Counter<'route' | 'reason'>;
  readonly outbox: Counter<'surface' | 'outcome'>;
  readonly outboxPending: Gauge<never>;
  readonly connectionsRefused: Counter<'reason'>;
  /** A message or view that could not be built (a bug), by the method it was for: not a Web API failure. */
  readonly cardErrors: Counter<'method'>;
  /** 1 while event dedupe answers from memory because Redis is unavailable (REDIS_URL set). */
  readonly dedupeFallback: Gauge<never>;
  readonly dedupeFallbacks: Counter<never>;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'meshbot_' });
  return {
    registry,
    questions: new Counter({
      name: 'meshbot_questions_total',
      help: 'Questions handled, by surface, intent and outcome (answered, suggested, fallback, smalltalk).',
      labelNames: ['surface', 'intent', 'outcome'],
      registers: [registry],
    }),
    picks: new Counter({
      name: 'meshbot_picks_total',
      help: 'Recommendations made, by source (questionnaire, text) and result.',
      labelNames: ['source', 'pick'],
      registers: [registry],
    }),
    handlerSeconds: new Histogram({
      name: 'meshbot_handler_seconds',
      help: 'Time to turn a question into a reply, by surface.',
      labelNames: ['surface'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    apiErrors: new Counter({
      name: 'meshbot_slack_api_errors_total',
      help: 'Slack Web API calls that failed, by method and error code.',
      labelNames: ['method', 'code'],
      registers: [registry],
    }),
    dedupeHits: new Counter({
      name: 'meshbot_dedupe_hits_total',
      help: 'Slack event deliveries dropped as duplicates (retries of events already handled).',
      registers: [registry],
    }),
    outbox: new Counter({
      name: 'meshbot_replies_total',
      help: 'Replies through the outbox, by surface and outcome (queued, posted, posted_privately, failed, expired).',
      labelNames: ['surface', 'outcome'],
      registers: [registry],
    }),
    outboxPending: new Gauge({
      name: 'meshbot_replies_pending',
      help: 'Replies in the outbox not yet posted (waiting on a rate limit, a retry, or in flight).',
      registers: [registry],
    }),
    connectionsRefused: new Counter({
      name: 'meshbot_http_connections_refused_total',
      help: 'Connections closed on arrival because of the connection caps, by reason (total, address).',
      labelNames: ['reason'],
      registers: [registry],
    }),
    cardErrors: new Counter({
      name: 'meshbot_card_errors_total',
      help: 'Messages or views that could not be built (nothing was sent to Slack), by the Web API method they were for.',
      labelNames: ['method'],
      registers: [registry],
    }),
    dedupeFallback: new Gauge({
      name: 'meshbot_dedupe_fallback',
      help: "1 while event dedupe answers from this replica's memory because Redis is unavailable (cross-replica retries may then be answered twice).",
      registers: [registry],
    }),
    dedupeFallbacks: new Counter({
      name: 'meshbot_dedupe_fallbacks_total',
      help: 'Times event dedupe fell back from Redis to memory.',
      registers: [registry],
    }),
    pagesShed: new Counter({
      name: 'meshbot_web_shed_total',
      help: 'Answer-page requests refused with 503 so Slack requests stay fast, by route and reason (lag, budget).',
      labelNames: ['route', 'reason'],
      registers: [registry],
    }),
  };
}

/** Outcome label for a reply kind. */
export function outcomeOf(kind: string): string {
  return kind === 'answer' ? 'answered' : kind === 'suggest' ? 'suggested' : kind;
}
