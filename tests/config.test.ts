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

  it('accepts a directory for the matcher weight cache and refuses a URL there', () => {
    expect(problemsOf({ MESHBOT_MODEL_CACHE: '/data/models' })).toEqual([]);
    expect(problemsOf({ MESHBOT_MODEL_CACHE: 's3://bucket/models' })).toEqual([
      expect.stringContaining('MESHBOT_MODEL_CACHE'),
    ]);
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
      KB_OWNERS: 'platform-team=S0123, mesh-team',
      SLACK_CLIENT_ID: 'abc',
      SLACK_CLIENT_SECRET: 'not secret!',
      SLACK_STATE_SECRET: 'short',
      TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=',
      MESHBOT_MODEL_CACHE: 'https://models.example.com/',
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

  it('KB_OWNERS maps owner names (any case and punctuation) to Slack user and group ids', () => {
    const c = loadConfig({
      KB_OWNERS: 'Platform networking team=S0123, platform-networking-team=U0456,mesh=W789',
    });
    expect(c.loop.kbOwners).toEqual({ 'platform-networking-team': ['S0123', 'U0456'], mesh: ['W789'] });
    expect(loadConfig({}).loop.kbOwners).toEqual({});
    const [problem, ...rest] = problemsOf({ KB_OWNERS: 'platform-team=S0123,mesh-team=#mesh, =U1' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^KB_OWNERS: must be comma-separated name=ID pairs/);
    expect(problem).toContain('"mesh-team=#mesh", "=U1"');
  });

  it('lists the same names as the schema', () => {
    expect(SETTING_NAMES).toEqual(Object.keys(envSchema.shape));
  });
});

describe('loadConfig: the OAuth install', () => {
  const OAUTH = {
    SLACK_CLIENT_ID: '1234567890.0987654321',
    SLACK_CLIENT_SECRET: '0123456789abcdef0123456789abcdef',
    SLACK_STATE_SECRET: 'a-random-state-secret',
    SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
  };
  const hexKey = 'ab'.repeat(32);
  const b64Key = Buffer.alloc(32, 7).toString('base64');

  it('switches on with all three settings and a key: HTTP mode, no bot token needed', () => {
    const c = loadConfig({ ...OAUTH, TOKEN_ENCRYPTION_KEY: hexKey });
    expect(c.mode).toBe('http');
    expect(c.slack?.botToken).toBeUndefined();
    expect(c.oauth).toMatchObject({ clientId: OAUTH.SLACK_CLIENT_ID, stateSecret: OAUTH.SLACK_STATE_SECRET });
    expect(c.oauth?.encryptionKey.equals(Buffer.from(hexKey, 'hex'))).toBe(true);
    const b = loadConfig({ ...OAUTH, TOKEN_ENCRYPTION_KEY: b64Key });
    expect(b.oauth?.encryptionKey.equals(Buffer.alloc(32, 7))).toBe(true);
    // Single-workspace mode stays the default.
    expect(
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: OAUTH.SLACK_SIGNING_SECRET }).oauth,
    ).toBeUndefined();
  });

  it('all three or none, and the key is required: every missing one named in one message', () => {
    const problems = problemsOf({
      SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID,
      SLACK_SIGNING_SECRET: OAUTH.SLACK_SIGNING_SECRET,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^SLACK_CLIENT_SECRET: is required for the OAuth install .*all three or none/),
      expect.stringMatching(/^SLACK_STATE_SECRET: is required for the OAuth install/),
      expect.stringMatching(
        /^TOKEN_ENCRYPTION_KEY: is required for the OAuth install .*openssl rand -base64 32/,
      ),
    ]);
  });

  it('refuses a key that is not 32 bytes, a bot token beside OAuth, and Socket Mode', () => {
    expect(problemsOf({ ...OAUTH, TOKEN_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toEqual([
      expect.stringMatching(/^TOKEN_ENCRYPTION_KEY: must be 32 random bytes/),
    ]);
    expect(problemsOf({ ...OAUTH, TOKEN_ENCRYPTION_KEY: hexKey, SLACK_BOT_TOKEN: 'xoxb-1-2-abc' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: leave it unset with the OAuth install/),
    ]);
    expect(
      problemsOf({ ...OAUTH, TOKEN_ENCRYPTION_KEY: hexKey, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' }),
    ).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN: the OAuth install is served in HTTP mode/)]);
    const { SLACK_SIGNING_SECRET: _s, ...noSecret } = OAUTH;
    expect(problemsOf({ ...noSecret, TOKEN_ENCRYPTION_KEY: hexKey })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET: is required with the OAuth install/),
    ]);
  });
});
