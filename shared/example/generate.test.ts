import { describe, expect, it } from 'vitest';
import { gapOf, isLocked, readyCheck } from '../reviews/review';
import { generateTeam } from './generate';

describe('generateTeam', () => {
  const options = { size: 30, seed: 7, today: '2026-11-26', years: 6 };

  it('is deterministic for a seed, and differs for another', () => {
    expect(generateTeam(options)).toEqual(generateTeam(options));
    expect(generateTeam({ ...options, seed: 8 }).people[0]!.name).not.toBe(undefined);
    expect(JSON.stringify(generateTeam({ ...options, seed: 8 }))).not.toBe(JSON.stringify(generateTeam(options)));
  });

  it('marks everything as example data, with several years of reviews and some promotions', () => {
    const { people, reviews } = generateTeam(options);
    expect(people).toHaveLength(30);
    expect(people.every((person) => person.example)).toBe(true);
    expect(people.some((person) => person.classHistory.length > 1)).toBe(true);
    expect(reviews.length).toBeGreaterThan(30 * 4);
    expect(new Set(reviews.map((review) => review.id)).size).toBe(reviews.length);
    expect(new Set(people.map((person) => person.name)).size).toBe(people.length);
  });

  it('writes finalised reviews that would pass the ready check, and the review of a promoted year judged against the new class', () => {
    const { people, reviews } = generateTeam(options);
    for (const review of reviews.filter((candidate) => isLocked(candidate.status))) expect(readyCheck(review)).toEqual([]);
    const promoted = people.find((person) => person.classHistory.length > 1)!;
    const theirs = reviews.filter((review) => review.personId === promoted.id);
    expect(new Set(theirs.map((review) => review.classId)).size).toBe(2);
  });

  // A correctness check at the benchmark's size, not a timed one: a busy CI machine takes seconds.
  it('scales to any size', { timeout: 120_000 }, () => {
    expect(generateTeam({ ...options, size: 2000, years: 10, evidenceSentences: 0 }).people).toHaveLength(2000);
  });
});

describe('generateTeam: journal and plans (issue 16)', () => {
  const options = { size: 10, seed: 7, today: '2026-11-26', years: 4 };

  it('writes 30 notes per person per year when asked, within each cycle and never after today, without changing people or reviews', () => {
    const plain = generateTeam(options);
    const full = generateTeam({ ...options, notesPerYear: 30 });
    expect(full.people).toEqual(plain.people);
    expect(full.reviews).toEqual(plain.reviews);
    expect(plain.journalNotes).toEqual([]);
    expect(full.journalNotes).toHaveLength(full.reviews.length * 30);
    for (const note of full.journalNotes) {
      const review = full.reviews.find((candidate) => candidate.personId === note.personId && candidate.cycleStart <= note.date && note.date <= candidate.cycleEnd);
      expect(review).toBeDefined();
      expect(note.date <= options.today).toBe(true);
      expect(note.competencyIds.every((id) => review!.profile.some((entry) => entry.id === id))).toBe(true);
    }
    expect(new Set(full.journalNotes.map((note) => note.id)).size).toBe(full.journalNotes.length);
  });

  it('draws one plan action per competency below expectations of each finalised review, for the next cycle', () => {
    const { reviews, planActions } = generateTeam({ ...options, notesPerYear: 30 });
    const below = reviews
      .filter((review) => review.finalisedAt)
      .flatMap((review) => review.profile.filter((entry) => gapOf(entry.expectedLevel, review.ratings[entry.id]?.observed)?.kind === 'below').map((entry) => `${review.id}/${entry.id}`));
    expect(below.length).toBeGreaterThan(0);
    expect(planActions.map((action) => `${action.sourceReviewId}/${action.competencyId}`).sort()).toEqual(below.sort());
    for (const action of planActions) {
      const source = reviews.find((review) => review.id === action.sourceReviewId)!;
      expect(action.cycleIndex).toBe(source.cycleIndex + 1);
      expect(action.history.at(-1)!.status).toBe(action.status);
      expect(action.history.every((entry) => entry.date <= options.today)).toBe(true);
    }
  });
});
