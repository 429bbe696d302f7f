// npm run bench — measures Jalon in headless Chromium on a generated team of
// 2,000 case handlers with ten yearly reviews each, against the browser's own
// limits measured in the same run. Prints a table; writes bench/results/latest.json.
//
// Options: --size N (people, default 2000), --years N (default 10), --runs N (default 5), --no-build.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const SIZE = option('size', 2000);
const YEARS = option('years', 10);
const RUNS = option('runs', 5);
const PORT = 5398;
const CHROMIUM = process.env.JALON_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const log = (text) => process.stdout.write(`${text}\n`);

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

if (!args.includes('--no-build')) {
  log('Building the renderer and the benchmark harness…');
  run('npx', ['electron-vite', 'build']);
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
}

// The app (out/renderer) and the harness (out/bench, under /bench/) on one origin: they share IndexedDB.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((request, response) => {
  const url = decodeURIComponent((request.url ?? '/').split('?')[0]);
  const [base, relative] = url.startsWith('/bench/') ? ['out/bench', url.slice(7)] : ['out/renderer', url.slice(1)];
  const root = path.join(ROOT, base);
  const file = path.resolve(root, relative || 'index.html');
  if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));
const BASE = `http://127.0.0.1:${PORT}`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const results = [];

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
function record(name, unit, values, target, compare = 'max') {
  const median = quantile(values, 0.5);
  const p95 = quantile(values, 0.95);
  const judged = compare === 'max' ? p95 : median;
  const met = target === null ? null : compare === 'max' ? judged <= target : judged >= target;
  results.push({ name, unit, median: round(median), p95: round(p95), target, met, runs: values.length });
}
const round = (value) => Math.round(value * 100) / 100;

async function timed(times, action) {
  const values = [];
  for (let index = 0; index < times; index++) values.push(await action(index));
  return values;
}

