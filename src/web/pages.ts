/**
 * Server-rendered answer pages: pure functions from the knowledge base (and the same matcher the
 * Slack app uses) to complete HTML documents. No framework, no scripts; one inline stylesheet.
 * Every piece of text that comes from data or from the visitor goes through escapeHtml.
 */

import { groupAnswers } from '../blocks/common.js';
import type { Core } from '../core.js';
import type { Candidate, Reply } from '../intents/reply.js';
import { EXAMPLE_QUESTIONS } from '../intents/reply.js';
import { escapeHtml, inlineToHtml, toHtml, toPlain } from '../knowledge/markdown.js';
import { reviewStatus } from '../knowledge/review.js';
import type { Entry } from '../knowledge/schema.js';
import type { Pick as MeshPick, Recommendation } from '../pick/score.js';
import { withoutTrailing } from '../trim.js';
import { CARD_IMAGE, cardImageInput, cardImageVersion } from './card-image.js';

/** Longest search query the pages act on; longer ones are cut (the routes cut them first). */
export const MAX_QUERY_LENGTH = 500;

export const SITE_NAME = 'meshbot';

const esc = escapeHtml;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-26" → "26 Nov 2026"; anything else is returned as it came. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

function timeTag(iso: string): string {
  return `<time datetime="${esc(iso)}">${esc(formatDate(iso))}</time>`;
}

/**
 * The path the site lives under, taken from the base URL (`https://x.example/bot` → `/bot`), so
 * links between pages keep working behind a proxy that strips a prefix. Links between pages are
 * root-relative (not absolute) so they also work on whatever host and port served the page.
 */
export function sitePrefix(baseUrl: string): string {
  try {
    return withoutTrailing(new URL(baseUrl).pathname, '/');
  } catch {
    return '';
  }
}

/** Root-relative links inside the site. */
export function sitePaths(core: Pick<Core, 'baseUrl'>) {
  const prefix = sitePrefix(core.baseUrl);
  return {
    index: `${prefix}/answers`,
    answer: (id: string) => `${prefix}/answers/${encodeURIComponent(id)}`,
    search: (q: string) => `${prefix}/answers?q=${encodeURIComponent(q)}`,
  };
}

