import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/knowledge/loader.js';
import {
  escapeSlack,
  inlineToHtml,
  inlineToMrkdwn,
  parseBlocks,
  toHtml,
  toMrkdwn,
  toMrkdwnBlocks,
  toPlain,
  toText,
} from '../../src/knowledge/markdown.js';
import { CARD_LIMITS } from '../../src/knowledge/schema.js';
import { CODE_BODY } from './small-kb.js';

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

describe('code blocks', () => {
  const body =
    'Label the namespace:\n\n```yaml\nmetadata:\n  labels:\n    a: "<b> & c"\n```\n\nThen restart.';

  it('are ``` blocks in mrkdwn, without the language, escaped, with indentation kept', () => {
    expect(toMrkdwnBlocks(body)).toEqual([
      'Label the namespace:',
      '```\nmetadata:\n  labels:\n    a: "&lt;b&gt; &amp; c"\n```',
      'Then restart.',
    ]);
  });

  it('keep * _ ~ and backticks literal inside the block', () => {
    const out = toMrkdwn('```sh\nkubectl get pods -l "app=*" # _x_ ~y~\n```');
    expect(out).toBe('```\nkubectl get pods -l "app=*" # _x_ ~y~\n```');
  });

  it('cannot close the Slack block early with ``` inside (a longer fence holds it)', () => {
    const out = toMrkdwn('````\na\n```\nb\n````');
    expect(out.startsWith('```\n')).toBe(true);
    expect(out.endsWith('\n```')).toBe(true);
    expect(out.slice(4, -4)).not.toContain('```');
  });

  it('are <pre><code> on the page with a language class and everything escaped', () => {
    expect(toHtml(body)).toBe(
      '<p>Label the namespace:</p>\n' +
        '<pre class="code" data-lang="yaml" tabindex="0"><code class="language-yaml">metadata:\n  labels:\n' +
        '    a: &quot;&lt;b&gt; &amp; c&quot;</code></pre>\n<p>Then restart.</p>',
    );
  });

  it('never put an odd language name into an attribute', () => {
    const html = toHtml('```"><script>alert(1)</script>\nx\n```');
    expect(html).toBe('<pre class="code" tabindex="0"><code>x</code></pre>');
  });

  it('render indented code blocks too', () => {
    expect(toHtml('Run:\n\n    linkerd check\n')).toContain(
      '<pre class="code" tabindex="0"><code>linkerd check</code></pre>',
    );
    expect(toMrkdwn('Run:\n\n    linkerd check\n')).toBe('Run:\n\n```\nlinkerd check\n```');
  });

  it('keep their lines in plain and terminal text', () => {
    expect(toPlain(body)).toBe('Label the namespace:\nmetadata:\n  labels:\n    a: "<b> & c"\nThen restart.');
    expect(toText(body)).toBe(
      'Label the namespace:\n\n    metadata:\n      labels:\n        a: "<b> & c"\n\nThen restart.',
    );
  });
});

describe('tables', () => {
  const table = '| Mesh | mTLS |\n|:--|--:|\n| **Istio** | `PERMISSIVE` |\n| Linkerd & co | on <always> |';

  it('are HTML tables with a header row, alignment classes and mobile labels', () => {
    expect(toHtml(table)).toBe(
      '<div class="table-wrap md-table"><table><thead><tr><th scope="col" class="al-l">Mesh</th>' +
        '<th scope="col" class="al-r">mTLS</th></tr></thead><tbody>' +
        '<tr><td class="al-l" data-label="Mesh"><strong>Istio</strong></td><td class="al-r" data-label="mTLS"><code>PERMISSIVE</code></td></tr>' +
        '<tr><td class="al-l" data-label="Mesh">Linkerd &amp; co</td><td class="al-r" data-label="mTLS">on &lt;always&gt;</td></tr>' +
        '</tbody></table></div>',
    );
  });

  it('use the first column as row headers when the top-left header is empty', () => {
    const html = toHtml('| | Istio | Linkerd |\n|---|---|---|\n| mTLS | opt-in | on |');
    expect(html).toContain(
      '<tr><th scope="row">mTLS</th><td data-label="Istio">opt-in</td><td data-label="Linkerd">on</td></tr>',
    );
  });

  it('are an aligned code block in mrkdwn when narrow', () => {
    expect(toMrkdwn(table)).toBe(
      '```\nMesh         | mTLS\n-------------+------------\nIstio        | PERMISSIVE\nLinkerd &amp; co | on &lt;always&gt;\n```',
    );
  });

  it('are one bullet a row in mrkdwn when too wide for a code block', () => {
    const wide = `| | Istio | Linkerd |\n|---|---|---|\n| Certificates | ${'a'.repeat(40)} | **${'b'.repeat(40)}** |`;
    expect(toMrkdwn(wide)).toBe(`• *Certificates*: Istio: ${'a'.repeat(40)} · Linkerd: *${'b'.repeat(40)}*`);
  });
});

