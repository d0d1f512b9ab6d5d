import { App, type AppOptions, type CustomRoute, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Core } from '../core.js';
import { boltLogger } from '../logger.js';
import type { Loop } from '../loop/index.js';
import { createMetrics, type Metrics } from '../metrics.js';
import { OnceKeys, StoreOutbox } from '../store/outbox-store.js';
import { boundTeamClients } from './client-pool.js';
import type { ListenerDeps } from './context.js';
import { type Deduper, MemoryDeduper } from './dedupe.js';
import { trackInflight } from './inflight.js';
import {
  currentTeam,
  installedToken,
  oauthSetup,
  registerUninstall,
  runWithTeam,
  singleToken,
  type TeamRef,
  type TokenFor,
  teamOfContext,
} from './installs.js';
import { registerAssistant } from './listeners/assistant.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerFallbacks } from './listeners/fallback.js';
import { registerFollowUps } from './listeners/followups.js';
import { registerInteractivity } from './listeners/interactivity.js';
import { registerLoop } from './listeners/loop.js';
import { MemoryOnce } from './once.js';
import { MemoryOutbox, type Outbox } from './outbox.js';
import { createSlackReceiver } from './receiver.js';
import {
  EXPIRED_NOTICE,
  type PostFn,
  privateCopy,
  ReplyWorker,
  type ReplyWorkerOptions,
} from './reply-worker.js';
import { giveUpNotice, tellUser } from './web-api.js';

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
  /** The learning loop (feedback, gaps, curation); none when omitted. */
  readonly loop?: Loop;
  /** Where owed replies are kept until posted (default: in memory). */
  readonly outbox?: Outbox;
  /** Told the code of every failed Web API call (readiness: src/slack/auth-health.ts). */
  readonly auth?: { note(code: string): void };
  /** Reply worker settings (backoff, expiry…), for tests. */
  readonly replies?: Partial<Omit<ReplyWorkerOptions, 'outbox' | 'post' | 'logger' | 'metrics'>>;
  /** Per-attempt timeout of reply posts (default REPLY_TIMEOUT_MS, or clientOptions.timeout when set). */
  readonly replyTimeoutMs?: number;
  /**
   * Socket Mode client timing: how long to wait for a pong, which is also the delay before a
   * reconnect (Slack's SDK default 5000 ms). Tests shorten it.
   */
  readonly socketPingTimeoutMs?: number;
  /** Clock of follow-up windows and suggestion limits (tests inject one). */
  readonly clock?: () => number;
}

/**
 * The Web API policy of the listeners' client in production: a 429 is rejected at once
 * (rejectRateLimitedCalls true). With `false` the WebClient pauses its whole request queue for the
 * Retry-After, so one channel's 429 held every other channel's replies and made trigger-bound calls
 * (views.open, views.push: their trigger_id expires after 3 s) go out too late. No retries either:
 * replies go through the outbox (src/slack/reply-worker.ts), which retries per channel, and a
 * trigger-bound call must never wait. A call that gets no answer is aborted after 10 s.
 */
export const DEFAULT_CLIENT_OPTIONS = {
  retryConfig: { retries: 0 },
  timeout: 10_000,
  rejectRateLimitedCalls: true,
} satisfies AppOptions['clientOptions'];

/**
 * Per-attempt timeout of reply posts. Longer than the listeners' 10 s: a Slack that answers in 12 s
 * has usually posted the message, and a retry after a timeout could post it twice.
 */
export const REPLY_TIMEOUT_MS = 30_000;

export const SHARE_INVITE_HINT =
  "I can't post in this channel yet. Invite me with `/invite @meshbot`, then press Share again.";

/** How often a durable outbox is checked for replies another replica or a dead process left. */
export const OUTBOX_POLL_MS = 1_000;

/** The outbox worker an app posts its replies through. */
const workers = new WeakMap<App, ReplyWorker>();
export function repliesOf(app: App): ReplyWorker | undefined {
  return workers.get(app);
}