const STYLE = `
:root{color-scheme:light dark;--bg:#f7f8fb;--fg:#1b2130;--muted:#5a6478;--card:#ffffff;--border:#e2e6ef;
--accent:#2352c9;--accent-soft:#eaf0ff;--accent-fg:#ffffff;--istio:#466bb0;--linkerd:#18a878;--note:#fff8e6;
--note-border:#f0d48a;--code:#eef1f7;--shadow:0 1px 2px rgba(20,30,60,.06),0 4px 16px rgba(20,30,60,.05)}
@media (prefers-color-scheme:dark){:root{--bg:#0e1219;--fg:#e4e8f0;--muted:#9aa5b8;--card:#151b25;
--border:#263043;--accent:#8db0ff;--accent-soft:#1a2540;--accent-fg:#0e1219;--istio:#7f9fe0;--linkerd:#4fd6a4;
--note:#2a2415;--note-border:#6b5a2a;--code:#1f2735;--shadow:none}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.65 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
a{color:var(--accent);text-underline-offset:.18em;text-decoration-thickness:1px}
a:hover{text-decoration-thickness:2px}
a:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code{font:.88em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--code);
padding:.1em .35em;border-radius:4px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--card);padding:.5rem;z-index:1}
.top{border-bottom:1px solid var(--border);background:var(--card)}
.top .wrap{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding-top:.7rem;
padding-bottom:.7rem}
.brand{display:inline-flex;align-items:center;gap:.5rem;font-weight:700;font-size:1.1rem;color:var(--fg);
text-decoration:none;letter-spacing:-.01em}
.brand svg{width:1.6rem;height:1.6rem;color:var(--accent)}
.top nav a{font-size:.95rem}
.wrap{max-width:48rem;margin:0 auto;padding-left:1.25rem;padding-right:1.25rem}
main{padding-top:2rem;padding-bottom:3rem}
h1{font-size:clamp(1.65rem,1.2rem + 2vw,2.25rem);line-height:1.2;letter-spacing:-.02em;margin:.2rem 0 .6rem}
h2{font-size:1.3rem;line-height:1.3;margin:2.4rem 0 .8rem;letter-spacing:-.01em}
h3{font-size:1.05rem;margin:0 0 .4rem}
p,ul,ol{margin:0 0 1rem}
ul,ol{padding-left:1.3rem}
li{margin:.3rem 0}
.crumb{margin:0;font-size:.92rem;color:var(--muted)}
.question{color:var(--muted);font-size:1.08rem;margin-bottom:1.4rem}
.verdict{background:var(--accent-soft);border-left:4px solid var(--accent);border-radius:0 10px 10px 0;
padding:.9rem 1.1rem;margin:0 0 1.8rem;font-size:1.08rem}
.verdict .label{display:block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.08em;
color:var(--accent);margin-bottom:.2rem}
.prose strong{font-weight:650}
.prose h3,.prose h4,.prose h5,.prose h6{margin:1.6rem 0 .5rem}
pre.code{position:relative;margin:0 0 1.2rem;padding:.85rem 1rem;background:var(--code);border:1px solid var(--border);
border-radius:10px;overflow-x:auto;font:.85rem/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;tab-size:2}
pre.code[data-lang]{padding-top:1.75rem}
pre.code[data-lang]::before{content:attr(data-lang);position:absolute;top:.45rem;left:1rem;font:700 .68rem/1 system-ui,
sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
pre.code code{background:none;padding:0;border-radius:0;font:inherit;white-space:pre}
.prose .table-wrap{margin:0 0 1.2rem}
.md-table table td::before{color:var(--muted)}
.al-c{text-align:center}.al-r{text-align:right}
blockquote{margin:0 0 1rem;padding:.1rem 0 .1rem 1rem;border-left:3px solid var(--border);color:var(--muted)}
hr{border:0;border-top:1px solid var(--border);margin:1.6rem 0}
.due{color:var(--fg);background:var(--note);border:1px solid var(--note-border);border-radius:999px;padding:0 .55rem;
font-weight:650;white-space:nowrap}
.groups{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem .5rem;margin:0 0 1rem}
.groups li{margin:0}
.groups a{display:inline-block;padding:.15rem .7rem;border:1px solid var(--border);border-radius:999px;background:var(--card);
font-size:.9rem;text-decoration:none}
.groups a:hover{border-color:var(--accent)}
.count{color:var(--muted);font-weight:400;font-size:.9em}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.col{background:var(--card);border:1px solid var(--border);border-top:4px solid var(--istio);border-radius:10px;
padding:1rem 1.1rem;box-shadow:var(--shadow);font-size:.96rem}
.col.linkerd{border-top-color:var(--linkerd)}
.col p{margin:0}
.notes{background:var(--note);border:1px solid var(--note-border);border-radius:10px;padding:.4rem 1.1rem .2rem;
margin-top:2.4rem}
.notes h2{margin-top:.8rem;font-size:1.1rem}
.notes ul{list-style:none;padding:0}
.notes li{margin:.2rem 0 .9rem;font-size:.95rem}
.badge{display:inline-block;font-size:.75rem;font-weight:650;letter-spacing:.02em;color:var(--muted);
border:1px solid var(--border);background:var(--card);border-radius:999px;padding:0 .55rem;margin-right:.4rem;
white-space:nowrap}
.cards{list-style:none;padding:0;display:grid;gap:.7rem}
.cards li{margin:0}
.card{display:block;background:var(--card);border:1px solid var(--border);border-radius:10px;padding:.8rem 1rem;
text-decoration:none;color:var(--fg);box-shadow:var(--shadow);transition:border-color .15s}
a.card:hover{border-color:var(--accent)}
.card .t{display:block;color:var(--accent);font-weight:650;line-height:1.35;margin-bottom:.2rem}
.card .v{display:block;color:var(--muted);font-size:.93rem;line-height:1.5}
.sources li{font-size:.96rem}
.host{color:var(--muted);font-size:.85rem;margin-left:.35rem}
.meta{margin-top:2.6rem;padding-top:1rem;border-top:1px solid var(--border);color:var(--muted);font-size:.9rem}
.meta p{margin:.2rem 0}
.lead{font-size:1.1rem;color:var(--muted);margin-bottom:1.5rem}
.search{display:flex;gap:.5rem;margin:0 0 1.5rem}
.search input{flex:1;min-width:0;font:inherit;padding:.65rem .9rem;border:1px solid var(--border);border-radius:10px;
background:var(--card);color:var(--fg);box-shadow:var(--shadow)}
.search button{font:inherit;font-weight:650;padding:.6rem 1.2rem;border:0;border-radius:10px;background:var(--accent);
color:var(--accent-fg);cursor:pointer}
.search button:hover{filter:brightness(1.08)}
.result{background:var(--card);border:1px solid var(--border);border-radius:12px;padding:1rem 1.2rem;
box-shadow:var(--shadow);margin-bottom:2rem}
.result>:last-child,.pick>:last-child{margin-bottom:0}
.result h2{margin:0 0 .7rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.result .card{box-shadow:none;border-color:var(--accent)}
.result .also{font-size:.93rem;color:var(--muted)}
.pick{border-top:1px solid var(--border);margin-top:1rem;padding-top:.8rem;font-size:.95rem}
.pick .who{font-size:1.1rem;font-weight:700}
.caveat{color:var(--muted)}
.table-wrap{overflow-x:auto;border:1px solid var(--border);border-radius:10px;background:var(--card);
box-shadow:var(--shadow)}
table{border-collapse:collapse;width:100%;font-size:.92rem;line-height:1.5}
caption{caption-side:bottom;text-align:left;padding:.6rem .9rem;color:var(--muted);font-size:.85rem}
th,td{text-align:left;vertical-align:top;padding:.6rem .9rem;border-bottom:1px solid var(--border)}
thead th{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);background:var(--bg)}
thead th.istio{color:var(--istio)}thead th.linkerd{color:var(--linkerd)}
tbody th{font-weight:650;min-width:8.5rem}
tbody tr:last-child>*{border-bottom:0}
.foot{border-top:1px solid var(--border);color:var(--muted);font-size:.85rem;padding-top:1rem;padding-bottom:2rem}
@media (max-width:40rem){body{font-size:16px}.cols{grid-template-columns:1fr}main{padding-top:1.3rem}
.search{flex-direction:column}.search button{padding:.65rem}
.table-wrap{overflow:visible}table,tbody,tr,th,td,caption{display:block}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
caption{border-bottom:1px solid var(--border)}
tbody tr{border-bottom:1px solid var(--border);padding:.5rem 0}tbody tr:last-child{border-bottom:0}
tbody th,td{border:0;padding:.2rem .9rem}tbody th{font-size:1rem}
td::before{content:attr(data-label);display:block;font-size:.72rem;font-weight:700;text-transform:uppercase;
letter-spacing:.06em;color:var(--istio)}td.linkerd::before{color:var(--linkerd)}}
@media print{.top,.foot,.search{display:none}body{background:#fff;color:#000}}
`
  .trim()
  .replace(/\n/g, '');

