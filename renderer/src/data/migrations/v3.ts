import type { Migration } from './types';

/*
 * Schema v3: one summary row per person (the facts of all their reviews,
 * packed in one string), so that opening the team reads one light row per
 * person. Built from the review summaries of v2. Shipped: never edit.
 *
 * The helpers below are copies of the code as it was when v3 shipped.
 */

type ReviewSummaryV2 = { personId: string; cycleIndex: number; status: string; finalisedAt: string | null; belowCount: number; gaps: Record<string, unknown> };
type Facts = { cycleIndex: number; status: string; finalisedAt: string | null; belowCount: number; rated: boolean };

const STATUS_CODES = ['brouillon', 'prete', 'finalisee', 'remise', 'signee', 'cloturee'];

/** `cycleIndex,status,finalisedAt,belowCount,rated;…` — status as its index, dates as given. */
function encodeFactsV3(facts: readonly Facts[]): string {
  return facts
    .map((fact) => [fact.cycleIndex, STATUS_CODES.indexOf(fact.status), fact.finalisedAt ?? '', fact.belowCount, fact.rated ? 1 : 0].join(','))
    .join(';');
}

function personSummariesV3(summaries: readonly ReviewSummaryV2[]): { personId: string; facts: string }[] {
  const byPerson = new Map<string, Facts[]>();
  for (const summary of summaries) {
    const facts: Facts = {
      cycleIndex: summary.cycleIndex,
      status: summary.status,
      finalisedAt: summary.finalisedAt,
      belowCount: summary.belowCount,
      rated: Object.keys(summary.gaps).length > 0,
    };
    const list = byPerson.get(summary.personId);
    if (list) list.push(facts);
    else byPerson.set(summary.personId, [facts]);
  }
  return [...byPerson].map(([personId, facts]) => ({ personId, facts: encodeFactsV3(facts.sort((a, b) => a.cycleIndex - b.cycleIndex)) }));
}

export const v3: Migration = {
  version: 3,
  stores: { personSummaries: 'personId' },
  async upgrade(transaction) {
    const summaries = (await transaction.table('reviewSummaries').toArray()) as ReviewSummaryV2[];
    await transaction.table('personSummaries').bulkPut(personSummariesV3(summaries));
  },
};
