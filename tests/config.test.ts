import { describe, expect, it } from 'vitest';
import { ConfigError, envSchema, loadConfig, SETTING_NAMES } from '../src/config.js';

const problemsOf = (env: Record<string, string | undefined>): readonly string[] => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

describe('loadConfig', () => {
  it('runs web-only with no Slack settings, with defaults', () => {
    const c = loadConfig({});
    expect(c.mode).toBe('web-only');
    expect(c.port).toBe(3000);
    expect(c.publicBaseUrl).toBe('http://localhost:3000');
    expect(c.logLevel).toBe('info');
    expect(c.slack).toBeUndefined();
  });

  it('picks HTTP mode with a bot token and signing secret, Socket Mode with an app token', () => {
    const http = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'abcdef0123456789abcd',
    });
    expect(http.mode).toBe('http');
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' });
    expect(socket.mode).toBe('socket');
  });

  it('treats blank values as unset and trims the base URL', () => {
    const c = loadConfig({
      SLACK_BOT_TOKEN: '',
      PORT: ' ',
      PUBLIC_BASE_URL: 'https://bot.example.com/',
      LOG_LEVEL: 'DEBUG',
    });
    expect(c.mode).toBe('web-only');
    expect(c.port).toBe(3000);
    expect(c.publicBaseUrl).toBe('https://bot.example.com');
    expect(c.logLevel).toBe('debug');
  });

  it('names every bad variable in one error', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_SIGNING_SECRET: 'short',
      SLACK_APP_TOKEN: 'nope',
      PORT: '70000',
      PUBLIC_BASE_URL: 'not a url',
      SLACK_API_URL: 'ftp://x',
      REDIS_URL: 'http://redis',
      LOG_LEVEL: 'loud',
      DATA_DIR: 'postgres://db/meshbot',
      DATABASE_URL: 'mysql://db/meshbot',
      USER_HASH_SECRET: 'short',
      STORE_QUESTIONS: 'maybe',
      RETENTION_DAYS: '0',
      CURATORS: 'alice, U123',
      EXPERTS_CHANNEL: '#experts',
      STATS_PAGE: 'sometimes',
      METRICS_TOKEN: 'short',
      METRICS_PORT: '0',
    });
    for (const name of SETTING_NAMES)
      expect(
        problems.some((p) => p.startsWith(`${name}:`)),
        name,
      ).toBe(true);
  });

  it('says which credential is missing when Slack is half configured', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'abcdef0123456789abcd' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: is required/),
    ]);
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET/),
    ]);
  });

  it('the error message says where to fix it and never echoes a secret value', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxp-secretvalue', PORT: 'abc' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/\.env/);
      expect((err as Error).message).not.toContain('secretvalue');
    }
  });

  it('lists the same names as the schema', () => {
    expect(SETTING_NAMES).toEqual(Object.keys(envSchema.shape));
  });
});
