import { describe, expect, it } from 'vitest';
import type { Person } from './people/person';
import type { ReviewSummary } from './reviews/summary';
import { heatmap } from './heatmap';

const person = (id: string, name: string): Person => ({
  id, name, staffNumber: '', classHistory: [{ classId: 'C', from: '2020-01-01' }], employment: 'statutaire', limitedLeadership: false,
  service: 'S', notes: '', cycleStart: '2024-01-01', archived: false, example: false, language: 'fr', createdAt: '', updatedAt: '',
});
const summary = (id: string, personId: string, classId: string, gaps: ReviewSummary['gaps']): ReviewSummary => ({
  id, personId, cycleIndex: 0, cycleStart: '2025-01-01', cycleEnd: '2025-12-31', status: 'cloturee', classId, frameworkVersion: 'DO-2022.1',
  outcome: 'none', finalisedAt: null, updatedAt: '', belowCount: 0, gaps,
});

describe('heatmap', () => {
  it('lists each review’s gaps by person and sums them up by class', () => {
    const map = heatmap(
      [person('a', 'Zoë'), person('b', 'Anne'), person('c', 'Marc')],
      [
        summary('r1', 'a', 'C', { communiquer: -1, collaborer: 0 }),
        summary('r2', 'b', 'C', { communiquer: 1, agilite: 'n' }),
        summary('r3', 'c', 'B', { communiquer: -2 }),
        summary('r4', 'gone', 'B', { communiquer: -1 }),
      ],
    );
    expect(map.rows.map((row) => row.name)).toEqual(['Anne', 'Marc', 'Zoë']);
    expect(map.byClass['C']).toEqual({ people: 2, cells: { communiquer: { below: 1, rated: 2 }, collaborer: { below: 0, rated: 1 } } });
    expect(map.byClass['B']).toEqual({ people: 1, cells: { communiquer: { below: 1, rated: 1 } } });
  });
});
