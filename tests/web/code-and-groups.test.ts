import { describe, expect, it } from 'vitest';
import { answerPage, indexPage } from '../../src/web/pages.js';
import { CODE_BODY, groupedEntries, makeEntry, smallCore, smallKb } from '../knowledge/small-kb.js';

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

describe('answer pages with code blocks and tables', () => {
  const e = makeEntry('upgrades', {
    body: CODE_BODY,
    verdict: 'Label the namespace with `istio-injection=enabled` & restart.',
  });
  const core = smallCore(smallKb([e]));
  const html = answerPage(e, core, '2026-12-01');

  it('shows the fenced yaml as a code block, escaped, with its language', () => {
    expect(html).toContain(
      '<pre class="code" data-lang="yaml" tabindex="0"><code class="language-yaml">apiVersion: v1\nkind: Namespace\n',
    );
    expect(html).toContain('    istio-injection: enabled   # &lt;sidecar&gt; &amp; friends</code></pre>');
    expect(html).not.toContain('```');
  });

  it('shows the Markdown table as a table with a header row', () => {
    expect(html).toContain('<div class="table-wrap md-table"><table><thead><tr><th scope="col">Mesh</th>');
    expect(html).toContain(
      '<td data-label="Command"><code>kubectl label ns shop istio-injection=enabled</code></td>',
    );
  });

  it('renders the verdict’s inline Markdown', () => {
    expect(html).toContain(
      '<span class="label">Short answer</span>Label the namespace with <code>istio-injection=enabled</code> &amp; restart.</p>',
    );
  });

  it('has the styles for code blocks and body tables', () => {
    expect(html).toMatch(/pre\.code\{[^}]*overflow-x:auto/);
    expect(html).toContain('pre.code[data-lang]::before{content:attr(data-lang)');
  });
});

describe('owner and review date on the page', () => {
  const e = makeEntry('mtls', {
    checked: '2026-11-30',
    review_every: 90,
    owner: 'Mesh team <mesh@example.com>',
  });
  const core = smallCore(smallKb([e]));

  it('shows the owner, escaped, and the next review date while not due', () => {
    const html = answerPage(e, core, '2026-12-01');
    expect(html).toContain('Kept up to date by Mesh team &lt;mesh@example.com&gt;');
    expect(html).toContain(
      'Checked <time datetime="2026-11-30">30 Nov 2026</time> · next review by <time datetime="2027-02-28">28 Feb 2027</time>',
    );
    expect(html).not.toContain('due for review');
  });

  it('says "checked on <date> · due for review" once overdue', () => {
    const html = answerPage(e, core, '2027-03-02');
    expect(html).toContain(
      'Checked on <time datetime="2026-11-30">30 Nov 2026</time> · <span class="due">due for review</span>',
    );
  });

  it('shows a Slack owner as a name, never as raw mention markup', () => {
    const slack = makeEntry('x', { owner: '<!subteam^S0123|@mesh-team>' });
    expect(answerPage(slack, smallCore(smallKb([slack])), '2026-12-01')).toContain(
      'Kept up to date by @mesh-team',
    );
    const user = makeEntry('y', { owner: '<@U0ABC123>' });
    expect(answerPage(user, smallCore(smallKb([user])), '2026-12-01')).toContain(
      'Kept up to date by Slack user U0ABC123',
    );
  });
});

describe('the answers index, grouped', () => {
  const entries = groupedEntries();
  const html = indexPage(smallCore(smallKb(entries)));

  it('lists the groups in order with counts, "which mesh" first', () => {
    const headings = [
      ...html.matchAll(/<h2 id="group-([a-z-]+)">([^<]+) <span class="count">\((\d+)\)<\/span><\/h2>/g),
    ].map((m) => [m[1], m[2], Number(m[3])]);
    expect(headings).toEqual([
      ['choosing', 'Choosing a mesh', 2],
      ['concepts', 'Concepts', 1],
      ['security', 'Security', 1],
      ['traffic', 'Traffic', 2],
      ['operations', 'Operations', 1],
      ['platforms', 'Platforms', 1],
      ['other-meshes', 'Other meshes', 1],
    ]);
    const firstCard = html.indexOf('<a class="card"');
    expect(html.slice(firstCard, firstCard + 60)).toContain('href="/answers/which-mesh"');
    expect(html.indexOf('href="/answers/which-mesh"')).toBeLessThan(html.indexOf('href="/answers/cost"'));
  });

  it('has a table of contents linking to each group, with counts', () => {
    expect(html).toContain('<h2 id="all">All 9 answers, by topic</h2>');
    expect(html).toContain(
      '<li><a href="#group-choosing">Choosing a mesh <span class="count">2</span></a></li>',
    );
    expect(count(html, '<a href="#group-')).toBe(7);
  });

  it('keeps the search box and every answer, each once, escaped', () => {
    expect(html).toContain('<form class="search" method="get" action="/answers"');
    expect(count(html, '<a class="card"')).toBe(entries.length);
    expect(html).toContain('Retries &amp; timeouts &lt;fast&gt;');
  });

  it('shows a verdict’s words without Markdown on the cards', () => {
    const e = makeEntry('which-mesh', {
      group: 'choosing',
      verdict: 'Pick **Linkerd** unless you need `Wasm`.',
    });
    const out = indexPage(smallCore(smallKb([e])));
    expect(out).toContain('<span class="v">Pick Linkerd unless you need Wasm.</span>');
  });
});
