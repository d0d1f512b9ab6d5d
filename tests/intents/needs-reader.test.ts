import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/intents/matcher.js';
import { fitShippedReader, readLabelledSets, trainingFiles } from '../../src/intents/needs-data.js';
import {
  fitNeedsReader,
  type LabelledQuestion,
  NEEDS_READER_FILE,
  NeedsReader,
  needsFeatures,
  READER_OPTIONS,
} from '../../src/intents/needs-reader.js';
import { normalizeText } from '../../src/intents/normalize.js';
import type { Reply } from '../../src/intents/reply.js';
import { weightsFileText } from '../../src/intents/weights-file.js';
import { realKb, realMatcher } from '../helpers/kb.js';

const pickOf = (r: Reply) => (r.kind === 'answer' && r.recommendation ? r.recommendation.pick : null);
const shown = (r: Reply) =>
  `${r.kind === 'answer' ? r.entry.id : r.kind} ${pickOf(r) ?? '-'} [${r.factors.join(', ')}]`;

describe('needs reader: features', () => {
  it('reads stemmed words and word pairs, leaving out the names of the choice', () => {
    const f = needsFeatures(normalizeText('Istio or Linkerd? We need canaries and rolling releases'));
    expect(f).toContain('canari');
    expect(f).toContain('roll');
    expect(f).toContain('roll releas');
    expect(f.some((x) => /istio|linkerd|\bmesh\b/.test(x))).toBe(false);
  });

  it('gives nothing for an empty text', () => {
    expect(needsFeatures('')).toEqual([]);
  });
});

describe('needs reader: fitting', () => {
  // A toy set: "canary" words state l7-traffic, "tiny" words low overhead, the rest nothing.
  const toy: LabelledQuestion[] = [];
  for (let i = 0; i < 20; i++) {
    toy.push({ text: `we want canary releases for app ${i}`, factors: ['l7-traffic'] });
    toy.push({ text: `the proxy must be tiny on node ${i}`, factors: ['low-overhead'] });
    toy.push({ text: `we want tiny canary proxies for app ${i}`, factors: ['l7-traffic', 'low-overhead'] });
    toy.push({ text: `we run app ${i} on node ${i}`, factors: [] });
  }
  const options = { ...READER_OPTIONS, minQuestions: 2 };

  it('learns which words state which need', () => {
    const reader = new NeedsReader(fitNeedsReader(toy, options));
    expect(reader.needs('we want canary releases')).toEqual(['l7-traffic']);
    expect(reader.needs('the proxy must be tiny')).toEqual(['low-overhead']);
    expect(reader.needs('we run app 3 on node 3')).toEqual([]);
    const p = reader.probabilities('we want canary releases');
    expect(p.get('l7-traffic')).toBeGreaterThan(0.9);
    expect(p.get('multi-cluster')).toBeLessThan(0.1);
  });

  it('is repeatable for one seed and differs for another', () => {
    expect(fitNeedsReader(toy, options)).toEqual(fitNeedsReader(toy, options));
    expect(fitNeedsReader(toy, { ...options, seed: 99 }).weights).not.toEqual(
      fitNeedsReader(toy, options).weights,
    );
  });

  it('leaves out words seen in fewer questions than minQuestions', () => {
    const s = fitNeedsReader(
      [...toy, { text: 'a zebra wants canary releases', factors: ['l7-traffic'] }],
      options,
    );
    expect(s.weights.zebra).toBeUndefined();
    expect(s.weights.canary).toBeDefined();
  });
});

describe('needs reader: the shipped file', () => {
  it('learns from every labelled set but the frozen ones', () => {
    const files = trainingFiles();
    expect(files.some((f) => f.includes('frozen'))).toBe(false);
    const sets = readLabelledSets();
    expect(sets.length).toBeGreaterThanOrEqual(30);
    expect(sets.every((s) => s.questions.length > 0)).toBe(true);
  });

  it('is what `npm run fit:needs` writes from the fixtures today', () => {
    const want = weightsFileText(fitShippedReader());
    expect(readFileSync(NEEDS_READER_FILE, 'utf8') === want, 'run npm run fit:needs').toBe(true);
  });

  it('reads needs precisely on sets it was not fitted on (cross-validation by set)', () => {
    const sets = readLabelledSets();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let k = 0; k < 4; k++) {
      const reader = new NeedsReader(
        fitNeedsReader(
          sets.filter((_, i) => i % 4 !== k).flatMap((s) => s.questions),
          READER_OPTIONS,
        ),
      );
      for (const q of sets.filter((_, i) => i % 4 === k).flatMap((s) => s.questions)) {
        const got = new Set(reader.needs(q.text));
        for (const f of got)
          if (q.factors.includes(f)) tp++;
          else fp++;
        for (const f of q.factors) if (!got.has(f)) fn++;
      }
    }
    // Measured 0.977 / 0.756 with five folds: the reader adds needs only where it is sure.
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.65);
    // Four fits over every labelled set: its time grows with the training data.
  }, 120_000);
});

