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