const LOGO = `<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"><path d="M8 9 24 9 16 23Z" opacity=".55"/><circle cx="8" cy="9" r="3.6" fill="currentColor"/><circle cx="24" cy="9" r="3.6" fill="currentColor"/><circle cx="16" cy="23" r="3.6" fill="currentColor"/></g></svg>`;

interface LayoutOptions {
  /** Text for <title>; the site name is appended. */
  readonly title: string;
  readonly description: string;
  readonly main: string;
  /** Root-relative link to the answer index (for the header). */
  readonly home: string;
  readonly canonical?: string;
  /** Open Graph / Twitter card; needs canonical. */
  readonly share?: {
    readonly title: string;
    readonly type: 'article' | 'website';
    readonly modified?: string;
    /** og:image: a PNG card of CARD_IMAGE's size. */
    readonly image?: { readonly url: string; readonly alt: string };
  };
  readonly noindex?: boolean;
}

function layout(o: LayoutOptions): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="theme-color" content="#f7f8fb" media="(prefers-color-scheme: light)">',
    '<meta name="theme-color" content="#0e1219" media="(prefers-color-scheme: dark)">',
    `<title>${esc(o.title)} · ${SITE_NAME}</title>`,
    `<meta name="description" content="${esc(o.description)}">`,
  ];
  if (o.noindex) head.push('<meta name="robots" content="noindex">');
  if (o.canonical) head.push(`<link rel="canonical" href="${esc(o.canonical)}">`);
  if (o.canonical && o.share) {
    head.push(
      `<meta property="og:title" content="${esc(o.share.title)}">`,
      `<meta property="og:description" content="${esc(o.description)}">`,
      `<meta property="og:url" content="${esc(o.canonical)}">`,
      `<meta property="og:type" content="${o.share.type}">`,
      `<meta property="og:site_name" content="${SITE_NAME}">`,
      '<meta property="og:locale" content="en_US">',
    );
    if (o.share.modified) {
      head.push(`<meta property="article:modified_time" content="${esc(o.share.modified)}">`);
    }
    const image = o.share.image;
    if (image) {
      head.push(
        `<meta property="og:image" content="${esc(image.url)}">`,
        `<meta property="og:image:type" content="${CARD_IMAGE.type}">`,
        `<meta property="og:image:width" content="${CARD_IMAGE.width}">`,
        `<meta property="og:image:height" content="${CARD_IMAGE.height}">`,
        `<meta property="og:image:alt" content="${esc(image.alt)}">`,
      );
    }
    head.push(
      `<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">`,
      `<meta name="twitter:title" content="${esc(o.share.title)}">`,
      `<meta name="twitter:description" content="${esc(o.description)}">`,
    );
    if (image) head.push(`<meta name="twitter:image" content="${esc(image.url)}">`);
  }
  head.push(`<style>${STYLE}</style>`);
  return `<!doctype html>
<html lang="en">
<head>
${head.join('\n')}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><div class="wrap">
<a class="brand" href="${esc(o.home)}">${LOGO}<span>${SITE_NAME}</span></a>
<nav aria-label="Site"><a href="${esc(o.home)}">All answers</a></nav>
</div></header>
<main id="main" class="wrap">
${o.main}
</main>
<footer class="foot"><div class="wrap">Answers about Istio, Linkerd and other service meshes, checked against their sources. The same answers ${SITE_NAME} gives in Slack.</div></footer>
</body>
</html>
`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** "Checked 2026-11-26: text" → a dated correction; other notes have no date. */
function splitNote(note: string): { date: string | null; text: string } {
  const m = /^Checked (\d{4}-\d{2}-\d{2}):\s*([\s\S]*)$/.exec(note);
  return m ? { date: m[1] ?? null, text: m[2] ?? '' } : { date: null, text: note };
}

