import type { Review } from '../../../shared/reviews/review';
import { summarise } from '../../../shared/reviews/summary';
import { decodeFacts, encodeFacts, personSummaries, reviewFacts } from '../../../shared/team';
import type { JalonDb } from './db';

/**
 * Keeps the derived tables in step with reviews: one summary per review (for
 * the heat map) and one per person (for the team overview). Call inside a
 * transaction over reviewSummaries and personSummaries.
 *
 * `complete`: the reviews given are all the reviews of their people (a bulk
 * load or a full restore), so the person summaries are built from them alone.
 */
export async function writeSummaries(db: JalonDb, reviews: readonly Review[], options: { complete?: boolean } = {}): Promise<void> {
  const summaries = reviews.map(summarise);
  await db.reviewSummaries.bulkPut(summaries);
  if (options.complete) {
    await db.personSummaries.bulkPut(personSummaries(summaries));
    return;
  }
  if (reviews.length === 1) {
    // One review saved (the common case, on every rating): update its person's row in place.
    const summary = summaries[0]!;
    const row = await db.personSummaries.get(summary.personId);
    const facts = decodeFacts(row?.facts ?? '').filter((fact) => fact.cycleIndex !== summary.cycleIndex);
    facts.push(reviewFacts(summary));
    facts.sort((a, b) => a.cycleIndex - b.cycleIndex);
    await db.personSummaries.put({ personId: summary.personId, facts: encodeFacts(facts) });
    return;
  }
  const personIds = [...new Set(reviews.map((review) => review.personId))];
  const all = await db.reviewSummaries.where('personId').anyOf(personIds).toArray();
  await db.personSummaries.bulkPut(personSummaries(all));
}

/** Removes the derived rows of people who are gone. */
export async function deleteSummariesOf(db: JalonDb, personIds: readonly string[]): Promise<void> {
  await db.reviewSummaries.where('personId').anyOf([...personIds]).delete();
  await db.personSummaries.bulkDelete([...personIds]);
}
