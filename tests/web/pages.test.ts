import { describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../src/core.js';
import type { Matcher } from '../../src/intents/matcher.js';
import type { Reply } from '../../src/intents/reply.js';
import { escapeHtml } from '../../src/knowledge/markdown.js';
import type { Entry } from '../../src/knowledge/schema.js';
import {
  answerPage,
  errorPage,
  formatDate,
  indexPage,
  MAX_QUERY_LENGTH,
  notFoundPage,
  sitePaths,
} from '../../src/web/pages.js';

const core = createCore({ baseUrl: 'http://localhost:1234/' });
const HOSTILE = '"><script>alert(1)</script>';

function entry(id: string): Entry {
  const e = core.kb.byId.get(id);
  if (!e) throw new Error(`fixture entry ${id} is missing from the knowledge base`);
  return e;
}

/** The content of <meta property|name="key">, still HTML-escaped as written. */
function meta(html: string, key: string): string | undefined {
  const re = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`);
  return re.exec(html)?.[1];
}

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

/** A core whose matcher always gives `reply`, to render every reply kind. */
function coreReplying(reply: Partial<Reply>): Core {
  const base = { query: 'q', intent: 'question', confidence: 0.4, factors: [] };
  const matcher = { answer: () => ({ ...base, ...reply }) } as unknown as Matcher;
  return { ...core, matcher };
}

describe('answerPage', () => {
  const mtls = entry('mtls');
  const html = answerPage(mtls, core, mtls.checked);
  const url = 'http://localhost:1234/answers/mtls';

  it('is a complete document with title, description and canonical link', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<title>${escapeHtml(mtls.title)} · meshbot</title>`);
    expect(meta(html, 'description')).toBe(escapeHtml(mtls.verdict));
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('has Open Graph and Twitter card tags with the right content', () => {
    expect(meta(html, 'og:title')).toBe(escapeHtml(mtls.title));
    expect(meta(html, 'og:description')).toBe(escapeHtml(mtls.verdict));
    expect(meta(html, 'og:url')).toBe(url);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:site_name')).toBe('meshbot');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image')).toMatch(/\/answers\/mtls\/card\.png\?v=[0-9a-f]{12}$/);
    expect(meta(html, 'twitter:title')).toBe(escapeHtml(mtls.title));
    expect(meta(html, 'twitter:description')).toBe(escapeHtml(mtls.verdict));
  });

  it('shows the heading, verdict, body, comparison, related answers, sources and date', () => {
    expect(html).toContain(`<h1>${escapeHtml(mtls.title)}</h1>`);
    expect(html).toContain(escapeHtml(mtls.verdict));
    expect(html).toContain('<code>PeerAuthentication</code>');
    expect(html).toContain('<h3>Istio</h3>');
    expect(html).toContain('<h3>Linkerd</h3>');
    for (const id of mtls.related) {
      expect(html).toContain(`href="/answers/${id}"`);
      expect(html).toContain(escapeHtml(entry(id).title));
    }
    for (const s of mtls.sources) {
      expect(html).toContain(
        `href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a>`,
      );
    }
    expect(html).toContain(`Checked <time datetime="${mtls.checked}">${formatDate(mtls.checked)}</time>`);
    expect(html).toContain(`<a href="${url}">${url}</a>`);
    // No scripts at all: the CSP forbids them.
    expect(html).not.toMatch(/<script/i);
  });

  it('shows dated notes and leaves out the comparison when an entry has none', () => {
    // Real notes change with the knowledge base; a dated note in the "Checked YYYY-MM-DD:" form gets a badge.
    const mc = answerPage(
      { ...entry('multi-cluster'), notes: ['Checked 2026-11-26: the multicluster extension moved.'] },
      core,
    );
    expect(mc).toContain('Notes and corrections');
    expect(mc).toContain('<span class="badge">Checked <time datetime="2026-11-26">26 Nov 2026</time></span>');
    const noMeshes = core.kb.entries.find((e) => !e.meshes);
    if (noMeshes) expect(answerPage(noMeshes, core)).not.toContain('<h3>Istio</h3>');
    const noNotes = core.kb.entries.find((e) => e.notes.length === 0);
    if (noNotes) expect(answerPage(noNotes, core)).not.toContain('Notes and corrections');
  });

  it('escapes everything that comes from the entry', () => {
    const evil: Entry = {
      ...mtls,
      id: 'evil',
      title: HOSTILE,
      question: HOSTILE,
      verdict: `${HOSTILE} verdict`,
      body: `${HOSTILE}\n\n- **${HOSTILE}** [x](https://e.example/"onmouseover="alert(1))`,
      meshes: { istio: HOSTILE, linkerd: HOSTILE },
      notes: [`Checked 2026-01-01: ${HOSTILE}`, HOSTILE],
      sources: [{ title: HOSTILE, url: 'https://e.example/"><script>alert(1)</script>' }],
    };
    const out = answerPage(evil, core);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('"onmouseover');
    expect(out).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(meta(out, 'og:title')).toBe(escapeHtml(HOSTILE));
  });

  it('links under the path of the base URL', () => {
    const prefixed = createCore({ baseUrl: 'https://example.com/meshbot' });
    expect(sitePaths(prefixed).answer('a b')).toBe('/meshbot/answers/a%20b');
    const out = answerPage(mtls, prefixed);
    expect(out).toContain('<link rel="canonical" href="https://example.com/meshbot/answers/mtls">');
    expect(out).toContain('href="/meshbot/answers/authorization"');
  });
});

