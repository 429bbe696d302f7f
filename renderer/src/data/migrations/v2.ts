import type { Migration } from './types';

/*
 * Schema v2: the workflow fields of reviews (audit trail, hash, hand-over,
 * addenda) and one summary row per review, built from the reviews already
 * stored. Nothing is removed or rewritten. Shipped: never edit.
 *
 * The helpers below are copies of the code as it was when v2 shipped, so a
 * later change to the live code never changes what this upgrade does. They
 * work on plain stored rows, not on today's types.
 */

type Row = Record<string, unknown>;
type Observed = { kind: 'level'; level: number } | { kind: 'below' } | { kind: 'not-observed'; reason?: string };
type ProfileEntry = { id: string; expectedLevel: number | null };

/** The fields a v1 review did not have, with the values an old review takes. */
function withV2Defaults(review: Row): Row {
  return { audit: [], contentHash: null, finalisedAt: null, handedOverOn: null, acknowledgedOn: null, employeeComment: '', addenda: [], ...review };
}

function gapDelta(expectedLevel: number, observed: Observed): number | null {
  if (observed.kind === 'not-observed') return null;
  return (observed.kind === 'below' ? 0 : observed.level) - expectedLevel;
}

/** The review summary of schema v2. */
function summaryV2(review: Row): Row {
  const gaps: Record<string, number | 'n'> = {};
  let belowCount = 0;
  const ratings = (review['ratings'] ?? {}) as Record<string, { observed?: Observed | null } | undefined>;
  for (const entry of (review['profile'] ?? []) as ProfileEntry[]) {
    const observed = ratings[entry.id]?.observed;
    if (entry.expectedLevel === null || !observed) continue;
    if (observed.kind === 'not-observed') {
      gaps[entry.id] = 'n';
      continue;
    }
    const delta = gapDelta(entry.expectedLevel, observed);
    if (delta === null) continue;
    gaps[entry.id] = delta;
    if (delta < 0) belowCount++;
  }
  return {
    id: review['id'],
    personId: review['personId'],
    cycleIndex: review['cycleIndex'],
    cycleStart: review['cycleStart'],
    cycleEnd: review['cycleEnd'],
    status: review['status'],
    classId: review['classId'],
    frameworkVersion: review['frameworkVersion'],
    outcome: review['outcome'],
    finalisedAt: review['finalisedAt'] ?? null,
    updatedAt: review['updatedAt'],
    belowCount,
    gaps,
  };
}

export const v2: Migration = {
  version: 2,
  stores: { reviewSummaries: 'id, personId, cycleEnd' },
  async upgrade(transaction) {
    const reviews = ((await transaction.table('reviews').toArray()) as Row[]).map(withV2Defaults);
    await transaction.table('reviews').bulkPut(reviews);
    await transaction.table('reviewSummaries').bulkPut(reviews.map(summaryV2));
  },
};
