import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/knowledge/loader.js';
import {
  DEFAULT_REVIEW_DAYS,
  dueEntries,
  dueWarning,
  isoDay,
  reviewStatus,
} from '../../src/knowledge/review.js';
import { makeEntry } from './small-kb.js';

describe('reviewStatus', () => {
  const e = makeEntry('mtls', { checked: '2026-11-30', review_every: 90 });

  it('is not due before checked + review_every, with the due date and days left', () => {
    expect(reviewStatus(e, '2026-11-30')).toEqual({ due: false, dueOn: '2027-02-28', daysLeft: 90 });
    expect(reviewStatus(e, '2027-02-27')).toEqual({ due: false, dueOn: '2027-02-28', daysLeft: 1 });
  });

  it('is due on the due date and after it', () => {
    expect(reviewStatus(e, '2027-02-28')).toEqual({ due: true, dueOn: '2027-02-28', daysLeft: 0 });
    expect(reviewStatus(e, '2027-03-10')).toEqual({ due: true, dueOn: '2027-02-28', daysLeft: -10 });
  });

  it('defaults to 90 days when review_every is missing', () => {
    expect(DEFAULT_REVIEW_DAYS).toBe(90);
    expect(reviewStatus({ checked: '2026-11-30' }, '2027-02-28').due).toBe(true);
  });

  it('honours the entry’s own interval and leap years', () => {
    expect(reviewStatus(makeEntry('x', { checked: '2028-02-01', review_every: 30 }), '2028-03-01')).toEqual({
      due: false,
      dueOn: '2028-03-02',
      daysLeft: 1,
    });
  });

  it('takes a Date as today and judges it by its UTC day', () => {
    expect(reviewStatus(e, new Date('2027-02-27T23:59:59Z')).due).toBe(false);
    expect(reviewStatus(e, new Date('2027-02-28T00:00:00Z')).due).toBe(true);
    expect(isoDay(new Date('2027-02-28T23:00:00Z'))).toBe('2027-02-28');
  });

  it('rejects a date it cannot read', () => {
    expect(() => reviewStatus(e, 'yesterday')).toThrow(RangeError);
    expect(() => reviewStatus(e, new Date('nope'))).toThrow(RangeError);
  });

  it('does not depend on the clock when today is given', () => {
    const a = reviewStatus(e, '2027-01-01');
    const b = reviewStatus(e, '2027-01-01');
    expect(a).toEqual(b);
  });
});

describe('dueEntries and dueWarning (what `npm run kb:check` prints)', () => {
  const entries = [
    makeEntry('b-late', { checked: '2026-01-01', review_every: 30 }),
    makeEntry('fresh', { checked: '2026-11-01', review_every: 90 }),
    makeEntry('a-late', { checked: '2026-01-01', review_every: 30 }),
    makeEntry('later', { checked: '2026-06-01', review_every: 90, owner: '<@U123ABC>' }),
  ];

  it('lists the overdue entries, most overdue first, then by id', () => {
    expect(dueEntries(entries, '2026-11-30').map((d) => d.entry.id)).toEqual(['a-late', 'b-late', 'later']);
  });

  it('gives one warning line naming the file, the dates and the owner', () => {
    const [first] = dueEntries(entries, '2026-11-30');
    if (!first) throw new Error('expected a due entry');
    expect(dueWarning(first.entry, first.status)).toBe(
      'entries/a-late.md: review due since 2026-01-31 (303 day(s) ago): checked 2026-01-01, review every 30 days; owner: Platform networking team',
    );
    const today = dueEntries([makeEntry('x', { checked: '2026-09-01' })], '2026-11-30')[0];
    if (!today) throw new Error('expected a due entry');
    expect(dueWarning(today.entry, today.status)).toContain('review due today (2026-11-30)');
  });

  it('finds every real entry due 731 days after its check, and none on its checked day', () => {
    const { entries: real } = readKnowledge();
    expect(real.length).toBeGreaterThan(0);
    for (const e of real) {
      expect(reviewStatus(e, e.checked).due).toBe(false);
      const later = new Date(Date.parse(`${e.checked}T00:00:00Z`) + 731 * 86_400_000);
      expect(reviewStatus(e, later).due).toBe(true);
    }
  });
});