/** How an app gets the bot token of a team (single workspace: SLACK_BOT_TOKEN; OAuth: its install). */
const tokenFors = new WeakMap<App, TokenFor>();
export function tokenForOf(app: App): TokenFor | undefined {
  return tokenFors.get(app);
}
/** The OAuth installation store of an app in OAuth mode. */
const installStores = new WeakMap<App, ReturnType<typeof oauthSetup>['store']>();
export function installationsOf(app: App): ReturnType<typeof oauthSetup>['store'] | undefined {
  return installStores.get(app);
}

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
  const oauth = config.oauth;
  if (!oauth && !slack.botToken)
    throw new Error('createSlackApp needs SLACK_BOT_TOKEN or the OAuth settings');
  if (oauth && !options.loop)
    throw new Error('the OAuth install keeps its installations in the store: give the app a loop');
  const metrics = options.metrics ?? createMetrics({ defaultMetrics: false });
  const merged = {
    ...DEFAULT_CLIENT_OPTIONS,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...options.clientOptions,
  };
  const timeout = merged.timeout || DEFAULT_CLIENT_OPTIONS.timeout;
  const clientOptions = { ...merged, fetch: fetchWithDeadline(timeout, merged.fetch) };

  // Replies have a client of their own: its own request queue (a slow reply never queues a
  // views.open), a longer per-attempt timeout, 429s rejected (the worker waits per channel), no
  // retries of its own (the worker retries with backoff until the reply expires).
  const replyTimeout = options.replyTimeoutMs ?? options.clientOptions?.timeout ?? REPLY_TIMEOUT_MS;
  const replyFetch = fetchWithDeadline(replyTimeout, merged.fetch);
  const replyClientOptions = {
    ...merged,
    fetch: replyFetch,
    timeout: replyTimeout,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: boltLogger(logger),
  };
  const replyClient = new webApi.WebClient(slack.botToken, replyClientOptions);
  // Every token the app uses outside Bolt's listener clients comes from here (set once the app exists).
  let tokenFor: TokenFor = slack.botToken ? singleToken(slack.botToken) : async () => '';
  /** The reply client for one team: its token per call (Bolt's listener clients have theirs already). */
  const clientFor = async (team: TeamRef | undefined) =>
    oauth ? new webApi.WebClient(await tokenFor(team), replyClientOptions) : replyClient;
  const post: PostFn = async (method, args, team) => {
    if (method !== 'respond')
      return replyClient.apiCall(method, {
        ...(args as Record<string, unknown>),
        ...(oauth ? { token: await tokenFor(team) } : {}),
      });
    // A slash command's reply: a POST to its response_url (up to 5 times in 30 minutes).
    const { url, ...message } = args as { url: string };
    const res = await replyFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) {
      throw Object.assign(new Error(`response_url answered ${res.status}`), { code: `http_${res.status}` });
    }
    return undefined;
  };
  // Owed replies live in the store when there is one (any replica or a restart drains them).
  const outbox =
    options.outbox ?? (options.loop ? new StoreOutbox(options.loop.store.db) : new MemoryOutbox());
  const replies = new ReplyWorker({
    outbox,
    post,
    logger,
    metrics,
    // A reply queued while a listener handles an event is posted with that event's team's token.
    teamOf: currentTeam,
    ...(outbox.durable ? { pollMs: OUTBOX_POLL_MS } : {}),
    ...(options.auth ? { onError: (code: string) => options.auth?.note(code) } : {}),
    ...options.replies,
  });
  // A reply given up on: tell the asker privately what is wrong (never in the channel).
  replies.onGiveUp = async (reply, code) => {
    if (!reply.asker) return;
    const reporting = { logger, metrics };
    if (code === 'expired') {
      // Last try: the answer itself, privately (another method, another rate-limit bucket).
      try {
        await post('chat.postEphemeral', privateCopy(reply, reply.asker), reply.team);
        metrics.outbox.inc({ surface: reply.surface, outcome: 'posted_privately' });
        return;
      } catch {
        await tellUser(await clientFor(reply.team), reporting, reply.asker, EXPIRED_NOTICE);
        return;
      }
    }
    // Not installed any more: there is no token to tell anyone with.
    if (code === 'not_installed') return;
    const notice =
      reply.surface === 'share' && (code === 'not_in_channel' || code === 'channel_not_found')
        ? SHARE_INVITE_HINT
        : giveUpNotice(code);
    if (reply.asker.responseUrl) {
      // The click's response_url reaches the person even where the bot is not a member.
      try {
        await post('respond', {
          url: reply.asker.responseUrl,
          response_type: 'ephemeral',
          replace_original: false,
          text: notice,
        });
        return;
      } catch {
        // fall through: ephemeral, else DM
      }
    }
    await tellUser(await clientFor(reply.team), reporting, reply.asker, notice);
  };

  // OAuth install (issue 11 part 5): Bolt's installer on the HTTP receiver, stores in the database.
  const setup =
    oauth && options.loop ? oauthSetup(config, options.loop.store.db, clientOptions, logger) : undefined;
  const deps: ListenerDeps = {
    core: options.core,
    config,
    logger,
    deduper: options.deduper ?? new MemoryDeduper(),
    metrics,
    replies,
    once: options.loop
      ? new OnceKeys(options.loop.store.db, options.loop.settings.hashSecret)
      : new MemoryOnce(),
    ...(options.loop ? { loop: options.loop } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    // The weekly digest has no event: in OAuth mode it goes through the first install's token.
    ...(oauth ? { digestClient: async () => clientFor(await setup?.store.first()) } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
  };
  const common = {
    ...(slack.botToken ? { token: slack.botToken } : {}),
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
            ...(setup ? setup.receiverOptions : {}),
          }),
        });
  if (setup) {
    tokenFor = installedToken(app, setup.store);
    installStores.set(app, setup.store);
  }
  tokenFors.set(app, tokenFor);

  // First: graceful shutdown waits for the listener work this tracks (replies are posted after the ack).
  trackInflight(app);
  workers.set(app, replies);
  // Bolt would keep a Web API client pool for every team_id it is sent, forever.
  boundTeamClients(app);

  // The team of the event: replies queued while handling it are posted with that team's token.
  app.use(async ({ context, next }) => runWithTeam(teamOfContext(context), next));

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
  if (deps.loop) registerLoop(app, deps);
  // Follow-ups in threads and opt-in channel suggestions (both keep their state in the loop's store).
  if (deps.loop) registerFollowUps(app, deps);
  if (setup)
    registerUninstall(app, setup.store, logger, async (team) => {
      const loop = deps.loop;
      if (!loop) return 0;
      return (await loop.store.closeTeamAsks(team)) + (await loop.privateAskers.forgetTeam(team));
    });
  // Last: acks whatever the listeners above do not handle.
  registerFallbacks(app, deps);

  app.error(async (error) => {
    logger.error(
      { err: { name: error.name, message: error.message, code: error.code } },
      'unhandled listener error',
    );
  });
  return app;
}
