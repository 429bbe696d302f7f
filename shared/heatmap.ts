import type { CompetencyId } from './framework';
import type { Person } from './people/person';
import type { GapValue, ReviewSummary } from './reviews/summary';

export type HeatmapRow = { reviewId: string; personId: string; name: string; service: string; classId: string; gaps: Partial<Record<CompetencyId, GapValue>> };
export type ClassSummaryCell = { below: number; rated: number };
export type ClassSummary = { people: number; cells: Partial<Record<CompetencyId, ClassSummaryCell>> };
export type Heatmap = { rows: HeatmapRow[]; byClass: Partial<Record<string, ClassSummary>> };

/**
 * Competencies × people for a set of reviews (one cycle year), and the same
 * summed up by class: how many were observed below expectation, out of how
 * many rated. Classes are those the reviews were judged against.
 */
export function heatmap(people: readonly Person[], summaries: readonly ReviewSummary[]): Heatmap {
  const byId = new Map(people.map((person) => [person.id, person]));
  const rows: HeatmapRow[] = summaries
    .filter((summary) => byId.has(summary.personId))
    .map((summary) => {
      const person = byId.get(summary.personId)!;
      return { reviewId: summary.id, personId: person.id, name: person.name, service: person.service, classId: summary.classId, gaps: summary.gaps };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const byClass: Partial<Record<string, ClassSummary>> = {};
  for (const row of rows) {
    const summary = (byClass[row.classId] ??= { people: 0, cells: {} });
    summary.people++;
    for (const [id, gap] of Object.entries(row.gaps) as [CompetencyId, GapValue][]) {
      if (gap === 'n') continue;
      const cell = (summary.cells[id] ??= { below: 0, rated: 0 });
      cell.rated++;
      if (gap < 0) cell.below++;
    }
  }
  return { rows, byClass };
}
