import { describe, expect, it } from 'vitest';
import { allMatches, hasMatch } from '../../src/intents/regex.js';

/** What String.prototype.matchAll gives: each match's text, index and groups. */
const viaMatchAll = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const viaAllMatches = (pattern: RegExp, text: string) =>
  allMatches(pattern, text).map((m) => [m.index, ...m]);

describe('allMatches: every match of a global pattern, as matchAll finds them', () => {
  it.each([
    [/\b(\d+) (pods|engineers)\b/g, 'we are 3 engineers running 1500 pods and 2 engineers on call'],
    [/\bwhich\b|\bwhat\b/g, 'which mesh, and what for? which one'],
    [/(?:^|\s)(?:[-•*]|\d{1,2}[.)])\s+/g, 'needs: - mtls - canaries 1. egress'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\bnone\b/g, 'nothing matches here'],
  ])('%s on %j', (pattern, text) => {
    expect(viaAllMatches(pattern, text)).toEqual(viaMatchAll(pattern, text));
  });

  it('leaves the pattern at position 0, so a second search starts from the start', () => {
    const pattern = /\bmesh\b/g;
    expect(allMatches(pattern, 'mesh or mesh').length).toBe(2);
    expect(pattern.lastIndex).toBe(0);
    pattern.lastIndex = 7;
    expect(allMatches(pattern, 'mesh or mesh').map((m) => m.index)).toEqual([0, 8]);
  });

  it('refuses a pattern without the g flag (exec would find the first match for ever)', () => {
    expect(() => allMatches(/mesh/, 'mesh mesh')).toThrow(/global/);
  });
});

describe('hasMatch', () => {
  it('finds a match anywhere, whatever position the pattern was left at, and leaves it at 0', () => {
    const pattern = /\bmesh\b/g;
    pattern.lastIndex = 9;
    expect(hasMatch(pattern, 'mesh or not')).toBe(true);
    expect(pattern.lastIndex).toBe(0);
    expect(hasMatch(pattern, 'meshes only')).toBe(false);
  });
});
