import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Core } from './core.js';
import { type Loop, openLoop } from './loop/index.js';
import { loopRoutes } from './loop/routes.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createSlackApp, installationsOf, repliesOf, type SlackAppOptions } from './slack/app.js';
import { SlackAuthHealth } from './slack/auth-health.js';
import { closeGracefully, inflightOf } from './slack/inflight.js';
import { explainStartupError, StartupError } from './slack/startup.js';
import { TokenKeyError } from './store/installations.js';
import { applyLimits, DEFAULT_LIMITS, type ServerLimits, serverOptions } from './web/limits.js';
import { webRoutes } from './web/routes.js';
import { startWebServer } from './web/server.js';
import { LoadShedder, type LoadShedderOptions } from './web/shed.js';

export const CONNECT_SLACK_HINT =
  'Slack is not connected: serving the answer pages only. To connect, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) in .env; README "Install in Slack" walks through it.';

/** How long shutdown keeps posting owed replies: inside index.ts's 10 s bound, with room to spare. */
export const SHUTDOWN_DRAIN_MS = 7_000;

async function drainReplies(app: App, ms: number): Promise<void> {
  const replies = repliesOf(app);
  if (!replies) return;
  await replies.drain(ms);
  replies.stop();
}

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
export function hasBearer(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return false;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m?.[1]) return false;
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(m[1]), digest(token));
}

export interface Running {
  readonly port: number;
  /** The port /metrics is served on when METRICS_PORT is set. */
  readonly metricsPort?: number;
  readonly mode: Config['mode'];
  close(): Promise<void>;
}

/** Starts whatever the settings call for; every mode serves /answers and /healthz on PORT. */
export async function startServer(options: {
  config: Config;
  core: Core;
  logger: Logger;
  slack?: Partial<SlackAppOptions>;
  /** The learning loop; opened from the settings when omitted (null: none). */
  loop?: Loop | null;
  /** Page load shedding (src/web/shed.ts); false turns it off (benchmarks of the old behaviour). */
  shedding?: LoadShedderOptions | false;
  /** How long shutdown keeps posting owed replies (the process exits within SHUTDOWN_TIMEOUT_MS). */
  shutdownDrainMs?: number;
  /** Timeouts and connection caps of the HTTP server (src/web/limits.ts). */
  limits?: Partial<ServerLimits>;
}): Promise<Running> {
  const { config, core, logger } = options;
  const started = Date.now();
  const ownLoop = options.loop === undefined ? await openLoop(config, core, logger) : undefined;
  const loop = ownLoop ?? options.loop ?? undefined;
  try {
    return await startServing(
      { ...options, slack: { ...options.slack, ...(loop ? { loop } : {}) } },
      started,
      {
        loop,
        close: async () => {
          await ownLoop?.close();
        },
      },
    );
  } catch (err) {
    await ownLoop?.close();
    throw err;
  }
}

