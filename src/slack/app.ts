import { App, type AppOptions, type CustomRoute, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Core } from '../core.js';
import { boltLogger } from '../logger.js';
import { createMetrics, type Metrics } from '../metrics.js';
import type { ListenerDeps } from './context.js';
import { type Deduper, MemoryDeduper } from './dedupe.js';
import { trackInflight } from './inflight.js';
import { registerAssistant } from './listeners/assistant.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerInteractivity } from './listeners/interactivity.js';
import { createSlackReceiver } from './receiver.js';

export interface SlackAppOptions {
  readonly core: Core;
  readonly config: Config;
  readonly logger: Logger;
  readonly deduper?: Deduper;
  readonly metrics?: Metrics;
  /** Extra HTTP routes served beside /slack/events (the answer pages, /healthz). */
  readonly customRoutes?: CustomRoute[];
  /** Overrides for tests: a short retry policy, say. */
  readonly clientOptions?: AppOptions['clientOptions'];
  readonly processBeforeResponse?: boolean;
  /**
   * Socket Mode client timing: how long to wait for a pong, which is also the delay before a
   * reconnect (Slack's SDK default 5000 ms). Tests shorten it.
   */
  readonly socketPingTimeoutMs?: number;
}

/**
 * The Web API policy in production: a 429 is retried after its Retry-After (rejectRateLimitedCalls
 * false), other failures (5xx, network, timeout) at most 3 times with backoff, and a call that gets
 * no answer is aborted after 10 s instead of holding a listener forever. Tests override any of it.
 */
export const DEFAULT_CLIENT_OPTIONS = {
  retryConfig: { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000, randomize: true },
  timeout: 10_000,
  rejectRateLimitedCalls: false,
} satisfies AppOptions['clientOptions'];

/**
 * fetch with a deadline for requests that bring no signal of their own: Bolt's respond() posts to
 * response_url through clientOptions.fetch without one (the WebClient passes its own `timeout`).
 * A request that runs out of time fails with code `request_timeout`.
 */
function fetchWithDeadline(ms: number, base?: webApi.FetchFunction): webApi.FetchFunction {
  const f: webApi.FetchFunction = base ?? ((url, init) => globalThis.fetch(url, init));
  return async (url, init) => {
    if (init?.signal) return f(url, init);
    const signal = AbortSignal.timeout(ms);
    try {
      return await f(url, { ...init, signal });
    } catch (err) {
      if (!signal.aborted) throw err;
      throw Object.assign(new Error(`no answer within ${ms} ms`, { cause: err }), {
        code: 'request_timeout',
      });
    }
  };
}

/** Builds the Bolt app from its dependencies; the caller starts it (or tests drive it). */
export function createSlackApp(options: SlackAppOptions): App {
  const { config, logger } = options;
  const slack = config.slack;
  if (!slack) throw new Error('createSlackApp needs Slack credentials (config.mode is web-only)');
  const deps: ListenerDeps = {
    core: options.core,
    config,
    logger,
    deduper: options.deduper ?? new MemoryDeduper(),
    metrics: options.metrics ?? createMetrics({ defaultMetrics: false }),
  };
  const merged = {
    ...DEFAULT_CLIENT_OPTIONS,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...options.clientOptions,
  };
  const timeout = merged.timeout || DEFAULT_CLIENT_OPTIONS.timeout;
  const clientOptions = { ...merged, fetch: fetchWithDeadline(timeout, merged.fetch) };
  const common = {
    token: slack.botToken,
    logger: boltLogger(logger),
    clientOptions,
    // Initialisation calls auth.test; the caller awaits app.init() so failures surface at startup.
    deferInitialization: true,
  } satisfies AppOptions;
  const app =
    config.mode === 'socket'
      ? new App({
          ...common,
          socketMode: true,
          // Our own receiver so that apps.connections.open goes through the same Web API settings
          // (SLACK_API_URL, timeouts) as every other call.
          receiver: new SocketModeReceiver({
            appToken: slack.appToken ?? '',
            logger: common.logger,
            installerOptions: { clientOptions },
            ...(options.socketPingTimeoutMs ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
          }),
        })
      : new App({
          ...common,
          // Bolt's HTTPReceiver, also rejecting timestamps more than 5 minutes in the future.
          receiver: createSlackReceiver({
            signingSecret: slack.signingSecret ?? '',
            customRoutes: options.customRoutes ?? [],
            processBeforeResponse: options.processBeforeResponse ?? false,
            logger: common.logger,
          }),
        });

  // First: graceful shutdown waits for the listener work this tracks (replies are posted after the ack).
  trackInflight(app);

  // Slack retries events it thinks failed; a retry must never produce a second reply.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await deps.deduper.firstSeen(eventId))) {
      deps.metrics.dedupeHits.inc();
      logger.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'duplicate event ignored',
      );
      return;
    }
    await next();
  });

  // Before the DM listener: Bolt's Assistant takes the messages of assistant threads.
  registerAssistant(app, deps);
  registerEvents(app, deps);
  registerCommands(app, deps);
  registerInteractivity(app, deps);

  app.error(async (error) => {
    logger.error(
      { err: { name: error.name, message: error.message, code: error.code } },
      'unhandled listener error',
    );
  });
  return app;
}