describe('needs reader beside the rules, in the matcher', () => {
  const rulesOnly = createMatcher(realKb(), { needsReader: null, askReader: null });
  const ask = (q: string) => realMatcher().answer(q);

  it('gives the pick for a need the rules do not read', () => {
    const q =
      'our app teams are tired of a second container showing up next to theirs in every pod, what mesh would you pick?';
    const before = rulesOnly.answer(q);
    expect(pickOf(before), shown(before)).toBeNull();
    const r = ask(q);
    expect(r.kind === 'answer' && r.entry.id, shown(r)).toBe('which-mesh');
    expect(r.factors, shown(r)).toContain('sidecarless');
    expect(pickOf(r), shown(r)).toBe('istio');
  });

  it('adds no need the rules read and ruled out, and no count the rules weighed', () => {
    for (const [q, not] of [
      ['we do not need canaries or any traffic splitting, just want encryption, which mesh?', 'l7-traffic'],
      ['a platform team of 12 looks after it and we want canaries, which mesh?', 'simple-operations'],
      ['1,500 pods across 6 clusters, which mesh?', 'low-overhead'],
      ['everything runs in 1 cluster and we want mtls by default, which mesh?', 'multi-cluster'],
    ] as const) {
      const r = ask(q);
      expect(r.factors, `${q}: ${shown(r)}`).not.toContain(not);
    }
  });

  it('leaves questions about other things as the rules answer them', () => {
    for (const q of [
      'any recommendations for a mesh wifi system for a 3 floor house?',
      'should we run pgbouncer as a sidecar or as a central deployment?',
      'what is the capital of portugal?',
    ]) {
      const r = ask(q);
      expect(shown(r), q).toBe(shown(rulesOnly.answer(q)));
      expect(pickOf(r), q).toBeNull();
    }
    expect(realMatcher().pickFromText('a mesh wifi system for a 3 floor house')).toBeNull();
  });

  it('/mesh-pick reads needs the rules miss', () => {
    const text = 'app teams hate the extra container that shows up in each pod';
    expect(rulesOnly.pickFromText(text)).toBeNull();
    expect(realMatcher().pickFromText(text)?.recommendation?.pick).toBe('istio');
  });
});

describe('session 21 asks and counts', () => {
  const ask = (q: string) => realMatcher().answer(q);
  it('clusters said to stay apart are not a multi-cluster need', () => {
    const r = ask(
      'we run 3 clusters but they dont need to be one mesh, each stays alone. mtls by default please, which mesh?',
    );
    expect(r.factors, shown(r)).not.toContain('multi-cluster');
    expect(ask('we run 3 clusters that must act as one mesh, which mesh?').factors).toContain(
      'multi-cluster',
    );
  });

  it('a verdict asked on stated needs gets the pick', () => {
    const held = ask(
      'planning on linkerd: 2 clusters and a team of 3 who cannot spend weeks on it. does the choice hold up?',
    );
    expect(held.kind === 'answer' && held.entry.id, shown(held)).toBe('which-mesh');
    expect(pickOf(held), shown(held)).toBe('either');
    // One need that a card answers keeps that card, with the pick beside it.
    const over = ask(
      'we only need pod-to-pod encryption on install with zero config. are we overcomplicating this with istio?',
    );
    expect(pickOf(over), shown(over)).toBe('linkerd');
  });
});

describe('session 21 asks, second round', () => {
  it.each([
    'we need weighted rollouts between v1 and v2 and per-path deny rules. fairly sure istio is right, but tell me if I am wrong',
    'two person team, encryption and golden metrics on day one, p99 budget 20ms for a chatty app. what fits?',
  ])('"%s" gets the pick card', (q) => {
    const r = realMatcher().answer(q);
    expect(r.kind === 'answer' && r.entry.id, shown(r)).toBe('which-mesh');
    expect(pickOf(r), shown(r)).not.toBeNull();
  });
});
