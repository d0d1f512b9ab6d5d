import { App, type AppOptions, type CustomRoute } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Core } from '../core.js';
import { boltLogger } from '../logger.js';
import { createMetrics, type Metrics } from '../metrics.js';
import type { ListenerDeps } from './context.js';
import { type Deduper, MemoryDeduper } from './dedupe.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerInteractivity } from './listeners/interactivity.js';

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
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...options.clientOptions,
  };
  const common = {
    token: slack.botToken,
    logger: boltLogger(logger),
    clientOptions,
    // Initialisation calls auth.test; the caller awaits app.init() so failures surface at startup.
    deferInitialization: true,
  } satisfies AppOptions;
  const app =
    config.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: slack.appToken })
      : new App({
          ...common,
          signingSecret: slack.signingSecret ?? '',
          customRoutes: options.customRoutes ?? [],
          processBeforeResponse: options.processBeforeResponse ?? false,
        });

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