function card(href: string, title: string, verdict?: string): string {
  // Verdicts may hold inline Markdown (`code`); the card shows their words.
  const v = verdict ? `<span class="v">${esc(toPlain(verdict))}</span>` : '';
  return `<a class="card" href="${esc(href)}"><span class="t">${esc(title)}</span>${v}</a>`;
}

/** A "Still correct" from the entry's owner in Slack: who (a Slack user id) and when (epoch ms). */
export interface PageVerification {
  readonly by: string;
  readonly at: number;
}

/** "Verified by Slack user U… on 1 Dec 2026 · next review by …", or due for review once overdue again. */
function verifiedHtml(entry: Entry, v: PageVerification, today: Date | string): string {
  const day = new Date(v.at).toISOString().slice(0, 10);
  // Due `review_every` days after the later of the checked date and the verification (ISO dates sort).
  const since = [entry.checked, day].sort()[1] ?? day;
  const status = reviewStatus({ checked: since, review_every: entry.review_every }, today);
  const who = `Verified by Slack user ${esc(v.by)} on ${timeTag(day)}`;
  return status.due
    ? `${who} · <span class="due">due for review</span> (since ${timeTag(status.dueOn)})`
    : `${who} · next review by ${timeTag(status.dueOn)}`;
}

/** "Checked 26 Nov 2026", or "Checked on 26 Nov 2026 · due for review" once the entry is overdue. */
function checkedHtml(entry: Entry, today: Date | string, verified?: PageVerification): string {
  if (verified) return `Checked ${timeTag(entry.checked)} · ${verifiedHtml(entry, verified, today)}`;
  const status = reviewStatus(entry, today);
  return status.due
    ? `Checked on ${timeTag(entry.checked)} · <span class="due">due for review</span> (since ${timeTag(status.dueOn)})`
    : `Checked ${timeTag(entry.checked)} · next review by ${timeTag(status.dueOn)}`;
}

