// Turns bench/results/latest.json into the README's results section (between the
// bench markers) and bench/results/growth.svg. Run by bench/run.mjs at its end;
// `npm run bench:report` regenerates both from the committed JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Median and the worst-side 95th percentile: the upper one when lower is better ('≤'), the lower one otherwise. */
export function summarise(values, compare = '≤') {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const round = (value) => Math.round(value * 100) / 100;
  return { median: round(at(0.5)), p95: round(compare === '≤' ? at(0.95) : at(0.05)), runs: values.length };
}

const number = (value) => (value === null || value === undefined ? '—' : String(value));

export function resultsTable(output) {
  const lines = ['| id | measure | median | p95 (worst side) | target | |', '|---|---|---|---|---|---|'];
  for (const result of output.results) {
    const target = result.target === null ? '—' : `${result.compare} ${result.target}`;
    const met = result.met === null ? '' : result.met ? 'met' : '**not met**';
    lines.push(`| \`${result.id}\` | ${result.name} | ${number(result.median)} ${result.unit} | ${number(result.p95)} ${result.unit} | ${target} | ${met} |`);
  }
  return lines.join('\n');
}

export function growthTable(growth) {
  const lines = [
    '| people | load, whole team drawn, median / p95 (ms) | longest task p95 (ms) | filter key → paint median / p95 (ms) | sort click → paint median / p95 (ms) | JS heap (MB) | disk (MB) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of growth) {
    lines.push(
      `| ${row.people} | ${row.load.median} / ${row.load.p95} | ${row.longestTask.p95} | ${row.filter.median} / ${row.filter.p95} | ${row.sort.median} / ${row.sort.p95} | ${row.heapMB} | ${row.diskMB} |`,
    );
  }
  return lines.join('\n');
}

/** A small line chart: each series relative to its value at the smallest size, against people. */
export function growthSvg(growth) {
  const width = 560;
  const height = 300;
  const margin = { left: 48, right: 150, top: 20, bottom: 40 };
  const series = [
    { name: 'load (median)', color: '#1f4e79', value: (row) => row.load.median },
    { name: 'filter (p95)', color: '#b35900', value: (row) => row.filter.p95 },
    { name: 'sort (p95)', color: '#2e7d32', value: (row) => row.sort.p95 },
    { name: 'JS heap', color: '#6a1b9a', value: (row) => row.heapMB },
    { name: 'disk', color: '#57575c', value: (row) => row.diskMB },
  ];
  if (growth.length === 0) return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><text x="10" y="20">No growth run</text></svg>\n`;
  const maxPeople = Math.max(...growth.map((row) => row.people));
  const ratios = series.map((entry) => growth.map((row) => entry.value(row) / Math.max(1e-9, entry.value(growth[0]))));
  const maxRatio = Math.max(2, ...ratios.flat());
  const x = (people) => margin.left + (people / maxPeople) * (width - margin.left - margin.right);
  const y = (ratio) => height - margin.bottom - (ratio / maxRatio) * (height - margin.top - margin.bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>Growth with team size: each measure relative to its value at ${growth[0].people} people</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<line x1="${margin.left}" y1="${y(0)}" x2="${x(maxPeople)}" y2="${y(0)}" stroke="#999"/>`,
    `<line x1="${margin.left}" y1="${y(0)}" x2="${margin.left}" y2="${margin.top}" stroke="#999"/>`,
    `<text x="${margin.left}" y="${height - 8}">people →</text>`,
    `<text x="4" y="${margin.top - 6}">× value at ${growth[0].people}</text>`,
  ];
  for (const row of growth) parts.push(`<text x="${x(row.people)}" y="${y(0) + 14}" text-anchor="middle">${row.people}</text>`);
  for (const tick of [1, Math.round(maxRatio / 2), Math.round(maxRatio)]) parts.push(`<text x="${margin.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}×</text>`);
  series.forEach((entry, index) => {
    const points = growth.map((row, position) => `${x(row.people).toFixed(1)},${y(ratios[index][position]).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${entry.color}" stroke-width="2"/>`);
    const last = ratios[index].at(-1);
    parts.push(`<text x="${x(maxPeople) + 8}" y="${margin.top + 14 + index * 16}" fill="${entry.color}">${entry.name}: ${last.toFixed(1)}×</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export function section(output) {
  const machine = output.machine ?? {};
  const load = machine.loadavg1 ?? {};
  const busy = machine.cpuBusyPercent ?? {};
  const failed = output.results.filter((result) => result.met === false).map((result) => `\`${result.id}\``);
  return [
    START,
    `Run of ${output.date.slice(0, 16).replace('T', ' ')} UTC: ${output.size} people × ${output.years} years, ${output.runs} runs, ${machine.cores ?? '?'} cores,`,
    `${output.durationSeconds ?? '?'} s. Machine load while it ran: 1-minute load average ${number(load.min)}–${number(load.max)} (median ${number(load.median)}),`,
    `all cores busy ${number(busy.median)} % (median), ${number(busy.max)} % (max).`,
    failed.length > 0 ? `Targets not met in this run: ${failed.join(', ')}.` : 'Every target was met in this run.',
    '',
    resultsTable(output),
    '',
    `Growth (${output.years} years of reviews each, one run; chart: [bench/results/growth.svg](bench/results/growth.svg), each measure relative to the smallest team):`,
    '',
    output.growth.length > 0 ? growthTable(output.growth) : '_No growth run._',
    END,
  ].join('\n');
}

export function writeReport(root, output) {
  writeFileSync(path.join(root, 'bench/results/growth.svg'), growthSvg(output.growth));
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md has no ${START} … ${END} section`);
  writeFileSync(readmePath, readme.slice(0, start) + section(output) + readme.slice(end + END.length));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
  writeReport(root, JSON.parse(readFileSync(path.join(root, 'bench/results/latest.json'), 'utf8')));
}
