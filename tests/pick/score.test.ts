import { describe, expect, it } from 'vitest';
import type { DecisionFactor } from '../../src/knowledge/schema.js';
import { CAVEATS, scorePick } from '../../src/pick/score.js';
import { realKb } from '../helpers/kb.js';

const table = () => realKb().decisionTable;
const factorsFor = (pick: DecisionFactor['pick']) => table().factors.filter((f) => f.pick === pick);
const weights = (factors: readonly DecisionFactor[], w = 1) =>
  Object.fromEntries(factors.map((f) => [f.id, w]));
const firstFor = (pick: DecisionFactor['pick']): DecisionFactor => {
  const [f] = factorsFor(pick);
  if (!f) throw new Error(`the decision table has no ${pick} factor`);
  return f;
};

describe('scorePick with the real decision table', () => {
  it('has factors for Istio, for Linkerd and a migration factor', () => {
    expect(factorsFor('istio').length).toBeGreaterThan(0);
    expect(factorsFor('linkerd').length).toBeGreaterThan(0);
    expect(factorsFor('both').length).toBeGreaterThan(0);
  });

  it('picks Istio when every chosen factor favours Istio', () => {
    const istio = factorsFor('istio');
    const r = scorePick(table(), weights(istio));
    expect(r.pick).toBe('istio');
    expect(r.target).toBe('istio');
    expect(r.scores).toEqual({ istio: istio.length, linkerd: 0 });
    expect(r.caveats).not.toContain(CAVEATS.linkerdStable);
    expect(r.caveats).not.toContain(CAVEATS.migration);
  });

  it('picks Linkerd when every chosen factor favours Linkerd, with the stable-release and ambient caveats', () => {
    const linkerd = factorsFor('linkerd');
    const r = scorePick(table(), weights(linkerd));
    expect(r.pick).toBe('linkerd');
    expect(r.target).toBe('linkerd');
    expect(r.scores).toEqual({ istio: 0, linkerd: linkerd.length });
    expect(r.caveats).toContain(CAVEATS.linkerdStable);
    expect(r.caveats).toContain(CAVEATS.ambientOverhead);
  });

  it('names the Linkerd stable-release change and ambient mode in those caveats', () => {
    const r = scorePick(table(), weights(factorsFor('linkerd')));
    expect(r.caveats.some((c) => /stable/i.test(c) && /buoyant/i.test(c))).toBe(true);
    expect(r.caveats.some((c) => /ambient/i.test(c))).toBe(true);
  });

  it('answers "either" on a tie, with no target', () => {
    const r = scorePick(table(), weights([firstFor('istio'), firstFor('linkerd')]));
    expect(r.pick).toBe('either');
    expect(r.target).toBeNull();
    expect(r.scores).toEqual({ istio: 1, linkerd: 1 });
    expect(r.caveats).toContain(CAVEATS.either);
  });

  it('answers "either" when nothing is chosen', () => {
    for (const w of [{}, weights(table().factors, 0)]) {
      const r = scorePick(table(), w);
      expect(r.pick).toBe('either');
      expect(r.target).toBeNull();
      expect(r.scores).toEqual({ istio: 0, linkerd: 0 });
      expect(r.reasons).toEqual([]);
    }
  });

  it('answers "both" mid-migration, with the migration caveat and the leaning mesh as target', () => {
    const migration = firstFor('both');
    const towardLinkerd = scorePick(table(), weights([migration, firstFor('linkerd')]));
    expect(towardLinkerd.pick).toBe('both');
    expect(towardLinkerd.target).toBe('linkerd');
    expect(towardLinkerd.caveats).toContain(CAVEATS.migration);

    const towardIstio = scorePick(table(), weights([migration, ...factorsFor('istio').slice(0, 2)]));
    expect(towardIstio.pick).toBe('both');
    expect(towardIstio.target).toBe('istio');
    expect(towardIstio.caveats).toContain(CAVEATS.migration);

    const noLean = scorePick(table(), weights([migration]));
    expect(noLean.pick).toBe('both');
    expect(noLean.target).toBeNull();
  });

  it('lets a must-have (2) outweigh a nice-to-have (1)', () => {
    const i = firstFor('istio');
    const l = firstFor('linkerd');
    const istioMust = scorePick(table(), { [i.id]: 2, [l.id]: 1 });
    expect(istioMust.pick).toBe('istio');
    expect(istioMust.scores).toEqual({ istio: 2, linkerd: 1 });
    const linkerdMust = scorePick(table(), { [i.id]: 1, [l.id]: 2 });
    expect(linkerdMust.pick).toBe('linkerd');
    expect(linkerdMust.scores).toEqual({ istio: 1, linkerd: 2 });
  });

  it('clamps weights to 0, 1 or 2 and ignores unknown factor ids', () => {
    const i = firstFor('istio');
    const l = firstFor('linkerd');
    const r = scorePick(table(), { [i.id]: 7, [l.id]: 0.5, 'not-a-factor': 2 });
    expect(r.scores).toEqual({ istio: 2, linkerd: 0 });
    expect(r.reasons.map((x) => x.factor.id)).toEqual([i.id]);
    expect(r.reasons[0]?.weight).toBe(2);
  });

  it('gives one reason per chosen factor, each with its weight and canonical answer', () => {
    const { byId } = realKb();
    const chosen = [firstFor('istio'), ...factorsFor('linkerd').slice(0, 2)];
    const w = { [chosen[0]?.id ?? '']: 2, ...weights(chosen.slice(1)) };
    const r = scorePick(table(), w);
    expect(r.reasons.map((x) => x.factor.id).sort()).toEqual(chosen.map((f) => f.id).sort());
    for (const reason of r.reasons) {
      const row = table().factors.find((f) => f.id === reason.factor.id);
      expect(reason.factor.answer).toBe(row?.answer);
      expect(byId.has(reason.factor.answer), reason.factor.answer).toBe(true);
      expect(reason.weight).toBe(w[reason.factor.id]);
    }
  });

  it('adds the ambient multi-cluster caveat only when both multi-cluster and sidecarless are chosen', () => {
    const ids = new Set(table().factors.map((f) => f.id));
    expect(ids.has('multi-cluster') && ids.has('sidecarless')).toBe(true);
    expect(scorePick(table(), { 'multi-cluster': 1, sidecarless: 1 }).caveats).toContain(
      CAVEATS.ambientMultiCluster,
    );
    expect(scorePick(table(), { 'multi-cluster': 1 }).caveats).not.toContain(CAVEATS.ambientMultiCluster);
  });

  it('does not change the table it scores', () => {
    const before = JSON.stringify(table());
    scorePick(table(), weights(table().factors, 2));
    expect(JSON.stringify(table())).toBe(before);
  });
});