/** The canonical page of one answer. `today` (default: now) decides whether it shows as due for review. */
export function answerPage(
  entry: Entry,
  core: Core,
  today: Date | string = new Date(),
  verified?: PageVerification,
): string {
  const paths = sitePaths(core);
  const canonical = core.answerUrl(entry.id);
  const parts: string[] = [];
  parts.push(`<article>
<p class="crumb"><a href="${esc(paths.index)}">‹ All answers</a></p>
<h1>${esc(entry.title)}</h1>
<p class="question">${esc(entry.question)}</p>
<p class="verdict"><span class="label">Short answer</span>${inlineToHtml(entry.verdict)}</p>
<div class="prose">
${toHtml(entry.body)}
</div>`);

  if (entry.meshes) {
    parts.push(`<section class="compare" aria-labelledby="compare">
<h2 id="compare">Istio and Linkerd side by side</h2>
<div class="cols">
<div class="col istio"><h3>Istio</h3><p>${inlineToHtml(entry.meshes.istio)}</p></div>
<div class="col linkerd"><h3>Linkerd</h3><p>${inlineToHtml(entry.meshes.linkerd)}</p></div>
</div>
</section>`);
  }

  if (entry.notes.length > 0) {
    const items = entry.notes.map((n) => {
      const { date, text } = splitNote(n);
      const badge = date ? `<span class="badge">Checked ${timeTag(date)}</span>` : '';
      return `<li>${badge}${inlineToHtml(text)}</li>`;
    });
    parts.push(`<section class="notes" aria-labelledby="notes">
<h2 id="notes">Notes and corrections</h2>
<ul>${items.join('\n')}</ul>
</section>`);
  }

  const related = entry.related.flatMap((id) => {
    const r = core.kb.byId.get(id);
    return r ? [`<li>${card(paths.answer(r.id), r.title, r.verdict)}</li>`] : [];
  });
  if (related.length > 0) {
    parts.push(`<section aria-labelledby="related">
<h2 id="related">Related answers</h2>
<ul class="cards">${related.join('\n')}</ul>
</section>`);
  }

  const sources = entry.sources.map((s) => {
    const host = hostOf(s.url);
    return `<li><a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.title)}</a>${
      host ? `<span class="host">${esc(host)}</span>` : ''
    }</li>`;
  });
  parts.push(`<section aria-labelledby="sources">
<h2 id="sources">Sources</h2>
<ol class="sources">${sources.join('\n')}</ol>
</section>
<footer class="meta">
<p>${checkedHtml(entry, today, verified)}</p>
<p>Kept up to date by ${esc(ownerText(entry.owner))}</p>
<p>Link to this answer: <a href="${esc(canonical)}">${esc(canonical)}</a></p>
</footer>
</article>`);

  return layout({
    title: entry.title,
    description: entry.verdict,
    canonical,
    share: {
      title: entry.title,
      type: 'article',
      modified: entry.checked,
      image: {
        url: `${canonical}/card.png?v=${cardImageVersion(cardImageInput(entry, canonical))}`,
        alt: `${entry.title}: ${entry.verdict}`,
      },
    },
    home: paths.index,
    main: parts.join('\n'),
  });
}

/** An owner as a reader sees it: Slack mentions (<@U…>, <!subteam^S…|@team>) become their names or ids. */
function ownerText(owner: string): string {
  return owner
    .replace(/<!subteam\^[A-Z0-9]+\|([^<>]+)>/g, '$1')
    .replace(/<!subteam\^([A-Z0-9]+)>/g, 'Slack group $1')
    .replace(/<@([A-Z0-9]+)(?:\|([^<>]+))?>/g, (_m, id: string, name?: string) => name ?? `Slack user ${id}`);
}

const PICK_LABEL: Record<MeshPick, string> = {
  istio: 'Istio',
  linkerd: 'Linkerd',
  both: 'Both, as a migration bridge',
  either: 'Either one',
};

