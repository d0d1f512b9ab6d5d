/** Follow-ups resolved against their thread (src/followups.ts), on the real knowledge base and matcher. */
import { describe, expect, it } from 'vitest';
import {
  leansOnThread,
  meshesNamed,
  readsAsQuestion,
  resolveFollowUp,
  type ThreadTopic,
  withTopic,
} from '../src/followups.js';
import type { Reply } from '../src/intents/reply.js';
import { realMatcher } from './helpers/kb.js';

const answer = (q: string) => realMatcher().answer(q);
const entryOf = (r: Reply) => (r.kind === 'answer' ? r.entry.id : null);

describe('readsAsQuestion', () => {
  it.each([
    'and does linkerd have that?',
    'what about cost?',
    'how do I set that up',
    'And for linkerd?',
    "what's the latency overhead",
    'does it work with gateway api',
    'cost?',
  ])('%s reads as a question', (t) => expect(readsAsQuestion(t)).toBe(true));

  it.each(['thanks!', 'ok cool, we are going with istio', 'I will try that tomorrow', 'lgtm', '', 'ha'])(
    '%s does not',
    (t) => expect(readsAsQuestion(t)).toBe(false),
  );
});

describe('meshesNamed and leansOnThread', () => {
  it('names meshes once each, through Slack markup and case', () => {
    expect(meshesNamed('Istio or <https://linkerd.io|Linkerd2>, not istio again')).toEqual(['istio']);
    expect(meshesNamed('istio or linkerd2 or Cilium?')).toEqual(['istio', 'linkerd', 'cilium']);
    expect(meshesNamed('how about consul and open service mesh')).toEqual(['consul', 'open service mesh']);
    expect(meshesNamed('what is a waypoint')).toEqual([]);
  });

  it('tells follow-ups that lean on the thread from questions that stand alone', () => {
    expect(leansOnThread('and for linkerd?')).toBe(true);
    expect(leansOnThread('what about cost?')).toBe(true);
    expect(leansOnThread('how do I set that up?')).toBe(true);
    expect(leansOnThread('linkerd?')).toBe(true);
    expect(leansOnThread('does linkerd support multi-cluster?')).toBe(false);
    expect(leansOnThread('how do retries work in istio')).toBe(false);
  });

  it('puts the topic and the earlier meshes back', () => {
    const ambient: ThreadTopic = { entryId: 'ambient-mode', meshes: [] };
    expect(withTopic('and does linkerd have that?', ambient)).toBe('does linkerd have ambient mode?');
    expect(withTopic('what about cost?', ambient)).toBe('cost ambient mode?');
    const mtls: ThreadTopic = { entryId: 'mtls', meshes: ['istio'] };
    expect(withTopic('how do I set that up?', mtls)).toBe('how do i set mtls up in istio?');
    expect(withTopic('and for linkerd?', mtls)).toBe('mtls in linkerd?');
  });
});

describe('resolveFollowUp', () => {
  it('"and does linkerd have that?" after ambient mode is about ambient mode (alone it is about something else)', () => {
    expect(entryOf(answer('what is ambient mode'))).toBe('ambient-mode');
    // Alone it has no topic of its own: suggestions before session 39's phrasings, the head-to-head
    // card since. In the thread, the thread's topic wins either way.
    expect(entryOf(answer('and does linkerd have that?'))).not.toBe('ambient-mode');
    const r = resolveFollowUp(answer, 'and does linkerd have that?', { entryId: 'ambient-mode', meshes: [] });
    expect(r.usedThread).toBe(true);
    expect(entryOf(r.reply)).toBe('ambient-mode');
    expect(r.asked).toBe('does linkerd have ambient mode?');
    expect(r.meshes).toEqual(['linkerd']);
  });

  it('"and for linkerd?" keeps the topic and swaps the mesh', () => {
    const r = resolveFollowUp(answer, 'and for linkerd?', { entryId: 'mtls', meshes: ['istio'] });
    expect(r.usedThread).toBe(true);
    expect(entryOf(r.reply)).toBe('mtls');
    expect(r.meshes).toEqual(['linkerd']);
  });

  it('a follow-up keeps the earlier meshes when it names none', () => {
    const r = resolveFollowUp(answer, 'how do I set that up?', {
      entryId: 'ambient-mode',
      meshes: ['istio'],
    });
    expect(r.usedThread).toBe(true);
    expect(r.reply.kind).toBe('answer');
    expect(r.asked).toContain('ambient mode');
    expect(r.meshes).toEqual(['istio']);
  });

  it('a question that stands alone and is answered confidently is answered as asked', () => {
    const alone = answer('does linkerd support multi-cluster?');
    expect(entryOf(alone)).toBe('multi-cluster');
    const r = resolveFollowUp(answer, 'does linkerd support multi-cluster?', {
      entryId: 'ambient-mode',
      meshes: [],
    });
    expect(r.usedThread).toBe(false);
    expect(r.reply).toBe(alone);
    expect(r.asked).toBe('does linkerd support multi-cluster?');
  });

  it('without a thread topic the follow-up is answered alone', () => {
    const r = resolveFollowUp(answer, 'and for linkerd?', null);
    expect(r.usedThread).toBe(false);
    expect(r.reply).toBe(answer('and for linkerd?'));
  });

  it('keeps the reply of the follow-up alone when putting the topic back does no better', () => {
    // "thanks?" with a topic: both are small talk or fallbacks; the follow-up's own reply stays.
    const r = resolveFollowUp(answer, 'what about the weather in paris?', { entryId: 'mtls', meshes: [] });
    expect(r.reply.kind === 'answer' && r.reply.entry.id !== 'mtls').toBe(false);
  });
});

describe('long messages of markup openers (session 41)', () => {
  // Slack markup was dropped with /<[^>]*>/g, which looks for a ">" after every "<": a thread
  // reply of 40,000 "<" held the process for seconds in each of these calls. Now one pass.
  const opened = '<'.repeat(39_990);

  it('are read in one pass, with what follows the last markup still read', () => {
    expect(meshesNamed(`${opened} linkerd?`)).toEqual(['linkerd']);
    expect(meshesNamed(`<@U1|istio> ${opened}`)).toEqual([]);
    expect(readsAsQuestion(`${opened}?`)).toBe(false);
    expect(leansOnThread(`<@U1> and for linkerd? ${opened}`)).toBe(true);
    expect(
      withTopic(`and for linkerd? <@U1> ${'<<a'.repeat(13_000)}`, { entryId: 'mtls', meshes: [] }),
    ).toContain('linkerd');
  });
});
