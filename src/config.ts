import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type KbOwners, parseKbOwners } from './loop/owners.js';
import { withoutTrailing } from './trim.js';

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = (check: z.ZodString) => z.preprocess(blankToUndefined, check.optional());

/** A 32-byte key from 64 hex digits or base64 (padded or not); undefined when it is neither. */
export function decodeKey(v: string): Buffer | undefined {
  const t = v.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (!/^[A-Za-z0-9+/]{43}=?$/.test(t) && !/^[A-Za-z0-9_-]{43}=?$/.test(t)) return undefined;
  const b = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return b.length === 32 ? b : undefined;
}

/** The environment the app reads. Exported so tests can feed it bad values. */
export const envSchema = z.object({
  SLACK_BOT_TOKEN: optionalString(
    z.string().regex(/^xoxb-[\w-]+$/, 'must be a bot token starting with "xoxb-"'),
  ),
  SLACK_SIGNING_SECRET: optionalString(
    z.string().superRefine((v, ctx) => {
      const where = 'must be the Signing Secret from Basic Information > App Credentials';
      if (!/^[0-9a-zA-Z]*$/.test(v))
        ctx.addIssue({
          code: 'custom',
          message: `${where}: letters and digits only (no spaces, quotes or "v0=")`,
        });
      else if (v.length < 16 || v.length > 128)
        ctx.addIssue({
          code: 'custom',
          message: `${where}: 16 to 128 letters and digits (Slack issues 32 hexadecimal characters); this value has ${v.length}`,
        });
    }),
  ),
  SLACK_APP_TOKEN: optionalString(
    z.string().regex(/^xapp-[\w-]+$/, 'must be an app-level token starting with "xapp-"'),
  ),
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a whole number from 0 to 65535' })
      .int('must be a whole number from 0 to 65535')
      .min(0, 'must be a whole number from 0 to 65535')
      .max(65535, 'must be a whole number from 0 to 65535')
      .default(3000),
  ),
  PUBLIC_BASE_URL: optionalString(
    z
      .string()
      .url('must be a full URL such as https://meshbot.example.com')
      .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://'),
  ),
  SLACK_API_URL: optionalString(
    z
      .string()
      .url('must be a full URL such as https://slack.com/api/')
      .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://'),
  ),
  REDIS_URL: optionalString(
    z
      .string()
      .url('must be a Redis URL such as redis://redis:6379')
      .refine((u) => /^rediss?:\/\//.test(u), 'must start with redis:// or rediss://'),
  ),
  DATA_DIR: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine(
        (v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v),
        'must be a directory path (for PostgreSQL set DATABASE_URL)',
      )
      .refine((v) => !v.includes('\0'), 'must be a directory path')
      .default('./data'),
  ),
  DATABASE_URL: optionalString(
    z
      .string()
      .url('must be a PostgreSQL URL such as postgres://meshbot:password@db:5432/meshbot')
      .refine((u) => /^postgres(ql)?:\/\//.test(u), 'must start with postgres:// or postgresql://'),
  ),
  // Where the parsed knowledge base and the fitted matcher's snapshot are cached by content hash
  // (restarts skip parsing and fitting); read by src/cache-dir.ts, validated here with the rest.
  MESHBOT_MODEL_CACHE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((v) => !v.includes('\0') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v), 'must be a directory path')
      .optional(),
  ),
  USER_HASH_SECRET: optionalString(
    z
      .string()
      .min(16, 'must be at least 16 characters (a random string; user ids are stored as keyed hashes)'),
  ),
  STORE_QUESTIONS: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .default('true')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  ),
  RETENTION_DAYS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a whole number of days from 1 to 3650' })
      .int('must be a whole number of days from 1 to 3650')
      .min(1, 'must be a whole number of days from 1 to 3650')
      .max(3650, 'must be a whole number of days from 1 to 3650')
      .default(90),
  ),
  CURATORS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((v) => v.split(/[\s,]+/).filter(Boolean))
      .refine((ids) => ids.every((id) => /^[UWS][A-Z0-9]{2,40}$/.test(id)), {
        message: 'must list Slack user ids (U…/W…) and/or user group ids (S…), separated by commas',
      })
      .optional(),
  ),
  EXPERTS_CHANNEL: optionalString(
    z.string().regex(/^[CG][A-Z0-9]{2,40}$/, 'must be a channel id such as C0123ABCD (not a #name)'),
  ),
  STATS_PAGE: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' })
      .default('true')
      .transform((v) => v === 'true' || v === '1' || v === 'yes' || v === 'on'),
  ),
  // Owner names of the knowledge files mapped to Slack ids, for the weekly review digest.
  KB_OWNERS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .superRefine((v, ctx) => {
        const { problems } = parseKbOwners(v);
        if (problems.length)
          ctx.addIssue({
            code: 'custom',
            message: `must be comma-separated name=ID pairs such as platform-networking-team=S0123ABCD,mesh-team=U0456EFGH (IDs: U…/W… users, S… user groups); not ${problems.join(', ')}`,
          });
      })
      .transform((v) => parseKbOwners(v).owners)
      .optional(),
  ),
  // OAuth install in any workspace (issue 11 part 5): all three or none.
  SLACK_CLIENT_ID: optionalString(
    z
      .string()
      .regex(/^\d+\.\d+$/, 'must be the Client ID from Basic Information > App Credentials (digits.digits)'),
  ),
  SLACK_CLIENT_SECRET: optionalString(
    z
      .string()
      .regex(
        /^[0-9a-zA-Z]{16,128}$/,
        'must be the Client Secret from Basic Information > App Credentials: 16 to 128 letters and digits',
      ),
  ),
  SLACK_STATE_SECRET: optionalString(
    z.string().min(16, 'must be a random string of at least 16 characters (it signs the OAuth state)'),
  ),
  TOKEN_ENCRYPTION_KEY: optionalString(
    z.string().superRefine((v, ctx) => {
      if (!decodeKey(v))
        ctx.addIssue({
          code: 'custom',
          message:
            'must be 32 random bytes as 64 hexadecimal characters or as base64 (openssl rand -base64 32)',
        });
    }),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  // /metrics: behind a bearer token, and/or on a port of its own (then not on PORT).
  METRICS_TOKEN: optionalString(
    z
      .string()
      .min(16, 'must be at least 16 characters (a random string)')
      .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces'),
  ),
  METRICS_PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a whole number from 1 to 65535' })
      .int('must be a whole number from 1 to 65535')
      .min(1, 'must be a whole number from 1 to 65535')
      .max(65535, 'must be a whole number from 1 to 65535')
      .optional(),
  ),
});