function recommendationHtml(r: Recommendation): string {
  const reasons = r.reasons.map(
    ({ factor }) => `<li><strong>${esc(factor.label)}</strong>: ${esc(factor.reason)}</li>`,
  );
  const caveats = r.caveats.map((c) => `<li class="caveat">${esc(c)}</li>`);
  return `<div class="pick">
<p><span class="who">Pick: ${esc(PICK_LABEL[r.pick])}</span> <span class="badge">Istio ${r.scores.istio} · Linkerd ${r.scores.linkerd}</span></p>
${reasons.length ? `<ul>${reasons.join('\n')}</ul>` : ''}
${caveats.length ? `<ul>${caveats.join('\n')}</ul>` : ''}
</div>`;
}

function examplesHtml(core: Core, examples: readonly string[]): string {
  const paths = sitePaths(core);
  return `<ul>${examples.map((e) => `<li><a href="${esc(paths.search(e))}">${esc(e)}</a></li>`).join('')}</ul>`;
}

function candidateCards(core: Core, candidates: readonly Candidate[]): string {
  const paths = sitePaths(core);
  return `<ul class="cards">${candidates
    .map((c) => `<li>${card(paths.answer(c.id), c.title, core.kb.byId.get(c.id)?.verdict)}</li>`)
    .join('\n')}</ul>`;
}

function replyHtml(core: Core, reply: Reply): string {
  const paths = sitePaths(core);
  switch (reply.kind) {
    case 'answer': {
      const e = reply.entry;
      const also = reply.alternatives.map((a) => `<a href="${esc(paths.answer(a.id))}">${esc(a.title)}</a>`);
      return `<section class="result" aria-labelledby="result">
<h2 id="result">Best answer</h2>
${card(paths.answer(e.id), e.title, e.verdict)}
${reply.recommendation ? recommendationHtml(reply.recommendation) : ''}
${also.length ? `<p class="also">Also see: ${also.join(' · ')}</p>` : ''}
</section>`;
    }
    case 'suggest':
      return `<section class="result" aria-labelledby="result">
<h2 id="result">Did you mean</h2>
${candidateCards(core, reply.candidates)}
<p class="also">Not it? Try other words, or pick from the list below.</p>
</section>`;
    case 'smalltalk': {
      const text =
        reply.intent === 'thanks'
          ? 'You are welcome. Ask anything about Istio, Linkerd or other service meshes.'
          : 'Hi! I answer service-mesh questions, Istio vs Linkerd first. Try one of these:';
      return `<section class="result" aria-labelledby="result">
<h2 id="result">${reply.intent === 'thanks' ? 'Glad to help' : 'Hello'}</h2>
<p>${esc(text)}</p>
${examplesHtml(core, EXAMPLE_QUESTIONS)}
</section>`;
    }
    case 'fallback':
      return `<section class="result" aria-labelledby="result">
<h2 id="result">No answer yet</h2>
<p>Sorry, I don't have an answer for that. I know about service meshes: Istio, Linkerd and the others.</p>
${reply.related.length ? `<p>These answers may be related:</p>\n${candidateCards(core, reply.related)}\n` : ''}<p>Try one of these, or browse the list below:</p>
${examplesHtml(core, reply.examples)}
</section>`;
  }
}

function searchForm(action: string, q = ''): string {
  return `<form class="search" method="get" action="${esc(action)}" role="search">
<label class="sr" for="q">Ask a question</label>
<input id="q" type="search" name="q" value="${esc(q)}" maxlength="${MAX_QUERY_LENGTH}" placeholder="Ask a question, e.g. Does Linkerd support multi-cluster?" autocomplete="off">
<button type="submit">Search</button>
</form>`;
}

