import type { Candidate, Reply } from '../intents/reply.js';
import { toText } from '../knowledge/markdown.js';
import type { Recommendation } from '../pick/score.js';

const PICK_LABEL = {
  istio: 'Istio',
  linkerd: 'Linkerd',
  both: 'Both, as a migration bridge',
  either: 'Either one',
} as const;

export function recommendationText(r: Recommendation): string {
  const lines = [`Pick: ${PICK_LABEL[r.pick]}  (Istio ${r.scores.istio}, Linkerd ${r.scores.linkerd})`];
  for (const { factor } of r.reasons) lines.push(`  - ${factor.label}: ${factor.reason}`);
  for (const c of r.caveats) lines.push(`  ! ${c}`);
  return lines.join('\n');
}

/** A reply as readable terminal text (`npm run ask`). */
export function replyToText(reply: Reply, answerUrl: (id: string) => string): string {
  const entryLines = (cs: readonly Candidate[]) => cs.map((c) => `  - ${c.title}  (${answerUrl(c.id)})`);
  switch (reply.kind) {
    case 'smalltalk':
      return reply.intent === 'thanks'
        ? 'You are welcome. Ask me anything about Istio, Linkerd or other service meshes.'
        : 'Hi! I answer service-mesh questions (Istio vs Linkerd first). Try: "Istio or Linkerd for a small team?"';
    case 'fallback':
      return [
        "I don't have an answer for that. I know about service meshes: Istio, Linkerd and the others.",
        ...(reply.related.length ? ['These answers may be related:', ...entryLines(reply.related)] : []),
        'Try one of these:',
        ...reply.examples.map((e) => `  - ${e}`),
      ].join('\n');
    case 'suggest':
      return ['Did you mean:', ...entryLines(reply.candidates)].join('\n');
    case 'answer': {
      const e = reply.entry;
      const parts = [e.title, '', e.verdict, ''];
      if (reply.recommendation) parts.push(recommendationText(reply.recommendation), '');
      parts.push(toText(e.body));
      if (e.meshes) parts.push('', `Istio: ${e.meshes.istio}`, `Linkerd: ${e.meshes.linkerd}`);
      parts.push('', `Sources (checked ${e.checked}):`, ...e.sources.map((s) => `  - ${s.title}: ${s.url}`));
      parts.push('', `Link: ${answerUrl(e.id)}`);
      return parts.join('\n');
    }
  }
}