async function startServing(
  options: {
    config: Config;
    core: Core;
    logger: Logger;
    slack?: Partial<SlackAppOptions>;
    shedding?: LoadShedderOptions | false;
    shutdownDrainMs?: number;
    limits?: Partial<ServerLimits>;
  },
  started: number,
  extra: { loop: Loop | undefined; close(): Promise<void> },
): Promise<Running> {
  const { config, core, logger } = options;
  const drainMs = options.shutdownDrainMs ?? SHUTDOWN_DRAIN_MS;
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
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
        await (await import('./slack/redis-dedupe.js')).createRedisDeduper({
          url: config.redisUrl,
          logger,
          // The fallback is visible: a gauge, a counter, and /readyz's `degraded`.
          onStoreChange: (store) => {
            metrics.dedupeFallback.set(store === 'memory' ? 1 : 0);
            if (store === 'memory') metrics.dedupeFallbacks.inc();
          },
        })
      : undefined;
  // Readiness: does Slack still take the bot token? (Liveness, /healthz, does not ask.)
  let authCheck: () => Promise<unknown> = async () => {};
  const auth = config.mode === 'web-only' ? undefined : new SlackAuthHealth(() => authCheck());
  const slackOptions = {
    ...options.slack,
    ...(redisDedupe ? { deduper: redisDedupe } : {}),
    ...(auth ? { auth } : {}),
  };
  if (redisDedupe) metrics.dedupeFallback.set(redisDedupe.store === 'memory' ? 1 : 0);
  if (config.mode !== 'web-only') {
    const store = redisDedupe ? 'redis' : options.slack?.deduper ? 'custom' : 'memory';
    logger.info({ store, active: redisDedupe?.store ?? store }, 'event dedupe store');
  }
  // Slack's requests come first: the answer pages give way (503) when the event loop lags.
  const shed = options.shedding === false ? undefined : new LoadShedder(options.shedding).start();
  const metricsToken = config.metrics?.token;
  const metricsRoute = {
    path: '/metrics',
    method: ['GET'],
    handler: (req: IncomingMessage, res: ServerResponse) => {
      if (metricsToken && !hasBearer(req, metricsToken)) {
        res.writeHead(401, {
          'content-type': 'text/plain',
          'www-authenticate': 'Bearer',
          'cache-control': 'no-store',
        });
        res.end('metrics need Authorization: Bearer <METRICS_TOKEN>');
        return;
      }
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
  };
  const routes = [
    ...webRoutes(core, {
      health: () => ({
        ok: true,
        mode: config.mode,
        answers: core.kb.entries.length,
        ...(warnings.length ? { warnings } : {}),
      }),
      logger,
      ...(shed ? { shed, onShed: (route, reason) => metrics.pagesShed.inc({ route, reason }) } : {}),
      ...(extra.loop ? { verification: (id: string) => extra.loop?.verifications().get(id) } : {}),
    }),
    ...(config.metrics?.port ? [] : [metricsRoute]),
    {
      // Readiness: 503 while Slack refuses the bot token; degraded states are reported, not failed.
      path: '/readyz',
      method: ['GET', 'HEAD'],
      handler: (_req: IncomingMessage, res: ServerResponse) => {
        const slack = auth?.status() ?? { ok: true as const };
        const dedupe =
          config.mode === 'web-only'
            ? undefined
            : (redisDedupe?.store ?? (options.slack?.deduper ? 'custom' : 'memory'));
        const degraded =
          redisDedupe?.store === 'memory' ? ['dedupe: Redis unavailable, answering from memory'] : undefined;
        const body = {
          ok: slack.ok,
          mode: config.mode,
          ...(config.mode === 'web-only' ? {} : { slack: slack.ok ? 'ok' : slack.code }),
          ...(dedupe ? { dedupe } : {}),
          ...(degraded ? { degraded } : {}),
        };
        res.writeHead(slack.ok ? 200 : 503, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
        });
        res.end(JSON.stringify(body));
      },
    },
    ...(extra.loop ? loopRoutes(extra.loop, core, config, logger) : []),
  ];
  // /metrics on a port of its own (METRICS_PORT), not reachable through the Service that fronts PORT.
  const metricsServer = config.metrics?.port
    ? await startWebServer([metricsRoute], { port: config.metrics.port, logger, limits })
    : undefined;
  if (!config.metrics?.token && !config.metrics?.port)
    logger.info('GET /metrics is public on PORT: set METRICS_TOKEN or METRICS_PORT to restrict it');
  const finish = async () => {
    await metricsServer?.close();
    await extra.close();
  };

  if (config.mode === 'web-only' || config.mode === 'socket') {
    const web = await startWebServer(routes, { port: config.port, logger, limits });
    let stopSlack = async () => {};
    if (config.mode === 'socket') {
      const app = createSlackApp({ core, config, logger, metrics, ...slackOptions });
      authCheck = () => app.client.auth.test();
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
        await drainReplies(app, drainMs);
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
    // The spelling index is built on first use (~0.1 s). Built here two seconds after start-up, so
    // readiness probes are not held up by it; a misspelt question in those two seconds builds it.
    setTimeout(() => core.matcher.warm(), 2000).unref();
    return {
      port: web.port,
      mode: config.mode,
      close: async () => {
        await stopSlack();
        await web.close();
        await redisDedupe?.close();
        shed?.stop();
        await finish();
      },
    };
  }

  const app = createSlackApp({ core, config, logger, metrics, customRoutes: routes, ...slackOptions });
  authCheck = () => app.client.auth.test();
  try {
    await app.init();
  } catch (err) {
    await redisDedupe?.close();
    throw explained(err, 'bot');
  }
  const installs = installationsOf(app);
  if (installs) {
    // OAuth install: a wrong TOKEN_ENCRYPTION_KEY stops start-up, not the first reply.
    try {
      await installs.checkKey();
    } catch (err) {
      await redisDedupe?.close();
      throw err instanceof TokenKeyError
        ? new StartupError(err.message, 'TOKEN_ENCRYPTION_KEY', err.code)
        : err;
    }
    logger.info(
      { install: `${config.publicBaseUrl}/slack/install`, installations: await installs.count() },
      'OAuth install on: each workspace installs meshbot at /slack/install',
    );
  }
  // Bolt creates the server: the timeouts go in as its options, the caps on once it listens.
  const server = (await app.start(config.port, serverOptions(limits))) as Server;
  applyLimits(server, limits, (reason) => metrics.connectionsRefused.inc({ reason }));
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
      // Then the replies owed for acked events: posted (or delivered privately) up to a deadline.
      await drainReplies(app, drainMs);
      await redisDedupe?.close();
      shed?.stop();
      await finish();
    },
  };
}
