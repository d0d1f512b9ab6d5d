/**
 * A small in-memory knowledge base for the Markdown, review and grouping tests, so they do not
 * depend on the real entries (which writers change) loading cleanly.
 */
import type { Core } from '../../src/core.js';
import type { Matcher } from '../../src/intents/matcher.js';
import type { KnowledgeBase } from '../../src/knowledge/loader.js';
import type { Entry } from '../../src/knowledge/schema.js';

/** A day no entry below is due on (every fixture is checked on it). */
export const TODAY = '2026-11-30';

export const CODE_BODY = [
  'Turn it on per namespace, then restart so pods get the proxy:',
  '',
  '```yaml',
  'apiVersion: v1',
  'kind: Namespace',
  'metadata:',
  '  name: shop',
  '  labels:',
  '    istio-injection: enabled   # <sidecar> & friends',
  '```',
  '',
  '| Mesh | Command |',
  '|---|---|',
  '| Istio | `kubectl label ns shop istio-injection=enabled` |',
  '| Linkerd | `kubectl annotate ns shop linkerd.io/inject=enabled` |',
  '',
  '- **Check** with `istioctl analyze`',
  '- Then `kubectl rollout restart deploy -n shop`',
].join('\n');

/** A valid entry; fields in `over` replace the defaults. */
export function makeEntry(id: string, over: Partial<Entry> = {}): Entry {
  return {
    id,
    title: `Title of ${id}`,
    question: `What about ${id}?`,
    phrasings: [`tell me about ${id}`],
    keywords: [id],
    verdict: `The short answer for ${id}.`,
    body: `The body of ${id}, with **bold** and a [link](https://example.com/${id}).`,
    notes: [],
    related: [],
    sources: [{ title: 'Example docs', url: `https://example.com/docs/${id}` }],
    checked: TODAY,
    owner: 'Platform networking team',
    review_every: 90,
    group: 'concepts',
    ...over,
  } as Entry;
}

export function smallKb(entries: readonly Entry[]): KnowledgeBase {
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    headToHead: {
      checked: TODAY,
      dimensions: [
        { id: 'mtls', label: 'mTLS', istio: 'On, permissive', linkerd: 'On, always', answer: 'mtls' },
      ],
    },
    decisionTable: {
      groups: [{ id: 'needs', title: 'What you need', intro: '' }],
      factors: [
        {
          id: 'simple',
          group: 'needs',
          label: 'Simplest to run',
          question: 'Do you want the least to run?',
          pick: 'linkerd',
          reason: 'Fewer moving parts to operate.',
          answer: 'which-mesh',
        },
      ],
    },
    outOfScope: [],
  };
}

/** A Core over `kb` whose matcher is never asked (pages without a query). */
export function smallCore(kb: KnowledgeBase, baseUrl = 'http://localhost:1234'): Core {
  const matcher = {
    answer: () => {
      throw new Error('the matcher is not part of this test');
    },
    findTopic: () => [],
  } as unknown as Matcher;
  return {
    kb,
    matcher,
    baseUrl,
    answerUrl: (id) => `${baseUrl}/answers/${encodeURIComponent(id)}`,
    setLearnedPhrasings: () => {},
    learnedPhrasings: () => new Map(),
  };
}

/** One entry per group, out of order, with "which mesh" not first by title. */
export function groupedEntries(): Entry[] {
  return [
    makeEntry('other-meshes', { group: 'other-meshes', title: 'Other meshes: Cilium, Consul, Kuma' }),
    makeEntry('mtls', { group: 'security', title: 'How mTLS works' }),
    makeEntry('cost', { group: 'choosing', title: 'A cost comparison' }),
    makeEntry('which-mesh', { group: 'choosing', title: 'Which mesh should I pick?' }),
    makeEntry('upgrades', { group: 'operations', title: 'Upgrading safely', body: CODE_BODY }),
    makeEntry('egress', { group: 'traffic', title: 'Egress traffic' }),
    makeEntry('retries', { group: 'traffic', title: 'Retries & timeouts <fast>' }),
    makeEntry('platform-support', { group: 'platforms', title: 'arm64, Windows and VMs' }),
    makeEntry('what-is-istio', { group: 'concepts', title: 'What is Istio?' }),
  ];
}
