import { describe, expect, it } from 'vitest';
import { escapeSlack, toHtml, toMrkdwn, toPlain } from '../../src/knowledge/markdown.js';

describe('toMrkdwn', () => {
  it('turns **bold** into *bold*', () => {
    expect(toMrkdwn('Use **mTLS** everywhere')).toBe('Use *mTLS* everywhere');
  });

  it('turns [text](url) into <url|text>', () => {
    expect(toMrkdwn('See [the Istio docs](https://istio.io/latest/docs/) first')).toBe(
      'See <https://istio.io/latest/docs/|the Istio docs> first',
    );
  });

  it('keeps "|" and ">" out of a link label', () => {
    const out = toMrkdwn('[a|b>c](https://example.com)');
    expect(out).toMatch(/^<https:\/\/example\.com\|[^|>]*>$/);
    expect(out).toContain('a b');
  });

  it('turns "- " bullets into • lines', () => {
    expect(toMrkdwn('- first\n- second')).toBe('• first\n• second');
  });

  it('splits a paragraph from the bullets that follow it in the same chunk', () => {
    expect(toMrkdwn('Two options:\n- **sidecar**\n- ambient')).toBe('Two options:\n\n• *sidecar*\n• ambient');
  });

  it('joins the lines of a paragraph and separates paragraphs with a blank line', () => {
    expect(toMrkdwn('line one\nline two\n\nnext paragraph')).toBe('line one line two\n\nnext paragraph');
  });

  it('escapes & < > in text, in bold and in bullets', () => {
    expect(toMrkdwn('R&D <script> x > y')).toBe('R&amp;D &lt;script&gt; x &gt; y');
    expect(toMrkdwn('**a<b**')).toBe('*a&lt;b*');
    expect(toMrkdwn('- cats & dogs')).toBe('• cats &amp; dogs');
  });

  it('leaves inline code as code', () => {
    expect(toMrkdwn('Run `linkerd check` now')).toBe('Run `linkerd check` now');
  });

  it('does not turn a non-http link into a Slack link', () => {
    const out = toMrkdwn('[click](javascript:alert(1))');
    expect(out).not.toContain('<javascript');
    expect(out).not.toMatch(/<[^&]*\|/);
  });
});

describe('toHtml', () => {
  it('wraps paragraphs and escapes HTML in text', () => {
    expect(toHtml('a & b <script>alert("x")</script>')).toBe(
      '<p>a &amp; b &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
  });

  it('renders bullets as one <ul>', () => {
    expect(toHtml('- one\n- two')).toBe('<ul><li>one</li><li>two</li></ul>');
  });

  it('renders links with rel="noopener" and an escaped href', () => {
    expect(toHtml('[docs](https://example.com/?a=1&b=2)')).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=2" rel="noopener">docs</a></p>',
    );
  });

  it('renders bold and code, with their contents escaped', () => {
    expect(toHtml("**it's** `a<b`")).toBe('<p><strong>it&#39;s</strong> <code>a&lt;b</code></p>');
  });

  it('never emits a javascript: link', () => {
    const out = toHtml('[click](javascript:alert(1))');
    expect(out).not.toContain('<a');
    expect(out).not.toContain('href');
  });
});

describe('toPlain', () => {
  it('removes bold, code and link markup but keeps the words', () => {
    expect(toPlain('**Bold** and `code` and [the docs](https://example.com)')).toBe(
      'Bold and code and the docs',
    );
  });

  it('puts bullets and paragraphs on their own lines, without bullet marks', () => {
    expect(toPlain('Intro\n\n- one\n- two')).toBe('Intro\none\ntwo');
  });

  it('does not escape anything', () => {
    expect(toPlain('a & b < c')).toBe('a & b < c');
  });
});

describe('escapeSlack', () => {
  it('escapes &, < and >', () => {
    expect(escapeSlack('a & <b> c')).toBe('a &amp; &lt;b&gt; c');
  });

  it('leaves every other character alone', () => {
    const other = `"quotes" 'apostrophes' *bold* _it_ ~s~ \`c\` | # @ ! é 🚀`;
    expect(escapeSlack(other)).toBe(other);
  });

  it('escapes an ampersand that already looks like an entity', () => {
    expect(escapeSlack('&amp;')).toBe('&amp;amp;');
  });
});