describe('indexPage', () => {
  it('lists every answer and the head-to-head table, with a search box', () => {
    const html = indexPage(core);
    for (const e of core.kb.entries) expect(html).toContain(`href="/answers/${e.id}"`);
    expect(count(html, '<a class="card"')).toBe(core.kb.entries.length);
    expect(html).toContain('<form class="search" method="get" action="/answers"');
    expect(html).toContain('name="q" value=""');
    expect(count(html, '<th scope="row">')).toBe(core.kb.headToHead.dimensions.length);
    for (const d of core.kb.headToHead.dimensions) expect(html).toContain(escapeHtml(d.istio));
    expect(meta(html, 'og:url')).toBe('http://localhost:1234/answers');
    expect(meta(html, 'og:type')).toBe('website');
    expect(html).not.toContain('name="robots"');
  });

  it('answers a query with the same matcher as Slack', () => {
    const reply = core.matcher.answer('mtls in linkerd');
    expect(reply.kind).toBe('answer');
    const html = indexPage(core, 'mtls in linkerd');
    const result = html.slice(html.indexOf('<section class="result"'), html.indexOf('</section>'));
    expect(result).toContain('Best answer');
    expect(result).toContain('href="/answers/mtls"');
    expect(result).toContain(escapeHtml(entry('mtls').verdict));
    expect(html).toContain('value="mtls in linkerd"');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('shows the recommendation of a needs-based question', () => {
    const q = 'we need multi cluster and low overhead, which one?';
    const reply = core.matcher.answer(q);
    expect(reply.kind === 'answer' && reply.recommendation).toBeTruthy();
    const html = indexPage(core, q);
    expect(html).toContain('href="/answers/which-mesh"');
    expect(html).toContain('<span class="who">Pick: ');
  });

  it('escapes a hostile query everywhere it is echoed', () => {
    const html = indexPage(core, HOSTILE);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('alert(1)</script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain(
      '<title>“&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;”: search · meshbot</title>',
    );
  });

  it('cuts very long queries', () => {
    const html = indexPage(core, 'x'.repeat(MAX_QUERY_LENGTH + 50));
    expect(html).toContain(`value="${'x'.repeat(MAX_QUERY_LENGTH)}"`);
    expect(html).not.toContain('x'.repeat(MAX_QUERY_LENGTH + 1));
  });

  it('offers "did you mean" candidates for a suggest reply', () => {
    const html = indexPage(
      coreReplying({
        kind: 'suggest',
        candidates: [
          { id: 'mtls', title: 'Mutual TLS', score: 1 },
          { id: 'authorization', title: 'Authorization', score: 0.5 },
        ],
      }),
      'tls thing',
    );
    expect(html).toContain('Did you mean');
    expect(html).toContain('<a class="card" href="/answers/mtls"><span class="t">Mutual TLS</span>');
    expect(html).toContain('href="/answers/authorization"');
  });

  it('falls back politely, with example questions as search links', () => {
    const reply = core.matcher.answer('kubernetes pods');
    expect(reply.kind).toBe('fallback');
    const html = indexPage(core, 'kubernetes pods');
    expect(html).toContain("Sorry, I don't have an answer for that.");
    expect(html).toContain('href="/answers?q=Does%20Linkerd%20support%20multi-cluster%3F"');
    expect(indexPage(core, 'how do I rollback a helm release')).not.toContain('These answers may be related');
    // A bug report on a covered topic, too unsure for suggestions: related answers as cards.
    const bug =
      'after upgrading our cluster the linkerd-proxy container keeps restarting in the payments namespace, logs say connection refused on the admin port, anyone seen this? thanks';
    expect(core.matcher.answer(bug).kind).toBe('fallback');
    const related = indexPage(core, bug);
    expect(related).toContain('These answers may be related:');
    expect(related).toContain('<a class="card" href="/answers/troubleshooting">');
    const hello = indexPage(core, 'hello');
    expect(hello).toContain('I answer service-mesh questions');
    expect(indexPage(core, 'thanks')).toContain('You are welcome.');
  });
});

describe('notFoundPage and errorPage', () => {
  it('says the answer does not exist, escapes the id and links to /answers', () => {
    const html = notFoundPage(HOSTILE);
    expect(html).toContain('<h1>Not found</h1>');
    expect(html).toContain(
      'There is no answer called <code>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="/answers"');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
  });

  it('offers suggestions and speaks of pages for unknown paths', () => {
    const html = notFoundPage('mtsl', { suggestions: [{ id: 'mtls', title: 'Mutual TLS', score: 0.6 }] });
    expect(html).toContain('Did you mean');
    expect(html).toContain('href="/answers/mtls"');
    expect(notFoundPage('/nope', { kind: 'page' })).toContain('There is no page at <code>/nope</code>');
  });

  it('renders an escaped error message', () => {
    const html = errorPage('<b>boom</b>');
    expect(html).toContain('<h1>Something went wrong</h1>');
    expect(html).toContain('&lt;b&gt;boom&lt;/b&gt;');
  });
});
