import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { Curators } from '../../src/loop/curators.js';
import { keyedHash, normalizeQuestion } from '../../src/loop/normalize.js';

describe('core.setLearnedPhrasings', () => {
  it('rebuilds the matcher with known entries only, and not at all when nothing changed', () => {
    const core = createCore({ baseUrl: 'https://x.example' });
    const first = core.matcher;
    core.setLearnedPhrasings(new Map([['nope-not-an-entry', ['a']]]));
    expect(core.matcher).toBe(first);
    core.setLearnedPhrasings(
      new Map([
        ['mtls', ['rotate the trust anchor']],
        ['nope-not-an-entry', ['a']],
      ]),
    );
    const second = core.matcher;
    expect(second).not.toBe(first);
    expect([...core.learnedPhrasings()]).toEqual([['mtls', ['rotate the trust anchor']]]);
    core.setLearnedPhrasings(new Map([['mtls', ['rotate the trust anchor']]]));
    expect(core.matcher).toBe(second);
  });
});

describe('learned phrasings in the matcher', () => {
  const core = createCore({ baseUrl: 'https://x.example' });
  const question = 'our grafana boards for the quokka cluster went blank after the upgrade';

  it('answers a linked question with its entry at once, without changing the base matcher', () => {
    const before = core.matcher.answer(question);
    expect(before.kind === 'answer' && before.entry.id === 'observability').toBe(false);
    core.setLearnedPhrasings(new Map([['observability', [question]]]));
    const after = core.matcher.answer(question);
    expect(after.kind).toBe('answer');
    expect(after.kind === 'answer' && after.entry.id).toBe('observability');
    expect(after.confidence).toBe(1);
    // Typed differently (markup, case, punctuation), it is still the linked question.
    const typed = core.matcher.answer(
      `<@U0BOT1234> *Our Grafana boards* for the quokka cluster went blank after the upgrade!`,
    );
    expect(typed.kind === 'answer' && typed.entry.id).toBe('observability');
  });

  it('ranks the linked entry higher for a close variant too (BM25 reads the learned phrasing)', () => {
    const variant = 'grafana boards blank for the quokka cluster';
    const base = createCore({ baseUrl: 'https://x.example' });
    const rankOf = (c: typeof core) => c.matcher.rank(variant, 10).findIndex((x) => x.id === 'observability');
    const without = rankOf(base);
    const withLearned = rankOf(core);
    expect(withLearned).toBeGreaterThanOrEqual(0);
    expect(without === -1 || withLearned <= without).toBe(true);
    const pWith = core.matcher.rank(variant, 10).find((x) => x.id === 'observability')?.score ?? 0;
    const pWithout = base.matcher.rank(variant, 10).find((x) => x.id === 'observability')?.score ?? 0;
    expect(pWith).toBeGreaterThan(pWithout);
  });

  it('removing the phrasing takes the answer back', () => {
    core.setLearnedPhrasings(new Map());
    const again = core.matcher.answer(question);
    expect(again.kind === 'answer' && again.entry.id === 'observability' && again.confidence === 1).toBe(
      false,
    );
  });
});

describe('grouping and hashing', () => {
  it('the same question, however typed, normalises to one form', () => {
    const forms = [
      'How do I enable mTLS?',
      'how do i enable mtls',
      '<@U0BOT1234> how do I   enable *mTLS*??',
      'hey, how do I enable mTLS!',
    ];
    expect(new Set(forms.map(normalizeQuestion))).toEqual(new Set(['how do i enable mtls']));
    expect(normalizeQuestion('istio 1.24 upgrade')).toBe('istio 1.24 upgrade');
  });

  it('keyed hashes depend on the key and the purpose', () => {
    expect(keyedHash('k1', 'U1')).toMatch(/^[0-9a-f]{32}$/);
    expect(keyedHash('k1', 'U1')).not.toBe(keyedHash('k2', 'U1'));
    expect(keyedHash('k1', 'U1', 'user')).not.toBe(keyedHash('k1', 'U1', 'gap'));
  });
});

describe('curators', () => {
  const client = (groups: Record<string, string[]>, calls: string[] = []) => ({
    usergroups: {
      users: {
        list: async ({ usergroup }: { usergroup: string }) => {
          calls.push(usergroup);
          if (!groups[usergroup]) throw new Error('no_such_subteam');
          return { ok: true, users: groups[usergroup] };
        },
      },
    },
  });

  it('listed users and members of listed groups; group members cached; lookups failing closed', async () => {
    let now = 0;
    const c = new Curators(['U1', 'S1', 'S404'], () => now);
    const calls: string[] = [];
    const cl = client({ S1: ['U2'] }, calls);
    expect(await c.isCurator('U1', cl)).toBe(true);
    expect(await c.isCurator('U2', cl)).toBe(true);
    expect(await c.isCurator('U3', cl)).toBe(false);
    expect(calls.filter((g) => g === 'S1')).toHaveLength(1);
    now += 61_000;
    expect(await c.isCurator('U2', cl)).toBe(true);
    expect(calls.filter((g) => g === 'S1')).toHaveLength(2);
    expect(new Curators([]).configured).toBe(false);
  });
});
