import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskSecrets } from '../../src/logger.js';
import { MemoryDeduper } from '../../src/slack/dedupe.js';
import { parseMeshCommand } from '../../src/slack/listeners/commands.js';
import { answerIdFromUrl } from '../../src/slack/listeners/events.js';
import { readStepAnswers } from '../../src/slack/listeners/interactivity.js';
import { errorCode } from '../../src/slack/web-api.js';

describe('parseMeshCommand', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['list', { kind: 'list' }],
    ['table', { kind: 'table' }],
    ['link multi cluster', { kind: 'link', topic: 'multi cluster' }],
    ['link', { kind: 'link', topic: '' }],
    ['list the meshes that do mtls', { kind: 'ask', question: 'list the meshes that do mtls' }],
    ['is linkerd free?', { kind: 'ask', question: 'is linkerd free?' }],
  ])('%j', (text, expected) => {
    expect(parseMeshCommand(text)).toEqual(expected);
  });
});

describe('answerIdFromUrl', () => {
  const base = 'https://meshbot.example.com';
  it('reads the id of our canonical links', () => {
    expect(answerIdFromUrl('https://meshbot.example.com/answers/mtls', base)).toBe('mtls');
    expect(answerIdFromUrl('https://meshbot.example.com:8443/answers/mtls/', base)).toBe('mtls');
    expect(
      answerIdFromUrl('https://docs.example.com/wiki/answers/mtls', 'https://docs.example.com/wiki'),
    ).toBe('mtls');
  });
  it('ignores other hosts, other paths and malformed ids', () => {
    expect(answerIdFromUrl('https://evil.example.com/answers/mtls', base)).toBeNull();
    expect(answerIdFromUrl('https://meshbot.example.com/other/mtls', base)).toBeNull();
    expect(answerIdFromUrl('https://meshbot.example.com/answers/..%2Fetc', base)).toBeNull();
    expect(answerIdFromUrl('not a url', base)).toBeNull();
  });
  it('reads links of 40,000 slashes (the trailing-slash pattern read the run again from each slash)', () => {
    expect(answerIdFromUrl(`${base}/answers/mtls${'/'.repeat(40_000)}`, base)).toBe('mtls');
    expect(answerIdFromUrl(`${base}/answers/${'/'.repeat(40_000)}x`, base)).toBeNull();
  });
});

describe('readStepAnswers', () => {
  it('reads radio choices for the given factors and ignores junk', () => {
    const values = {
      'l7-traffic': { a: { selected_option: { value: '2' } } },
      'fine-grained-authz': { b: { selected_option: { value: '0' } } },
      'multi-cluster': { c: { selected_option: { value: '7' } } },
      other: { d: { selected_option: { value: '1' } } },
    };
    expect(readStepAnswers(values, ['l7-traffic', 'fine-grained-authz', 'multi-cluster'])).toEqual({
      'l7-traffic': 2,
      'fine-grained-authz': 0,
    });
  });
});

describe('MemoryDeduper', () => {
  it('reports the first sighting only, until the TTL passes', async () => {
    let now = 1000;
    const d = new MemoryDeduper(100, 10, () => now);
    expect(await d.firstSeen('Ev1')).toBe(true);
    expect(await d.firstSeen('Ev1')).toBe(false);
    now += 101;
    expect(await d.firstSeen('Ev1')).toBe(true);
  });

  it('stays bounded, dropping the oldest keys', async () => {
    const d = new MemoryDeduper(60_000, 3);
    for (const k of ['a', 'b', 'c', 'd', 'e']) await d.firstSeen(k);
    expect(d.size).toBeLessThanOrEqual(3);
    expect(await d.firstSeen('e')).toBe(false);
  });
});

describe('logging', () => {
  it('masks tokens and signatures in messages and redacts secret fields', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write(chunk, _e, cb) {
          lines.push(String(chunk));
          cb();
        },
      }),
    });
    logger.info(
      { token: 'xoxb-1-2-secret', config: { slack: { botToken: 'xoxb-9' } }, text: 'user question' },
      'calling with xoxb-1-2-secret',
    );
    logger.warn('sig v0=%s', 'a'.repeat(64));
    const all = lines.join('');
    expect(all).not.toContain('xoxb-1-2-secret');
    expect(all).not.toContain('xoxb-9');
    expect(all).not.toContain('a'.repeat(64));
    expect(all).not.toContain('user question');
    expect(all).toContain('[redacted]');
    expect(maskSecrets('app token xapp-1-A-2-zzz here')).toBe('app token [redacted] here');
  });
});

describe('errorCode', () => {
  it('reads Slack platform, rate-limit and HTTP errors', () => {
    expect(
      errorCode({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'not_in_channel' } }),
    ).toBe('not_in_channel');
    expect(errorCode({ code: 'slack_webapi_rate_limited_error', retryAfter: 1 })).toBe('ratelimited');
    expect(errorCode({ code: 'slack_webapi_http_error', statusCode: 503 })).toBe('http_503');
    expect(errorCode(new Error('boom'))).toBe('unknown_error');
  });
});