describe('other CommonMark', () => {
  it('shows raw HTML as text, in blocks and inline, on pages and in Slack', () => {
    const md = '<div onclick="x()">hi</div>\n\nInline <b>bold</b> & <img src=x onerror=alert(1)>';
    const html = toHtml(md);
    expect(html).not.toMatch(/<(div|b|img)\b/);
    expect(html).toContain('&lt;div onclick=&quot;x()&quot;&gt;hi&lt;/div&gt;');
    const slack = toMrkdwn(md);
    expect(slack).not.toMatch(/<(?!https?:)/);
    expect(slack).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });

  it('shows an image as its alt text, never as <img>', () => {
    expect(toHtml('![the diagram](https://example.com/x.png)')).toBe('<p>the diagram</p>');
    expect(toMrkdwn('![the diagram](https://example.com/x.png)')).toBe('the diagram');
  });

  it('resolves reference links and drops their definitions', () => {
    const md = 'See [the docs][d].\n\n[d]: https://istio.io/latest/docs/';
    expect(toMrkdwn(md)).toBe('See <https://istio.io/latest/docs/|the docs>.');
    expect(toHtml(md)).toBe(
      '<p>See <a href="https://istio.io/latest/docs/" rel="noopener">the docs</a>.</p>',
    );
    expect(toText(md)).toBe('See the docs (https://istio.io/latest/docs/).');
    expect(parseBlocks(md).map((b) => b.type)).toEqual(['paragraph']);
  });

  it('renders ordered and nested lists', () => {
    const md = '3. three\n4. four\n   - sub a\n   - sub b';
    expect(toHtml(md)).toBe(
      '<ol start="3"><li>three</li><li>four\n<ul><li>sub a</li><li>sub b</li></ul></li></ol>',
    );
    expect(toMrkdwn(md)).toBe('3. three\n4. four\n    ◦ sub a\n    ◦ sub b');
  });

  it('renders headings below the page title, as bold lines in Slack', () => {
    expect(toHtml('## Install')).toBe('<h4>Install</h4>');
    expect(toMrkdwn('## Install')).toBe('*Install*');
  });

  it('renders emphasis, strikethrough and hard breaks', () => {
    expect(toMrkdwn('_a_ ~~b~~ c  \nd')).toBe('_a_ ~b~ c\nd');
    expect(toHtml('_a_ ~~b~~ c  \nd')).toBe('<p><em>a</em> <del>b</del> c<br>d</p>');
  });

  it('keeps mailto links and drops data: links', () => {
    expect(toMrkdwn('[mail](mailto:team@example.com)')).toBe('<mailto:team@example.com|mail>');
    expect(toHtml('[x](data:text/html,<b>)')).not.toContain('href');
  });
});

describe('inline renderers', () => {
  it('render a note or verdict without a wrapping paragraph', () => {
    expect(inlineToHtml('Use `linkerd check` & **relax**')).toBe(
      'Use <code>linkerd check</code> &amp; <strong>relax</strong>',
    );
    expect(inlineToMrkdwn('Use `linkerd check` & **relax**')).toBe('Use `linkerd check` &amp; *relax*');
  });

  it('keep a code span with | and <placeholders> intact', () => {
    expect(inlineToMrkdwn('`proxy-config cluster|route <pod>`')).toBe(
      '`proxy-config cluster|route &lt;pod&gt;`',
    );
  });
});

describe('a body with a code block, a table and a list', () => {
  it('is four top-level blocks, rendered to both formats', () => {
    expect(parseBlocks(CODE_BODY).map((b) => b.type)).toEqual(['paragraph', 'code', 'table', 'list']);
    const html = toHtml(CODE_BODY);
    expect(html).toContain('<pre class="code" data-lang="yaml"');
    expect(html).toContain('# &lt;sidecar&gt; &amp; friends');
    expect(html).toContain('<table>');
    expect(toMrkdwnBlocks(CODE_BODY)).toHaveLength(4);
  });
});

describe('every entry of the knowledge base', () => {
  // readKnowledge returns the entries even while the knowledge check has problems.
  const { entries } = readKnowledge();
  const fences = (body: string) => (body.match(/^\s*```/gm) ?? []).length / 2;

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s: code blocks and tables survive, within card limits',
    (_id, e) => {
      const html = toHtml(e.body);
      expect((html.match(/<pre class="code"/g) ?? []).length).toBe(fences(e.body));
      expect(html).not.toMatch(/<(script|img|iframe|div(?! class="table-wrap))/);
      const mrkdwn = toMrkdwn(e.body);
      expect(mrkdwn.length).toBeLessThanOrEqual(CARD_LIMITS.section);
      expect((mrkdwn.match(/```/g) ?? []).length % 2).toBe(0);
      // The only "<" left in mrkdwn open Slack links.
      expect(mrkdwn.replace(/<(https?:|mailto:)[^>]*>/g, '')).not.toMatch(/[<>]/);
    },
  );
});