/** The list of all answers with a search box; with a query, the matcher's reply on top. */
export function indexPage(core: Core, query?: string): string {
  const paths = sitePaths(core);
  const q = (query ?? '').slice(0, MAX_QUERY_LENGTH).trim();
  const parts: string[] = [];
  parts.push(`<h1>Service mesh answers</h1>
<p class="lead">Straight answers on Istio, Linkerd and the other meshes: what each does, what it costs, and which to pick.</p>
${searchForm(paths.index, q)}`);
  if (q) parts.push(replyHtml(core, core.matcher.answer(q)));

  const groups = groupAnswers(core.kb.entries);
  const anchor = (g: string) => `group-${g}`;
  const nav = groups.map(
    (g) =>
      `<li><a href="#${anchor(g.group)}">${esc(g.title)} <span class="count">${g.entries.length}</span></a></li>`,
  );
  const sections = groups.map((g) => {
    const cards = g.entries.map((e) => `<li>${card(paths.answer(e.id), e.title, e.verdict)}</li>`);
    return `<section aria-labelledby="${anchor(g.group)}">
<h2 id="${anchor(g.group)}">${esc(g.title)} <span class="count">(${g.entries.length})</span></h2>
<ul class="cards">${cards.join('\n')}</ul>
</section>`;
  });
  parts.push(`<nav aria-label="Answers by topic"><h2 id="all">All ${core.kb.entries.length} answers, by topic</h2>
<ul class="groups">${nav.join('\n')}</ul></nav>
${sections.join('\n')}`);

  const h2h = core.kb.headToHead;
  const rows = h2h.dimensions.map((d) =>
    [
      `<tr><th scope="row"><a href="${esc(paths.answer(d.answer))}">${esc(d.label)}</a></th>`,
      `<td class="istio" data-label="Istio">${esc(d.istio)}</td>`,
      `<td class="linkerd" data-label="Linkerd">${esc(d.linkerd)}</td></tr>`,
    ].join(''),
  );
  parts.push(`<section aria-labelledby="h2h">
<h2 id="h2h">Istio vs Linkerd, head to head</h2>
<div class="table-wrap"><table>
<caption>Checked ${timeTag(h2h.checked)}. Each row links to the full answer.</caption>
<thead><tr><th scope="col">Dimension</th><th scope="col" class="istio">Istio</th><th scope="col" class="linkerd">Linkerd</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
</section>`);

  const description =
    'Answers about Istio, Linkerd and other service meshes: features, cost, operations and which to pick.';
  const canonical = `${core.baseUrl}/answers`;
  return layout({
    title: q ? `“${q}”: search` : 'Service mesh answers',
    description,
    canonical,
    share: { title: 'Service mesh answers', type: 'website' },
    noindex: q !== '',
    home: paths.index,
    main: parts.join('\n'),
  });
}

export interface NotFoundOptions {
  /** Answers to offer instead (e.g. from matcher.findTopic). */
  readonly suggestions?: readonly Candidate[];
  /** 'answer' (default): an unknown answer id; 'page': any other unknown path. */
  readonly kind?: 'answer' | 'page';
  /** Base URL for links; defaults to the site root. */
  readonly baseUrl?: string;
}

/** The 404 page: for an unknown answer id, or (kind 'page') an unknown path. */
export function notFoundPage(id: string, options: NotFoundOptions = {}): string {
  const paths = sitePaths({ baseUrl: options.baseUrl ?? '' });
  const shown = id.length > 200 ? `${id.slice(0, 200)}…` : id;
  const what =
    options.kind === 'page'
      ? `There is no page at <code>${esc(shown)}</code>.`
      : `There is no answer called <code>${esc(shown)}</code>.`;
  const suggestions = options.suggestions ?? [];
  const list = suggestions.length
    ? `<h2>Did you mean</h2>
<ul class="cards">${suggestions.map((s) => `<li>${card(paths.answer(s.id), s.title)}</li>`).join('\n')}</ul>`
    : '';
  return layout({
    title: 'Not found',
    description: 'This page does not exist.',
    noindex: true,
    home: paths.index,
    main: `<h1>Not found</h1>
<p>${what} It may have been renamed.</p>
<p>Search the answers, or <a href="${esc(paths.index)}">browse them all</a>.</p>
${searchForm(paths.index)}
${list}`,
  });
}

/** A small page for server errors (500) and bad requests. */
export function errorPage(
  message = 'Something went wrong on our side. Please try again in a moment.',
  options: { readonly title?: string; readonly baseUrl?: string } = {},
): string {
  const paths = sitePaths({ baseUrl: options.baseUrl ?? '' });
  const title = options.title ?? 'Something went wrong';
  return layout({
    title,
    description: message,
    noindex: true,
    home: paths.index,
    main: `<h1>${esc(title)}</h1>
<p>${esc(message)}</p>
<p><a href="${esc(paths.index)}">Back to all answers</a></p>`,
  });
}
