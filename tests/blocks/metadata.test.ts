import { describe, expect, it } from 'vitest';
import {
  decodePickMetadata,
  decodeReplyMetadata,
  decodeShareValue,
  encodePickMetadata,
  encodeReplyMetadata,
  encodeShareValue,
  MetadataError,
  pickMetadataSchema,
} from '../../src/blocks/index.js';
import { realKb } from './helpers.js';

describe('pick metadata', () => {
  const table = realKb().decisionTable;
  const meta = {
    step: 1,
    answers: { 'l7-traffic': 2, sidecarless: 0 } as const,
    channel: 'C0123ABC',
    user: 'U0123ABC',
  };

  it('round-trips', () => {
    const raw = encodePickMetadata(meta, table);
    expect(raw.length).toBeLessThanOrEqual(3000);
    expect(decodePickMetadata(raw, table)).toEqual(meta);
    expect(decodePickMetadata(encodePickMetadata({ step: 0, answers: {} }))).toEqual({
      step: 0,
      answers: {},
    });
    expect(pickMetadataSchema.safeParse(meta).success).toBe(true);
  });

  const tampered: [string, unknown][] = [
    ['not JSON', '{step: 1'],
    ['not a string', { step: 0, answers: {} }],
    ['empty', ''],
    ['an extra key', JSON.stringify({ ...meta, admin: true })],
    ['a weight of 3', JSON.stringify({ ...meta, answers: { 'l7-traffic': 3 } })],
    ['a weight as a string', JSON.stringify({ ...meta, answers: { 'l7-traffic': '2' } })],
    ['a negative step', JSON.stringify({ ...meta, step: -1 })],
    ['a fractional step', JSON.stringify({ ...meta, step: 0.5 })],
    ['a step past the last group', JSON.stringify({ ...meta, step: table.groups.length })],
    ['an unknown factor', JSON.stringify({ ...meta, answers: { 'root-access': 2 } })],
    ['a prototype key', '{"step":0,"answers":{"__proto__":2}}'],
    ['a broadcast as channel', JSON.stringify({ ...meta, channel: '<!channel>' })],
    ['a mention as user', JSON.stringify({ ...meta, user: '<@U123>' })],
    ['over 3000 characters', JSON.stringify({ ...meta, pad: 'x'.repeat(3000) })],
  ];

  it.each(tampered)('rejects %s', (_what, raw) => {
    expect(() => decodePickMetadata(raw, table)).toThrow(MetadataError);
  });

  it('refuses to encode invalid metadata', () => {
    expect(() => encodePickMetadata({ step: 0, answers: { 'l7-traffic': 9 } })).toThrow(MetadataError);
    expect(() => encodePickMetadata({ step: 5, answers: {} }, table)).toThrow(MetadataError);
    expect(() => encodePickMetadata({ step: 0, answers: {}, channel: 'general' })).toThrow(MetadataError);
  });
});

describe('reply metadata', () => {
  const ref = { channel: 'C0123ABC', thread_ts: '1732600000.123456' };

  it('round-trips', () => {
    expect(decodeReplyMetadata(encodeReplyMetadata(ref))).toEqual(ref);
  });

  it('rejects tampered metadata', () => {
    for (const raw of [
      'nope',
      JSON.stringify({ channel: 'C0123ABC' }),
      JSON.stringify({ ...ref, thread_ts: 'now' }),
      JSON.stringify({ ...ref, channel: '<!here>' }),
      JSON.stringify({ ...ref, extra: 1 }),
      undefined,
    ]) {
      expect(() => decodeReplyMetadata(raw)).toThrow(MetadataError);
    }
  });
});

describe('share value', () => {
  it('round-trips an answer id and a set of weights', () => {
    expect(decodeShareValue(encodeShareValue({ id: 'mtls' }))).toEqual({ id: 'mtls' });
    const pick = { pick: { weights: { 'l7-traffic': 2 as const, 'low-overhead': 1 as const } } };
    expect(decodeShareValue(encodeShareValue(pick))).toEqual(pick);
  });

  it('rejects anything else', () => {
    for (const raw of [
      '{"id":"../etc"}',
      '{"id":"mtls","x":1}',
      '{"pick":{"weights":{"a":4}}}',
      '[]',
      'mtls',
    ]) {
      expect(() => decodeShareValue(raw)).toThrow(MetadataError);
    }
  });
});