try {
  const context = await browser.newContext({ locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
  const harness = await context.newPage();
  harness.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('progress:')) process.stdout.write(`\r  ${text.slice(9)}        `);
  });
  await harness.goto(`${BASE}/bench/harness.html`);
  await harness.waitForFunction(() => 'jalonBench' in window);

  log(`Generating ${SIZE} case handlers × ${YEARS} years of reviews (seeded)…`);
  const generated = await harness.evaluate(([size, years]) => window.jalonBench.generate(size, years, 2), [SIZE, YEARS]);
  log(`\n  ${generated.people} people, ${generated.reviews} reviews, ≈ ${generated.bytes} bytes a review`);

  log('Bulk load against the bare IndexedDB baseline…');
  const loadRuns = Math.min(RUNS, 3);
  const baseline = await timed(loadRuns, () => harness.evaluate(() => window.jalonBench.baselineLoad()));
  const appLoads = await timed(loadRuns, () => harness.evaluate(() => window.jalonBench.appLoad()));
  const records = 2 * generated.people + 2 * generated.reviews;
  record('bulk load: bare IndexedDB put loop (baseline)', 'records/s', baseline.map((ms) => (records / ms) * 1000), null);
  record('bulk load: app (Dexie, one transaction)', 'records/s', appLoads.map((ms) => (records / ms) * 1000), null);
  const ratios = appLoads.map((ms, index) => baseline[index] / ms);
  record('bulk load: app / baseline throughput', 'ratio', ratios, 0.5, 'min');

  log('Backup export and restore of the whole database…');
  const exports = await timed(Math.min(RUNS, 2), () => harness.evaluate(() => window.jalonBench.exportBackup()));
  record('backup export (encrypted)', 'ms', exports.map((entry) => entry.ms), null);
  const restores = await timed(Math.min(RUNS, 2), () => harness.evaluate(() => window.jalonBench.restore()));
  record('backup restore (check + replace)', 'ms', restores, null);
  const { personId, reviewId, rateableCompetency } = await harness.evaluate(() => window.jalonBench.sample());
  const saves = await harness.evaluate((id) => window.jalonBench.saveTimes(id), reviewId);
  record('rating data path: repository save (no UI)', 'ms', saves.repo, null);
  record('rating data path: bare Dexie put (baseline)', 'ms', saves.bare, null);

  const reads = await timed(RUNS, () => harness.evaluate(() => window.jalonBench.teamReadTimes()));
  record('team data: read people', 'ms', reads.map((entry) => entry.people), null);
  record('team data: read person summaries', 'ms', reads.map((entry) => entry.summaries), null);
  record('team data: build the rows', 'ms', reads.map((entry) => entry.rows), null);

  log('App load to an interactive team table…');
  const loadTeam = async (page) => {
    await page.goto('about:blank'); // a real load every time, not a same-document hash change
    const start = Date.now();
    await page.goto(`${BASE}/#/equipe`);
    await page.waitForSelector('.team-table .row-link, .empty-state', { timeout: 60_000 });
    return Date.now() - start;
  };
  const app = await context.newPage();
  await loadTeam(app); // warm the HTTP cache, as a returning user has it
  const loads = await timed(RUNS, () => loadTeam(app));
  const emptyContext = await browser.newContext();
  const emptyPage = await emptyContext.newPage();
  await loadTeam(emptyPage);
  const emptyLoads = await timed(RUNS, () => loadTeam(emptyPage));
  await emptyContext.close();
  record('load to interactive team table', 'ms', loads, 1500);
  record('load on an empty database', 'ms', emptyLoads, null);
  record('load: full / empty database', 'ratio', loads.map((ms, index) => ms / emptyLoads[index]), 1.5);

  const cdp = await context.newCDPSession(app);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  record('JS heap after load', 'MB', [heap.usedSize / 1024 / 1024], null);

  log('Filter and sort the team table…');
  const domRows = () => app.evaluate(() => document.querySelectorAll('.team-table tbody tr:not(.spacer)').length);
  const filterTimes = await timed(RUNS * 2, (index) =>
    app.evaluate(async (text) => {
      const input = document.getElementById('team-search');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const start = performance.now();
      setter.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    }, index % 2 === 0 ? 'dubois' : ''),
  );
  const rowsAfterFilter = await domRows();
  const sortTimes = await timed(RUNS * 2, () =>
    app.evaluate(async () => {
      const button = [...document.querySelectorAll('.sort-button')].find((candidate) => candidate.textContent.startsWith('Nom'));
      const start = performance.now();
      button.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    }),
  );
  const rowsAfterSort = await domRows();
  record('team table: filter (text)', 'ms', filterTimes, 50);
  record('team table: sort (name)', 'ms', sortTimes, 50);
  record('team table: rows in the DOM', 'rows', [rowsAfterFilter, rowsAfterSort], 60);

  const waitHash = (hash, selector, minimum = 1) =>
    app.evaluate(
      async ([target, query, count]) => {
        const start = performance.now();
        window.location.hash = target;
        while (document.querySelectorAll(query).length < count) await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - start;
      },
      [hash, selector, minimum],
    );

  log('Opening a review…');
  const opens = await timed(RUNS, async () => {
    const ms = await waitHash(`#/evaluation/${reviewId}`, '[data-rating-card]');
    await waitHash('#/equipe', '.team-table .row-link');
    return ms;
  });
  record('open a review', 'ms', opens, null);

  log('Rating keypress → persisted in IndexedDB…');
  await waitHash(`#/evaluation/${reviewId}`, '[data-rating-card]');
  // One keypress at a time, 50 ms apart (faster than anyone rates): the latency of a press, not a queue of them.
  const keypresses = await timed(60, (index) =>
    app.evaluate(
      async ([id, competency, level]) => {
        const database = await new Promise((resolve) => {
          const request = indexedDB.open('jalon');
          request.onsuccess = () => resolve(request.result);
        });
        const stored = () =>
          new Promise((resolve) => {
            const request = database.transaction('reviews').objectStore('reviews').get(id);
            request.onsuccess = () => resolve(request.result?.ratings?.[competency]?.observed?.level);
          });
        const card = document.getElementById(`rating-${competency}`);
        card.focus();
        const start = performance.now();
        card.dispatchEvent(new KeyboardEvent('keydown', { key: String(level), bubbles: true, cancelable: true }));
        while ((await stored()) !== level) {
          if (performance.now() - start > 5000) throw new Error('rating not persisted');
        }
        const elapsed = performance.now() - start;
        database.close();
        await new Promise((resolve) => setTimeout(resolve, 50));
        return elapsed;
      },
      [reviewId, rateableCompetency, (index % 2) + 1],
    ),
  );
  record('rating keypress → persisted', 'ms', keypresses, 16.7);

  log('Progression of one person over ten years…');
  await waitHash(`#/personne/${personId}/progression`, '.progression-table tbody tr', 12); // loads the chart's code once
  const progressions = await timed(RUNS, async () => {
    await waitHash(`#/personne/${personId}`, 'h1');
    return waitHash(`#/personne/${personId}/progression`, '.progression-table tbody tr', 12);
  });
  record('progression over ten years', 'ms', progressions, 50);

  log('PDF of a full review…');
  const printPage = await context.newPage();
  await printPage.goto(`${BASE}/#/evaluation/${reviewId}/impression`);
  await printPage.waitForSelector('html[data-print-ready="true"]', { state: 'attached' });
  const pdfs = await timed(RUNS, async () => {
    const start = Date.now();
    await printPage.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return Date.now() - start;
  });
  record('PDF of a full review (page.pdf)', 'ms', pdfs, 1500);

  const assets = path.join(ROOT, 'out/renderer/assets');
  const gz = (filter) =>
    readdirSync(assets)
      .filter(filter)
      .reduce((sum, name) => sum + gzipSync(readFileSync(path.join(assets, name))).length, 0) / 1024;
  record('bundle: initial JS + CSS (gzip)', 'KB', [gz((name) => name.startsWith('index-') && /\.(js|css)$/.test(name))], null);
  record('bundle: lazy chunks (gzip)', 'KB', [gz((name) => !name.startsWith('index-') && name.endsWith('.js'))], null);
} finally {
  await browser.close();
  server.close();
}

// The table.
const rows = results.map((result) => [
  result.name,
  `${result.median} ${result.unit}`,
  `${result.p95} ${result.unit}`,
  result.target === null ? '—' : `${result.unit === 'ratio' && result.target < 1 ? '≥' : '≤'} ${result.target}`,
  result.met === null ? '' : result.met ? 'met' : 'NOT MET',
]);
const header = ['measure', 'median', 'p95', 'target', ''];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
log('');
log(line(header));
log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) log(line(row));

mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'bench/results/latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), size: SIZE, years: YEARS, chromium: CHROMIUM, results }, null, 2)}\n`,
);
log('\nWritten: bench/results/latest.json');
