import { describe, expect, it } from 'vitest';
import { cycleAt } from './cycles';
import { draftInsufficientWarning, insufficientMentions, insufficientStatus, withinWindow } from './insufficient';
import { newReview, type Review } from './reviews/review';

const person = { id: 'p', classHistory: [{ classId: 'C' as const, from: '2015-01-01' }], limitedLeadership: false };

/** A review of the cycle starting 1 July of `year`, finalised on `finalisedOn` (or a draft). */
function review(year: number, outcome: Review['outcome'], finalisedOn: string | null, status: Review['status'] = finalisedOn ? 'finalisee' : 'brouillon'): Review {
  const base = newReview({ id: `r${year}`, person, cycle: cycleAt(`${year}-07-01`, 0), classId: 'C', now: `${year}-07-01T08:00:00.000Z` });
  return { ...base, outcome, status, finalisedAt: finalisedOn ? `${finalisedOn}T09:30:00.000Z` : null };
}

describe('which « insuffisant » count', () => {
  it('counts a finalised one from its finalisation, even when its cycle has not ended yet', () => {
    // Cycle 1/7/2026–30/6/2027, finalised this week: it counts today.
    const mentions = insufficientMentions([review(2026, 'insuffisant', '2026-11-24')]);
    expect(mentions).toEqual([{ id: 'r2026', date: '2026-11-24', source: 'review' }]);
    expect(insufficientStatus(mentions, '2026-11-26').recent).toHaveLength(1);
  });

  it('counts signed and closed ones, not drafts, ready ones or reviews without the mention', () => {
    const reviews = [
      review(2019, 'insuffisant', '2020-06-15', 'cloturee'),
      review(2020, 'insuffisant', '2021-06-20', 'signee'),
      review(2021, 'insuffisant', null, 'prete'),
      review(2022, 'insuffisant', null),
      review(2023, 'none', '2024-06-01', 'cloturee'),
    ];
    expect(insufficientMentions(reviews).map((mention) => mention.date)).toEqual(['2020-06-15', '2021-06-20']);
  });

  it('adds mentions recorded outside Jalon, in date order', () => {
    const mentions = insufficientMentions([review(2024, 'insuffisant', '2025-05-02')], [
      { id: 'old1', date: '2019-12-15', insufficient: true },
      { id: 'old2', date: '2018-12-15', insufficient: false },
    ]);
    expect(mentions.map((mention) => [mention.id, mention.source])).toEqual([
      ['old1', 'outside'],
      ['r2024', 'review'],
    ]);
  });
});

describe('the four-year window between two mentions', () => {
  it('ends the day before the fourth anniversary', () => {
    expect(withinWindow('2022-03-10', '2026-03-09')).toBe(true);
    expect(withinWindow('2022-03-10', '2026-03-10')).toBe(false);
    expect(withinWindow('2024-02-29', '2028-02-28')).toBe(true);
    expect(withinWindow('2024-02-29', '2028-02-29')).toBe(false);
  });

  it('finds two mentions 3 years 11 months apart, whatever today is (not counted back from today)', () => {
    const mentions = insufficientMentions([review(2017, 'insuffisant', '2018-01-15', 'cloturee'), review(2021, 'insuffisant', '2021-12-20', 'cloturee')]);
    // Eight years later, the pair is still the record of two mentions within four years.
    const status = insufficientStatus(mentions, '2029-06-01');
    expect(status.pair?.map((mention) => mention.date)).toEqual(['2018-01-15', '2021-12-20']);
    expect(status.recent).toEqual([]);
  });

  it('no pair when the second came four years and a day after the first', () => {
    const mentions = insufficientMentions([review(2019, 'insuffisant', '2020-02-01', 'cloturee'), review(2023, 'insuffisant', '2024-02-02', 'cloturee')]);
    expect(insufficientStatus(mentions, '2026-11-26').pair).toBeNull();
  });

  it('the latest pair wins among three mentions', () => {
    const mentions = insufficientMentions([
      review(2014, 'insuffisant', '2015-03-01', 'cloturee'),
      review(2016, 'insuffisant', '2017-03-01', 'cloturee'),
      review(2025, 'insuffisant', '2026-03-01', 'finalisee'),
    ]);
    expect(insufficientStatus(mentions, '2026-11-26').pair?.map((mention) => mention.date)).toEqual(['2015-03-01', '2017-03-01']);
  });
});

describe('the draft being discussed', () => {
  const earlier = insufficientMentions([review(2023, 'insuffisant', '2024-01-10', 'cloturee')]);

  it('would be the second when it carries « insuffisant » and another lies within four years', () => {
    const draft = review(2026, 'insuffisant', null);
    expect(draftInsufficientWarning(draft, earlier, '2026-11-26')).toEqual({ kind: 'would-be-second', earlier });
  });

  it('would be the first when the other mention is more than four years old', () => {
    const draft = review(2028, 'insuffisant', null);
    expect(draftInsufficientWarning(draft, earlier, '2028-01-10')).toEqual({ kind: 'would-be-first' });
    expect(draftInsufficientWarning(draft, earlier, '2028-01-09').kind).toBe('would-be-second');
  });

  it('reminds of an earlier mention while no mention is chosen', () => {
    const draft = review(2026, 'none', null);
    expect(draftInsufficientWarning(draft, earlier, '2026-11-26').kind).toBe('earlier-within-window');
    expect(draftInsufficientWarning(draft, [], '2026-11-26').kind).toBe('none');
  });

  it('a finalised review is not counted against itself', () => {
    const finalised = review(2026, 'insuffisant', '2026-11-20');
    const mentions = insufficientMentions([finalised]);
    expect(draftInsufficientWarning(finalised, mentions, '2026-11-26')).toEqual({ kind: 'would-be-first' });
  });
});
