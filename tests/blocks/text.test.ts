import { describe, expect, it } from 'vitest';
import { echo, link, mention, truncate, truncateMrkdwn } from '../../src/blocks/index.js';
import { packLines, safeUrl, splitMrkdwn } from '../../src/blocks/text.js';

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('hello', 5)).toBe('hello');
  });

  it('cuts to exactly n characters ending in an ellipsis', () => {
    const out = truncate('abcdefghij', 6);
    expect(out).toBe('abcde…');
    expect(out.length).toBe(6);
  });

  it('trims whitespace before the ellipsis and handles tiny limits', () => {
    expect(truncate('abc def', 5)).toBe('abc…');
    expect(truncate('abc', 1)).toBe('…');
    expect(truncate('abc', 0)).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const out = truncate('ab😀cdef', 4);
    expect(out).toBe('ab…');
    expect(out.length).toBeLessThanOrEqual(4);
  });
});

describe('truncateMrkdwn', () => {
  it('does not leave half a link', () => {
    const s = `see <https://example.com/a/very/long/path|the link> and more text after it`;
    const out = truncateMrkdwn(s, 20);
    expect(out).toBe('see…');
    expect(out).not.toContain('<');
  });

  it('does not leave half an entity', () => {
    const out = truncateMrkdwn('a &amp; b &amp; c', 9);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toMatch(/&[a-z]*…$/);
    expect(out.length).toBeLessThanOrEqual(9);
  });

  it('keeps complete links', () => {
    const s = '<https://a.example|A> and then much more text here';
    const out = truncateMrkdwn(s, 30);
    expect(out.startsWith('<https://a.example|A>')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(30);
  });
});

describe('echo, link and mention', () => {
  it('escapes user text after truncating it and folds whitespace', () => {
    expect(echo('a <b>\n& c')).toBe('a &lt;b&gt; &amp; c');
    expect(echo('<'.repeat(500), 10)).toBe(`${'&lt;'.repeat(9)}…`);
  });

  it('builds links with escaped labels and safe URLs', () => {
    expect(link('https://x.example/a', 'A & <B>')).toBe('<https://x.example/a|A &amp; &lt;B&gt;>');
    expect(link('https://x.example/a|b>c d', 'x|y')).toBe('<https://x.example/a%7Cb%3Ec%20d|x/y>');
    expect(safeUrl('https://x.example/ok')).toBe('https://x.example/ok');
  });

  it('only makes a mention of a real-looking user id', () => {
    expect(mention('U0123ABC')).toBe('<@U0123ABC>');
    expect(mention('W0123ABC')).toBe('<@W0123ABC>');
    expect(mention('<!channel>')).toBe('&lt;!channel&gt;');
    expect(mention('U123> <!here')).not.toContain('<');
  });
});

describe('packLines and splitMrkdwn', () => {
  it('packs lines into chunks under the limit without splitting a line', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(30));
    const chunks = packLines(lines, 100);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(100);
    expect(chunks.join('\n')).toBe(lines.join('\n'));
  });

  it('splits at paragraph boundaries and keeps every paragraph', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `${'word '.repeat(200)}${i}`);
    const text = paras.join('\n\n');
    const chunks = splitMrkdwn(text, 3000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(3000);
    expect(chunks.join('\n\n')).toBe(text);
  });

  it('falls back to line breaks, then truncation, for one huge paragraph', () => {
    const huge = `${'x'.repeat(3500)}\n${'y'.repeat(100)}`;
    const chunks = splitMrkdwn(huge, 3000);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(3000);
    expect(chunks.at(-1)).toBe('y'.repeat(100));
  });
});
