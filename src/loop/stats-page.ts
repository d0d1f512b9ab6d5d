/**
 * The /stats page: aggregates only (never question text), with a server-rendered SVG chart of
 * questions per day by outcome. Pure: stats in, HTML out.
 */
import { escapeHtml } from '../knowledge/markdown.js';
import type { Stats } from '../store/store.js';

const COLORS = { answered: '#2a9d8f', suggested: '#e9c46a', fallback: '#e76f51' } as const;
const OUTCOMES = ['answered', 'suggested', 'fallback'] as const;

/** Stacked bars, one per day; a y axis with round ticks; day labels every few bars. */
export function statsChartSvg(days: Stats['days'], opts: { width?: number; height?: number } = {}): string {
  const width = opts.width ?? 720;
  const height = opts.height ?? 260;
  const pad = { left: 40, right: 10, top: 10, bottom: 36 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...days.map((d) => d.answered + d.suggested + d.fallback));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => pad.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(2, slot * 0.7);
  const parts: string[] = [];
  for (let v = 0; v <= top; v += step) {
    parts.push(
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`,
      `<text x="${pad.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#555">${v}</text>`,
    );
  }
  const labelEvery = Math.ceil(days.length / 7);
  days.forEach((d, i) => {
    const x = pad.left + i * slot + (slot - barW) / 2;
    let base = 0;
    for (const o of OUTCOMES) {
      const n = d[o];
      if (n > 0) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(base + n).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(base) - y(base + n)).toFixed(1)}" fill="${COLORS[o]}"><title>${escapeHtml(d.day)}: ${n} ${o}</title></rect>`,
        );
      }
      base += n;
    }
    if (i % labelEvery === 0 || i === days.length - 1)
      parts.push(
        `<text x="${(x + barW / 2).toFixed(1)}" y="${height - pad.bottom + 16}" text-anchor="middle" font-size="11" fill="#555">${escapeHtml(d.day.slice(5))}</text>`,
      );
  });
  const legend = OUTCOMES.map(
    (o, i) =>
      `<rect x="${pad.left + i * 110}" y="${height - 12}" width="10" height="10" fill="${COLORS[o]}"/><text x="${pad.left + i * 110 + 14}" y="${height - 3}" font-size="11" fill="#333">${o}</text>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Questions per day by outcome" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${parts.join('')}${legend}</svg>`;
}

function niceStep(max: number): number {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 5, 10]) if (m * mag >= raw) return Math.max(1, m * mag);
  return Math.max(1, 10 * mag);
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);

export function statsPage(stats: Stats, titles: ReadonlyMap<string, string>): string {
  const t = stats.totals;
  const rows = [...stats.votes]
    .sort((a, b) => b.up + b.down - (a.up + a.down))
    .slice(0, 25)
    .map(
      (v) =>
        `<tr><td>${escapeHtml(titles.get(v.entryId) ?? v.entryId)}</td><td>${v.up}</td><td>${v.down}</td><td>${pct(v.upShare)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>meshbot: how it is doing</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:780px;margin:2rem auto;padding:0 1rem;color:#222}
.kpi{display:flex;gap:1.5rem;flex-wrap:wrap}.kpi div{background:#f4f6f8;border-radius:8px;padding:.6rem 1rem}
.kpi b{display:block;font-size:1.5rem}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee}</style>
</head><body>
<h1>How meshbot is doing</h1>
<p>Last ${stats.days.length} days. Aggregates only: no question text, no people.</p>
<div class="kpi">
<div><b>${t.questions}</b>questions</div>
<div><b>${pct(stats.answeredShare)}</b>answered</div>
<div><b>${t.suggested}</b>"did you mean"</div>
<div><b>${t.fallback}</b>unanswered</div>
<div><b>${stats.handoffs.answered}/${stats.handoffs.total}</b>expert hand-offs answered</div>
</div>
<h2>Questions per day</h2>
${statsChartSvg(stats.days)}
<h2>👍 share per answer</h2>
${rows ? `<table><thead><tr><th>Answer</th><th>👍</th><th>👎</th><th>👍 share</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No votes yet.</p>'}
<h2>Knowledge gaps</h2>
<p>${stats.topGaps.length} open gap(s) among the most asked; curators see them in Slack (<code>/mesh gaps</code>).</p>
</body></html>
`;
}
