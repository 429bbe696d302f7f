import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTeam } from '../../../shared/example/generate';
import { summarise } from '../../../shared/reviews/summary';
import { personSummaries, teamRows } from '../../../shared/team';
import { db } from './db';
import { readTeamRows } from './use-team';

describe('reading the team page by page', () => {
  afterAll(() => db.delete());

  it('gives every stored person once, in key order, with the rows of one whole read', { timeout: 60_000 }, async () => {
    const { people, reviews } = generateTeam({ size: 2300, seed: 11, today: '2026-11-26', years: 2, evidenceSentences: 0 });
    await db.transaction('rw', db.people, db.reviews, db.reviewSummaries, db.personSummaries, async () => {
      await db.people.bulkPut(people);
      await db.reviews.bulkPut(reviews);
    });
    const byId = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rows = await readTeamRows('2026-11-26');
    expect(rows).toHaveLength(2300);
    expect(rows).toEqual(teamRows(byId, personSummaries(reviews.map(summarise)), '2026-11-26'));
  });
});
