import { describe, expect, it } from 'vitest';
import { heatmapDefaultYear, heatmapSummaries } from './heatmap-view';

describe('heatmapSummaries', () => {
  const summaries = [
    { id: 'a', status: 'brouillon' as const },
    { id: 'b', status: 'prete' as const },
    { id: 'c', status: 'finalisee' as const },
    { id: 'd', status: 'signee' as const },
  ];
  it('keeps finalised reviews only, unless drafts are asked for', () => {
    expect(heatmapSummaries(summaries, false).map((summary) => summary.id)).toEqual(['c', 'd']);
    expect(heatmapSummaries(summaries, true).map((summary) => summary.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('heatmapDefaultYear', () => {
  it('opens on the latest year with a finalised review, not on a year of fresh drafts', () => {
    expect(heatmapDefaultYear([{ year: 2027, finalised: false }, { year: 2026, finalised: true }, { year: 2025, finalised: true }], 2030)).toBe(2026);
  });
  it('falls back on the latest year, then on the given one', () => {
    expect(heatmapDefaultYear([{ year: 2025, finalised: false }, { year: 2026, finalised: false }], 2030)).toBe(2026);
    expect(heatmapDefaultYear([], 2030)).toBe(2030);
  });
});
