import { describe, expect, it } from 'vitest';
import { growthSvg, section, summarise } from './report.mjs';

describe('bench figures', () => {
  it('reports the median and the worst-side 95th percentile', () => {
    const values = Array.from({ length: 20 }, (_, index) => index + 1); // 1 … 20
    expect(summarise(values, '≤')).toEqual({ median: 10, p95: 19, runs: 20 });
    // Higher is better: the worst side is the low one (95 % of runs do at least this well).
    expect(summarise(values, '≥')).toEqual({ median: 10, p95: 1, runs: 20 });
    expect(summarise([3], '≥')).toEqual({ median: 3, p95: 3, runs: 1 });
  });

  it('writes the README section from the results: every id, target, met or not, the machine load, the growth table', () => {
    const output = {
      date: '2026-11-27T20:00:00.000Z',
      size: 2000,
      years: 10,
      runs: 5,
      durationSeconds: 300,
      machine: { cores: 2, loadavg1: { min: 0.5, median: 1, max: 2 }, cpuBusyPercent: { median: 50, max: 90 } },
      results: [
        { id: 'rating.key-to-paint', name: 'rating', unit: 'ms', median: 9, p95: 15, target: 16.7, compare: '≤', met: true, runs: 40 },
        { id: 'bulk.app-over-raw', name: 'bulk', unit: 'ratio', median: 0.9, p95: 0.7, target: 0.8, compare: '≥', met: false, runs: 3 },
      ],
      growth: [
        { people: 500, load: { median: 100, p95: 120 }, longestTask: { p95: 30 }, filter: { median: 5, p95: 9 }, sort: { median: 6, p95: 10 }, heapMB: 8, diskMB: 28 },
        { people: 1000, load: { median: 150, p95: 170 }, longestTask: { p95: 40 }, filter: { median: 6, p95: 11 }, sort: { median: 7, p95: 12 }, heapMB: 10, diskMB: 56 },
      ],
    };
    const text = section(output);
    expect(text).toMatch(/^<!-- bench:results:start -->/);
    expect(text).toMatch(/<!-- bench:results:end -->$/);
    expect(text).toContain('| `rating.key-to-paint` | rating | 9 ms | 15 ms | ≤ 16.7 | met |');
    expect(text).toContain('| `bulk.app-over-raw` | bulk | 0.9 ratio | 0.7 ratio | ≥ 0.8 | **not met** |');
    expect(text).toContain('Targets not met in this run: `bulk.app-over-raw`.');
    expect(text).toContain('load average 0.5–2 (median 1)');
    expect(text).toContain('| 1000 | 150 / 170 | 40 | 6 / 11 | 7 / 12 | 10 | 56 |');
    const svg = growthSvg(output.growth);
    expect(svg).toContain('<svg');
    expect(svg).toContain('disk: 2.0×');
  });
});
