/**
 * The shipped learned readers (needs, veto, ask) are read from their weight files on first use or by
 * Matcher.warm(), not while a matcher is built, so start-up does not wait on them. This file runs in
 * a module registry of its own (vitest isolates test files), so nothing has read them before it.
 */
import { describe, expect, it } from 'vitest';
import { loadAskReader } from '../../src/intents/ask-reader.js';
import { createMatcher, shippedReadersRead } from '../../src/intents/matcher.js';
import { loadNeedsReader } from '../../src/intents/needs-reader.js';
import { loadNeedsVeto } from '../../src/intents/needs-veto.js';
import { realKb } from '../helpers/kb.js';

const NONE_READ = { needsReader: false, needsVeto: false, askReader: false };
const ALL_READ = { needsReader: true, needsVeto: true, askReader: true };

/** For each reader, a question (from the fixtures) whose reply changes without that reader. */
const NEEDS_IT = {
  needsReader: 'Somos dos en plataforma y ninguno ha montado nunca un service mesh. ¿Istio o Linkerd?',
  needsVeto: 'argo rollouts blue/green on istio, how do you wire it up',
  askReader: 'Ми вже наполовину перейшли з Linkerd на Istio. Нові сервіси куди деплоїти?',
} as const;

describe('the shipped readers', () => {
  it('are not read while a matcher is built, and warm() reads all three', () => {
    const m = createMatcher(realKb());
    expect(shippedReadersRead()).toEqual(NONE_READ);
    m.warm();
    expect(shippedReadersRead()).toEqual(ALL_READ);
  });

  it('answer as the same readers passed in explicitly, and each one takes part', () => {
    const lazy = createMatcher(realKb());
    const given = createMatcher(realKb(), {
      needsReader: loadNeedsReader(),
      needsVeto: loadNeedsVeto(),
      askReader: loadAskReader(),
    });
    for (const [reader, q] of Object.entries(NEEDS_IT)) {
      expect(lazy.answer(q)).toEqual(given.answer(q));
      const without = createMatcher(realKb(), { [reader]: null });
      expect(without.answer(q)).not.toEqual(lazy.answer(q));
    }
  });
});