export type Mode = 'http' | 'socket' | 'web-only';

export interface Config {
  readonly mode: Mode;
  readonly port: number;
  readonly publicBaseUrl: string;
  readonly slackApiUrl: string | undefined;
  /** Shared event dedupe across replicas; in memory when unset. */
  readonly redisUrl: string | undefined;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** The learning loop's store: SQLite in dataDir, or PostgreSQL when databaseUrl is set. */
  readonly store: {
    readonly dataDir: string;
    readonly databaseUrl: string | undefined;
    /** Key for the hashes of user ids (derived from the Slack secrets when not set). */
    readonly hashSecret: string;
    readonly hashSecretSet: boolean;
    readonly storeQuestions: boolean;
    readonly retentionDays: number;
  };
  readonly loop: {
    /** User ids and user group ids allowed to curate gaps. */
    readonly curators: readonly string[];
    readonly expertsChannel: string | undefined;
    readonly statsPage: boolean;
    /** Owner names (keys as ownerKey() makes them) → Slack user and group ids (KB_OWNERS). */
    readonly kbOwners: KbOwners;
  };
  /** Without `oauth`, the one workspace's bot token; with it, none (each install brings its own). */
  readonly slack?: {
    readonly botToken?: string;
    readonly signingSecret?: string;
    readonly appToken?: string;
  };
  /** OAuth install in any workspace: on when SLACK_CLIENT_ID, _SECRET and SLACK_STATE_SECRET are set. */
  readonly oauth?: {
    readonly clientId: string;
    readonly clientSecret: string;
    readonly stateSecret: string;
    /** AES-256-GCM key for the tokens stored in the database (TOKEN_ENCRYPTION_KEY). */
    readonly encryptionKey: Buffer;
  };
  /** Where /metrics is served: on PORT unless `port` is set; behind `Authorization: Bearer <token>` when set. */
  readonly metrics?: { readonly token: string | undefined; readonly port: number | undefined };
  /** Settings that work but probably not as meant; logged at start-up and shown on /healthz. */
  readonly warnings?: readonly string[];
}

