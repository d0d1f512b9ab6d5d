import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Core } from './core.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createSlackApp, type SlackAppOptions } from './slack/app.js';
import { closeGracefully, inflightOf } from './slack/inflight.js';
import { explainStartupError } from './slack/startup.js';
import { webRoutes } from './web/routes.js';
import { startWebServer } from './web/server.js';

export const CONNECT_SLACK_HINT =
  'Slack is not connected: serving the answer pages only. To connect, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) in .env; README "Install in Slack" walks through it.';

export interface Running {
  readonly port: number;
  readonly mode: Config['mode'];
  close(): Promise<void>;
}

/** Starts whatever the settings call for; every mode serves /answers and /healthz on PORT. */
export async function startServer(options: {
  config: Config;
  core: Core;
  logger: Logger;
  slack?: Partial<SlackAppOptions>;
}): Promise<Running> {
  const { config, core, logger } = options;
  const started = Date.now();
  const warnings = config.warnings ?? [];
  for (const w of warnings) logger.warn(w);
  /** A start-up call's failure, named by the setting to fix when it is a token or the Web API address. */
  const explained = (err: unknown, token: 'bot' | 'app') =>
    explainStartupError(err, { token, slackApiUrl: config.slackApiUrl }) ?? err;
  const metrics: Metrics = options.slack?.metrics ?? createMetrics();
  // Replicas share event dedupe through Redis when REDIS_URL is set (in memory otherwise).
  const redisDedupe =
    config.mode !== 'web-only' && config.redisUrl && !options.slack?.deduper
      ? // Loaded only when used: the Redis client costs memory and start-up time otherwise.
        await (await import('./slack/redis-dedupe.js')).createRedisDeduper({ url: config.redisUrl, logger })
      : undefined;
  const slackOptions = redisDedupe ? { ...options.slack, deduper: redisDedupe } : options.slack;
  if (config.mode !== 'web-only') {
    const store = redisDedupe ? 'redis' : options.slack?.deduper ? 'custom' : 'memory';
    logger.info({ store, active: redisDedupe?.store ?? store }, 'event dedupe store');
  }
  const routes = [
    ...webRoutes(core, {
      health: () => ({
        ok: true,
        mode: config.mode,
        answers: core.kb.entries.length,
        ...(warnings.length ? { warnings } : {}),
      }),
      logger,
    }),
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req: unknown, res: import('node:http').ServerResponse) => {
        metrics.registry.metrics().then(
          (text) => {
            res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
            res.end(text);
          },
          () => {
            res.writeHead(500, { 'content-type': 'text/plain' });
            res.end('metrics unavailable');
          },
        );
      },
    },
  ];

  if (config.mode === 'web-only' || config.mode === 'socket') {
    const web = await startWebServer(routes, { port: config.port, logger });
    let stopSlack = async () => {};
    if (config.mode === 'socket') {
      const app = createSlackApp({ core, config, logger, metrics, ...slackOptions });
      try {
        await app.init().catch((err: unknown) => {
          throw explained(err, 'bot');
        });
        await app.start().catch((err: unknown) => {
          throw explained(err, 'app');
        });
      } catch (err) {
        await web.close();
        await redisDedupe?.close();
        throw err;
      }
      stopSlack = async () => {
        await app.stop();
        // Events already received finish their replies before the process exits.
        await inflightOf(app)?.drain();
      };
      logger.info(
        { mode: 'socket', port: web.port, ms: Date.now() - started },
        'meshbot connected to Slack (Socket Mode)',
      );
    } else {
      logger.warn(CONNECT_SLACK_HINT);
      logger.info(
        { mode: 'web-only', url: `${web.url}/answers`, ms: Date.now() - started },
        'answer pages ready',
      );
    }
    return {
      port: web.port,
      mode: config.mode,
      close: async () => {
        await stopSlack();
        await web.close();
        await redisDedupe?.close();
      },
    };
  }

  const app = createSlackApp({ core, config, logger, metrics, customRoutes: routes, ...slackOptions });
  try {
    await app.init();
  } catch (err) {
    await redisDedupe?.close();
    throw explained(err, 'bot');
  }
  const server = (await app.start(config.port)) as Server;
  const port = (server.address() as AddressInfo).port;
  logger.info(
    { mode: 'http', port, events: '/slack/events', ms: Date.now() - started },
    'meshbot ready (HTTP mode)',
  );
  return {
    port,
    mode: 'http',
    close: async () => {
      // No new connections, idle keep-alive ones closed, then in-flight listener work settles.
      await closeGracefully(server, { stop: () => app.stop(), inflight: inflightOf(app) });
      await redisDedupe?.close();
    },
  };
}
