import { describe, expect, it } from 'vitest';
import { isLocked, readyCheck } from '../reviews/review';
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

  it('scales to any size', () => {
    expect(generateTeam({ ...options, size: 2000, years: 10, evidenceSentences: 0 }).people).toHaveLength(2000);
  });
});