/** The start-up and /healthz warning for HTTP mode without PUBLIC_BASE_URL. */
export function publicBaseUrlWarning(port: number): string {
  return `PUBLIC_BASE_URL is not set: answer links point to http://localhost:${port}, which Slack cannot unfurl and nobody else can open. Set it to the public https:// address Slack reaches (the host of your request URLs).`;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `meshbot cannot start: ${problems.length} setting(s) need fixing (environment or .env; see .env.example):\n${problems
        .map((p) => `  - ${p}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Validates the environment and reports every problem (bad values and missing ones) in one error. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
    }
  }
  // Which Slack settings were given at all, valid or not: the mode and the missing ones follow from it.
  const given = (name: string) => typeof blankToUndefined(env[name]) === 'string';
  const oauthNames = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  const oauthOn = oauthNames.some(given);
  if (oauthOn) {
    for (const name of oauthNames)
      if (!given(name))
        problems.push(
          `${name}: is required for the OAuth install (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET: all three or none)`,
        );
    if (!given('TOKEN_ENCRYPTION_KEY'))
      problems.push(
        'TOKEN_ENCRYPTION_KEY: is required for the OAuth install (the tokens are stored encrypted): 32 random bytes, e.g. openssl rand -base64 32',
      );
    if (given('SLACK_BOT_TOKEN'))
      problems.push(
        'SLACK_BOT_TOKEN: leave it unset with the OAuth install (each workspace gets its token by installing at /slack/install)',
      );
    if (given('SLACK_APP_TOKEN'))
      problems.push(
        'SLACK_APP_TOKEN: the OAuth install is served in HTTP mode; unset SLACK_APP_TOKEN and set SLACK_SIGNING_SECRET',
      );
    else if (!given('SLACK_SIGNING_SECRET'))
      problems.push(
        'SLACK_SIGNING_SECRET: is required with the OAuth install (Basic Information > App Credentials > Signing Secret)',
      );
  }
  const any =
    !oauthOn && (given('SLACK_BOT_TOKEN') || given('SLACK_SIGNING_SECRET') || given('SLACK_APP_TOKEN'));
  if (any && !given('SLACK_BOT_TOKEN'))
    problems.push(
      'SLACK_BOT_TOKEN: is required once any Slack setting is given (OAuth & Permissions > Bot User OAuth Token, xoxb-...)',
    );
  if (any && !given('SLACK_APP_TOKEN') && !given('SLACK_SIGNING_SECRET')) {
    problems.push(
      'SLACK_SIGNING_SECRET: is required in HTTP mode (Basic Information > App Credentials > Signing Secret), or set SLACK_APP_TOKEN for Socket Mode',
    );
  }
  if (
    parsed.success &&
    parsed.data.METRICS_PORT !== undefined &&
    parsed.data.METRICS_PORT === parsed.data.PORT
  )
    problems.push('METRICS_PORT: must differ from PORT (it serves /metrics on a port of its own)');
  if (problems.length || !parsed.success) throw new ConfigError(problems);
  const e = parsed.data;
  const mode: Mode = oauthOn ? 'http' : !any ? 'web-only' : e.SLACK_APP_TOKEN ? 'socket' : 'http';
  const warnings = mode === 'http' && !e.PUBLIC_BASE_URL ? [publicBaseUrlWarning(e.PORT)] : [];
  return {
    mode,
    port: e.PORT,
    publicBaseUrl: withoutTrailing(e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`, '/'),
    slackApiUrl: e.SLACK_API_URL,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    store: {
      dataDir: e.DATA_DIR,
      databaseUrl: e.DATABASE_URL,
      hashSecret:
        e.USER_HASH_SECRET ??
        createHash('sha256')
          .update(
            `meshbot-user-hash:${e.SLACK_SIGNING_SECRET ?? e.SLACK_APP_TOKEN ?? e.SLACK_BOT_TOKEN ?? 'local'}`,
          )
          .digest('hex'),
      hashSecretSet: Boolean(e.USER_HASH_SECRET),
      storeQuestions: e.STORE_QUESTIONS,
      retentionDays: e.RETENTION_DAYS,
    },
    loop: {
      curators: e.CURATORS ?? [],
      expertsChannel: e.EXPERTS_CHANNEL,
      statsPage: e.STATS_PAGE,
      kbOwners: e.KB_OWNERS ?? {},
    },
    warnings,
    ...(oauthOn &&
    e.SLACK_CLIENT_ID &&
    e.SLACK_CLIENT_SECRET &&
    e.SLACK_STATE_SECRET &&
    e.TOKEN_ENCRYPTION_KEY
      ? {
          slack: { ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}) },
          oauth: {
            clientId: e.SLACK_CLIENT_ID,
            clientSecret: e.SLACK_CLIENT_SECRET,
            stateSecret: e.SLACK_STATE_SECRET,
            encryptionKey: decodeKey(e.TOKEN_ENCRYPTION_KEY) as Buffer,
          },
        }
      : {}),
    ...(e.METRICS_TOKEN || e.METRICS_PORT
      ? { metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT } }
      : {}),
    ...(e.SLACK_BOT_TOKEN
      ? {
          slack: {
            botToken: e.SLACK_BOT_TOKEN,
            ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
            ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
          },
        }
      : {}),
  };
}

/** Every setting name, for docs, .env.example and deployment checks. */
export const SETTING_NAMES = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

/**
 * Settings for an entry point (the app, the CLIs): on bad ones, prints the one message naming every
 * bad variable to stderr and returns undefined (the caller exits 1).
 */
export function loadConfigOrReport(
  env: Record<string, string | undefined>,
  /** Runs first, inside the same report (the app reads its `.env` file here). */
  before?: () => void,
): Config | undefined {
  try {
    before?.();
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return undefined;
    }
    throw err;
  }
}
