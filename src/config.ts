import { z } from 'zod';

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = (check: z.ZodString) => z.preprocess(blankToUndefined, check.optional());

/** The environment the app reads. Exported so tests can feed it bad values. */
export const envSchema = z.object({
  SLACK_BOT_TOKEN: optionalString(
    z.string().regex(/^xoxb-[\w-]+$/, 'must be a bot token starting with "xoxb-"'),
  ),
  SLACK_SIGNING_SECRET: optionalString(
    z.string().regex(/^[0-9a-zA-Z]{16,128}$/, "must be the app's signing secret (letters and digits)"),
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
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
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
  readonly slack?: { readonly botToken: string; readonly signingSecret?: string; readonly appToken?: string };
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

/** Validates the environment and reports every bad variable in one error. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const any = e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN;
  if (any && !e.SLACK_BOT_TOKEN)
    problems.push('SLACK_BOT_TOKEN: is required once any Slack setting is given');
  if (any && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_SIGNING_SECRET: is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (problems.length) throw new ConfigError(problems);
  const mode: Mode = !any ? 'web-only' : e.SLACK_APP_TOKEN ? 'socket' : 'http';
  return {
    mode,
    port: e.PORT,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    slackApiUrl: e.SLACK_API_URL,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
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
