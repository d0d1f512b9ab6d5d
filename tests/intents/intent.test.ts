import { describe, expect, it } from 'vitest';
import { detectIntents, detectSmallTalk, meshesIn, type QuestionIntent } from '../../src/intents/intent.js';
import { normalizeText } from '../../src/intents/normalize.js';
import { applySynonyms } from '../../src/intents/vocabulary.js';

/** Small talk is detected on normalised text, as the matcher does. */
const smallTalk = (raw: string) => detectSmallTalk(normalizeText(raw));
/** Intents are detected on normalised text with synonyms applied, as the matcher does. */
const intents = (raw: string) => detectIntents(applySynonyms(normalizeText(raw)));

describe('detectSmallTalk', () => {
  it.each(['hi', 'Hello there!', 'hey folks', 'good morning team', 'Morning all', 'yo', 'howdy'])(
    'greeting: %s',
    (raw) => {
      expect(smallTalk(raw)).toBe('greeting');
    },
  );

  it.each([
    'thanks!',
    'Thank you so much',
    'ok thanks',
    'cheers',
    'thx',
    'much appreciated',
    'thanks, that helps!',
  ])('thanks: %s', (raw) => {
    expect(smallTalk(raw)).toBe('thanks');
  });

  it.each(['help', 'what can you do?', 'how do I use this?', '?', 'who are you'])('help: %s', (raw) => {
    expect(smallTalk(raw)).toBe('help');
  });

  it.each(['', '   ', '<@U0BOT1234>', ':wave:'])('empty text is a request for help: %j', (raw) => {
    expect(smallTalk(raw)).toBe('help');
  });

  it.each([
    'hi, which mesh should we use?',
    'hello! how does linkerd do mtls',
    'hey there, is istio free?',
    'thanks, and what about multi-cluster?',
    'good morning, can linkerd span several clusters',
    'help me choose between istio and linkerd',
  ])('a greeting, thanks or "help" followed by a mesh question is not small talk: %s', (raw) => {
    expect(smallTalk(raw)).toBeNull();
  });

  it('a mesh question alone is not small talk', () => {
    expect(smallTalk('does istio support grpc')).toBeNull();
  });
});

describe('a recommendation already made is no ask for one', () => {
  it.each([
    'we run linkerd as recommended; how do we rotate the trust anchor?',
    'you suggested istio last week, how do i turn on strict mtls',
    'they recommended ambient for the edge clusters. what breaks with it?',
  ])('"%s" asks no recommendation', (q) => {
    expect(intents(q)).not.toContain('recommend');
  });

  it.each([
    'which mesh would you recommend for a team of three',
    "what's recommended for a small team, istio or linkerd?",
    'can you suggest a mesh for 40 services',
  ])('"%s" still asks one', (q) => {
    expect(intents(q)).toContain('recommend');
  });
});

describe('detectIntents', () => {
  const cases: ReadonlyArray<readonly [QuestionIntent, string]> = [
    ['recommend', 'which mesh would you recommend for us'],
    ['recommend', 'should our team go with linkerd or istio'],
    ['recommend', 'help us choose a mesh'],
    ['cost', 'how much does linkerd cost'],
    ['cost', 'what is the pricing for istio'],
    ['cost', 'do we need a paid licence for linkerd'],
    ['compare', 'can you compare linkerd with istio'],
    ['compare', 'linkerd versus istio for us'],
    ['compare', 'what are the differences between istio and linkerd'],
    ['define', "what's linkerd, in short"],
    ['define', 'explain istio ambient mode'],
    ['define', 'tell me about istio'],
    ['migrate', 'how would we migrate our apps off istio'],
    ['migrate', 'switching from linkerd to istio next quarter'],
    ['when', 'when should we use linkerd'],
    ['when', 'when does istio make sense'],
    ['when', 'is linkerd a good fit for a small team'],
  ];

  it.each(cases)('%s: %s', (intent, raw) => {
    expect(intents(raw)).toContain(intent);
  });

  it('falls back to the plain "question" intent when no rule applies', () => {
    expect(intents('how does mtls work in linkerd')).toEqual(['question']);
  });

  it('never returns an empty list', () => {
    for (const raw of ['', 'x', 'istio', 'qwerty asdf']) expect(intents(raw).length).toBeGreaterThan(0);
  });

  it('does not read a plain topic question as a cost or migration question', () => {
    const found = intents('does istio support websockets');
    expect(found).not.toContain('cost');
    expect(found).not.toContain('migrate');
  });
});

describe('meshesIn', () => {
  it('finds both meshes, whichever comes first', () => {
    for (const text of ['istio vs linkerd', 'linkerd or istio']) {
      expect([...meshesIn(text)].sort()).toEqual(['istio', 'linkerd']);
    }
  });

  it('names each mesh once however often it appears', () => {
    expect(meshesIn('istio, istio and more istio')).toEqual(['istio']);
  });

  it('finds one mesh', () => {
    expect(meshesIn('is linkerd any good')).toEqual(['linkerd']);
    expect(meshesIn('istio ambient mode')).toEqual(['istio']);
  });

  it('finds none in text about other meshes or about nothing', () => {
    expect(meshesIn('cilium or consul')).toEqual([]);
    expect(meshesIn('')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(meshesIn('mylinkerdfork and istiosomething')).toEqual([]);
  });
});
