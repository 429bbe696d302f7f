import type { Review } from '../../../shared/reviews/review';
import { summarise } from '../../../shared/reviews/summary';
import { personSummaries } from '../../../shared/team';
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
  const personIds = [...new Set(reviews.map((review) => review.personId))];
  const all = await db.reviewSummaries.where('personId').anyOf(personIds).toArray();
  await db.personSummaries.bulkPut(personSummaries(all));
}

/** Removes the derived rows of people who are gone. */
export async function deleteSummariesOf(db: JalonDb, personIds: readonly string[]): Promise<void> {
  await db.reviewSummaries.where('personId').anyOf([...personIds]).delete();
  await db.personSummaries.bulkDelete([...personIds]);
}
