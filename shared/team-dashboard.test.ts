import { describe, expect, it } from 'vitest';
import type { TeamRow, TeamStatus } from './team';
import { daysToCycleEnd, FIRST_SCREEN_ROWS, firstScreenOf, nextAction, sortingKey, teamCounts } from './team-dashboard';

function row(status: TeamStatus, extra: Partial<TeamRow> = {}): TeamRow {
  return {
    id: `${status}-${Math.random()}`,
    name: 'X',
    staffNumber: '',
    classId: 'B',
    service: '',
    archived: false,
    example: false,
    cycle: { index: 0, start: '2026-01-01', end: '2026-12-31' },
    status,
    lastReviewDate: null,
    belowCount: null,
    searchKey: 'x',
    ...extra,
  };
}

describe('teamCounts', () => {
  it('counts each status once and the people below expectation, leaving archived people out', () => {
    const counts = teamCounts([
      row('pas-commencee'),
      row('pas-commencee'),
      row('brouillon', { belowCount: 2 }),
      row('prete', { belowCount: 0 }),
      row('en-retard'),
      row('signee', { belowCount: 1 }),
      row('en-retard', { archived: true, belowCount: 3 }),
    ]);
    expect(counts).toEqual({ toReview: 2, drafts: 1, ready: 1, overdue: 1, belowExpected: 2 });
  });

  it('is all zeros for an empty team', () => {
    expect(teamCounts([])).toEqual({ toReview: 0, drafts: 0, ready: 0, overdue: 0, belowExpected: 0 });
  });
});

describe('daysToCycleEnd', () => {
  it('counts calendar days to the end, zero on the day and negative after', () => {
    const r = row('brouillon');
    expect(daysToCycleEnd(r, '2026-11-26')).toBe(35);
    expect(daysToCycleEnd(r, '2026-12-31')).toBe(0);
    expect(daysToCycleEnd(r, '2027-01-10')).toBe(-10);
  });
});

describe('nextAction', () => {
  it('follows the status, and asks nothing of an archived person', () => {
    expect(nextAction(row('pas-commencee'))).toBe('start');
    expect(nextAction(row('brouillon'))).toBe('complete');
    expect(nextAction(row('prete'))).toBe('finalise');
    expect(nextAction(row('finalisee'))).toBe('hand-over');
    expect(nextAction(row('en-retard'))).toBe('catch-up');
    expect(nextAction(row('signee'))).toBe('none');
    expect(nextAction(row('en-retard', { archived: true }))).toBe('none');
  });
});

describe('firstScreenOf', () => {
  it('keeps the first rows not archived, in order, with the figures of the whole team', () => {
    const rows = [row('brouillon', { archived: true }), ...Array.from({ length: 40 }, (_, index) => row('brouillon', { id: `p${index}` })), row('en-retard', { example: true })];
    const screen = firstScreenOf(rows, '2026-12-03', sortingKey([{ id: 'name', desc: false }]), ['Accueil', 'Contentieux']);
    expect(screen.rows.map((kept) => kept.id)).toEqual(Array.from({ length: FIRST_SCREEN_ROWS }, (_, index) => `p${index}`));
    expect(screen).toMatchObject({ sorting: 'name:asc', count: 41, total: 42, hasExample: true, services: ['Accueil', 'Contentieux'] });
    expect(screen.counts).toEqual({ toReview: 0, drafts: 40, ready: 0, overdue: 1, belowExpected: 0 });
  });
});
