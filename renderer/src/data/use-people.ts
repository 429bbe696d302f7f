import { useLiveQuery } from 'dexie-react-hooks';
import { insufficientMentions, type InsufficientMention } from '../../../shared/insufficient';
import { personMentions } from '../../../shared/people/outside';
import type { Person } from '../../../shared/people/person';
import type { PlanAction } from '../../../shared/plan/plan';
import type { Review } from '../../../shared/reviews/review';
import { db } from './db';
import { LastSeen } from './last-seen';

// A screen opened from another (the Progression from the person's page) draws its first frame from these.
const seenPeople = new LastSeen<Person | null>(8);
const seenReviews = new LastSeen<Review[]>(8);

/** Everyone, by name; `undefined` while loading. */
export function usePeople(): Person[] | undefined {
  return useLiveQuery(() => db.people.orderBy('name').toArray(), []);
}

/** One person; `null` when there is no such person, `undefined` while loading. */
export function usePerson(id: string): Person | null | undefined {
  return useLiveQuery(async () => seenPeople.keep(id, (await db.people.get(id)) ?? null), [id], seenPeople.get(id));
}

/** A person's reviews, oldest cycle first. */
export function usePersonReviews(personId: string): Review[] | undefined {
  return useLiveQuery(
    async () => seenReviews.keep(personId, await db.reviews.where('personId').equals(personId).sortBy('cycleIndex')),
    [personId],
    seenReviews.get(personId),
  );
}

const seenMentions = new LastSeen<InsufficientMention[]>(8);

/**
 * A person's « insuffisant » mentions (their locked reviews', and those recorded
 * outside Jalon), oldest first; `undefined` while loading. Each save of a draft
 * of theirs runs the query again, but the same mentions are handed back as the
 * same array: what shows them is not drawn again at every key.
 */
export function useInsufficientMentions(personId: string): InsufficientMention[] | undefined {
  return useLiveQuery(
    async () => {
      const [reviews, person] = await Promise.all([db.reviews.where('personId').equals(personId).toArray(), db.people.get(personId)]);
      return seenMentions.keep(personId, insufficientMentions(reviews, person ? personMentions(person) : []));
    },
    [personId],
    seenMentions.get(personId),
  );
}

/** One review, read-only; `null` when there is no such review, `undefined` while loading. */
export function useReview(id: string): Review | null | undefined {
  return useLiveQuery(async () => (await db.reviews.get(id)) ?? null, [id]);
}

/** What a review's report prints of the database: the review, its person and the person's plan actions. */
export type ReviewRecord = { review: Review; person: Person | null; plan: PlanAction[] };

/**
 * A review with its person and plan, read in one transaction: the review, then
 * the two others at once. Read apart, the person and the plan waited for the
 * review to be drawn first. `null` when there is no such review.
 */
export function useReviewRecord(reviewId: string): ReviewRecord | null | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', [db.reviews, db.people, db.planActions], async () => {
        const review = await db.reviews.get(reviewId);
        if (!review) return null;
        const [person, plan] = await Promise.all([db.people.get(review.personId), db.planActions.where('personId').equals(review.personId).toArray()]);
        return { review, person: person ?? null, plan };
      }),
    [reviewId],
  );
}
