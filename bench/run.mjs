// npm run bench — measures Jalon in headless Chromium against the platform's own
// limits, measured in the same run and interleaved with the app's runs.
//
//   --size N     people in the main team (default 2000)
//   --years N    yearly reviews per person (default 10)
//   --runs N     runs of each page load / pair (default 5; key presses are 8 × N)
//   --growth L   sizes for the growth table, comma-separated (default 500,2000,5000,10000; "none" to skip)
//   --no-build   use what out/ holds
//   JALON_BENCH_PORT (default 5398), JALON_CHROMIUM (default /usr/bin/chromium)
//
// Writes bench/results/latest.json, bench/results/growth.svg, and the README's results section.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { clickProgression, clickSort } from './clicks.mjs';
import { FLOOR_PATH, floorHtml, openFloor } from './floor.mjs';
import { probe } from './probe.mjs';
import { serve } from './serve.mjs';
import { summarise, writeReport } from './report.mjs';
import { LoadSampler } from './load.mjs';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const SIZE = Number(option('size', 2000));
const YEARS = Number(option('years', 10));
const RUNS = Number(option('runs', 5));
const GROWTH = option('growth', '500,2000,5000,10000') === 'none' ? [] : option('growth', '500,2000,5000,10000').split(',').map(Number);
const PORT = Number(process.env.JALON_BENCH_PORT ?? 5398);
const CHROMIUM = process.env.JALON_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TODAY_WORDS = ['dubois', 'mar'];

const log = (text) => process.stdout.write(`${text}\n`);
const began = Date.now();
const phase = (text) => log(`[${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${text}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

if (!args.includes('--no-build')) {
  log('Building the renderer and the benchmark harness…');
  run('npx', ['electron-vite', 'build']);
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
}

// The app, the harness and static copies (under /static/) on one origin.
const staticPages = new Map([[FLOOR_PATH, floorHtml()]]);
const { base: BASE, close } = await serve(ROOT, PORT, staticPages);

const sampler = new LoadSampler();
sampler.start();
// Each context is a Chromium profile on disk, as the desktop app and a browser keep them: an
// off-the-record context keeps IndexedDB in memory, under a quota that 10,000 people overflow.
const profiles = [];
async function openContext() {
  const dir = mkdtempSync(path.join(tmpdir(), 'jalon-bench-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
  profiles.push({ dir, context });
  return context;
}
const results = [];
const growth = [];

/**
 * One result. `compare` '≤': lower is better, judged on the p95. '≥': higher is better, and the
 * "p95" is the worst-side one (the 5th percentile: 95 % of runs do at least this well), judged too.
 */
function record(id, name, unit, values, target = null, compare = '≤') {
  const { median, p95, runs } = summarise(values, compare);
  const met = target === null ? null : compare === '≤' ? p95 <= target : p95 >= target;
  results.push({ id, name, unit, median, p95, target, compare, met, runs });
}
const pairRatios = (numerators, denominators) => numerators.map((value, index) => value / denominators[index]);

async function timed(times, action) {
  const values = [];
  for (let index = 0; index < times; index++) values.push(await action(index));
  return values;
}

/** Interleaves two measurements run for run, alternating which goes first; returns both series. */
async function interleaved(times, first, second) {
  const a = [];
  const b = [];
  for (let index = 0; index < times; index++) {
    if (index % 2 === 0) {
      a.push(await first(index));
      b.push(await second(index));
    } else {
      b.push(await second(index));
      a.push(await first(index));
    }
  }
  return [a, b];
}

/**
 * The platform's floor (bench/floor.mjs), one input of the same kind beside each measured input of
 * the app, alternately before and after it. Opened once the loads are done (its browser would be
 * one more process starting beside them).
 */
let floor = null;
const floorSamples = { key: [], typing: [], click: [] };
async function besideFloor(kind, index, measure) {
  if (floor === null) return measure();
  if (index % 2 === 0) floorSamples[kind].push(await floor[kind]());
  const value = await measure();
  if (index % 2 === 1) floorSamples[kind].push(await floor[kind]());
  return value;
}

/**
 * A real page load of the team screen: navigation start to the first rows (or the empty state) painted,
 * to the whole team read and drawn, and the longest task until then.
 */
async function loadTeam(page) {
  await page.bringToFront(); // a page in the background gets one frame a second
  await page.goto('about:blank'); // a real load every time, not a same-document hash change
  await page.goto(`${BASE}/#/equipe`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__jalonBench?.loaded, null, { timeout: 60_000 });
  const painted = await page.evaluate(() => window.__jalonBench.loaded);
  const complete = await page.evaluate(() => window.__jalonBench.complete);
  // Long tasks up to the first idle moment after the whole team is drawn belong to the load.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  const longest = await page.evaluate(() => Math.max(0, ...window.__jalonBench.longTasks.map((task) => task.duration)));
  return { painted, complete, longest };
}

/** Filter: real keys typed into the search field, each to the paint of the filtered table. */
async function measureFilter(page, cycles) {
  await page.bringToFront();
  await page.click('#team-search');
  const samples = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    const word = TODAY_WORDS[cycle % TODAY_WORDS.length];
    const keys = [...word.split(''), ...word.split('').map(() => 'Backspace')];
    // First pass, unmeasured: the row count each prefix gives once settled.
    const expected = [];
    let needle = '';
    for (const key of keys) {
      await page.keyboard.press(key);
      needle = key === 'Backspace' ? needle.slice(0, -1) : needle + key;
      await page.waitForFunction((text) => document.querySelector('#team-search').value === text, needle);
      await sleep(300);
      expected.push(await page.evaluate(() => window.__jalonBench.rowCount()));
    }
    // Second pass, measured: key to the frame that paints the expected rows.
    needle = '';
    for (const [index, key] of keys.entries()) {
      needle = key === 'Backspace' ? needle.slice(0, -1) : needle + key;
      samples.push(
        await besideFloor('key', index, async () => {
          await page.evaluate(
            ([text, count]) => {
              window.__jalonBench.armed = window.__jalonBench.arm('keydown', [
                () => document.querySelector('#team-search').value === text && window.__jalonBench.rowCount() === count,
              ]);
            },
            [needle, expected[index]],
          );
          await page.keyboard.press(key);
          return (await page.evaluate(() => window.__jalonBench.armed)).painted[0];
        }),
      );
      await sleep(30);
    }
  }
  return samples;
}

/** Sort: real mouse clicks on the name column's header, each to the paint of the re-sorted table. */
async function measureSort(page, clicks) {
  await page.bringToFront();
  const button = page.locator('.team-table thead .sort-button').first();
  const box = await button.boundingBox();
  const samples = [];
  for (let index = 0; index < clicks; index++) {
    samples.push(await besideFloor('click', index, () => clickSort(page, box, '.team-table thead th')));
    await sleep(30);
  }
  return samples;
}

async function heapAndDisk(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  return { heapMB: heap.usedSize / 1024 / 1024, diskMB: usage / 1024 / 1024 };
}

let harness;
try {
  const context = await openContext();
  await context.addInitScript(probe);
  harness = await context.newPage();
  harness.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('progress:')) process.stdout.write(`\r  ${text.slice(9)}        `);
  });
  await harness.goto(`${BASE}/bench/harness.html`);
  await harness.waitForFunction(() => 'jalonBench' in window);
  await harness.evaluate(() => window.jalonBench.ensureSchema());

  phase(`Generating ${SIZE} case handlers × ${YEARS} years of reviews (seeded), and one person with 40 years…`);
  const generated = await harness.evaluate(([size, years]) => window.jalonBench.generate(size, years), [SIZE, YEARS]);
  log(`\n  ${generated.people} people, ${generated.reviews} reviews, ≈ ${generated.bytes} bytes a review`);

  phase('Bulk load: the app against raw IndexedDB puts of the same records into the same stores, interleaved…');
  const records = 2 * generated.people + 2 * generated.reviews;
  const BULK_PAIRS = 3; // odd: the last pair ends with the app's load, which is what is stored from here on
  const [rawLoads, appLoads] = await interleaved(
    BULK_PAIRS,
    () => harness.evaluate(() => window.jalonBench.rawLoad()),
    () => harness.evaluate(() => window.jalonBench.appLoad()),
  );
  await harness.evaluate(() => window.jalonBench.addLongHistory());
  record('bulk.raw', 'bulk load: raw IndexedDB (baseline)', 'records/s', rawLoads.map((ms) => (records / ms) * 1000), null, '≥');
  record('bulk.app', 'bulk load: app (Dexie, one transaction)', 'records/s', appLoads.map((ms) => (records / ms) * 1000), null, '≥');
  record('bulk.app-over-raw', 'bulk load: app ÷ raw throughput, per pair', 'ratio', pairRatios(rawLoads, appLoads), 0.8, '≥');

  phase('Backup export, then restore against raw puts of the same records, interleaved…');
  const exported = await harness.evaluate(() => window.jalonBench.exportBackup());
  record('backup.export', 'backup export (encrypted)', 'ms', [exported.ms]);
  const [rawRestores, appRestores] = await interleaved(
    2,
    () => harness.evaluate(() => window.jalonBench.rawRestore()),
    () => harness.evaluate(() => window.jalonBench.appRestore()),
  );
  record('restore.raw', 'restore: raw IndexedDB puts (baseline)', 'ms', rawRestores);
  record('restore.app', 'restore: app (decrypt, check, replace)', 'ms', appRestores);
  record('restore.app-over-raw', 'restore: app ÷ raw throughput, per pair', 'ratio', pairRatios(rawRestores, appRestores), 0.5, '≥');
  const ids = await harness.evaluate(() => window.jalonBench.sample());

  phase('Load to the painted team table: full database and empty database, interleaved…');
  const app = await context.newPage();
  await loadTeam(app); // warm the HTTP cache, as a returning user has it
  const emptyContext = await openContext();
  await emptyContext.addInitScript(probe);
  const emptyPage = await emptyContext.newPage();
  await loadTeam(emptyPage);
  const [fullLoads, emptyLoads] = await interleaved(RUNS, () => loadTeam(app), () => loadTeam(emptyPage));
  await emptyContext.close();
  record('load.full', `load to the painted team table (${SIZE} people × ${YEARS} years)`, 'ms', fullLoads.map((entry) => entry.painted));
  record('load.full-complete', `load to the whole team read and drawn (${SIZE} people × ${YEARS} years)`, 'ms', fullLoads.map((entry) => entry.complete));
  record('load.empty', 'load to the painted team screen, empty database', 'ms', emptyLoads.map((entry) => entry.painted));
  record('load.full-over-empty', 'load: full ÷ empty, per pair', 'ratio', pairRatios(fullLoads.map((entry) => entry.painted), emptyLoads.map((entry) => entry.painted)), 1.2);
  record('load.longest-task', `load: longest task (${SIZE} people)`, 'ms', fullLoads.map((entry) => entry.longest));
  const fonts = await app.evaluate(() =>
    performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.woff2')).reduce((sum, entry) => sum + entry.encodedBodySize, 0) / 1024,
  );
  record('bundle.team-fonts', 'fonts the team screen downloads', 'KB', [fonts]);

  const floorContext = await openContext();
  await floorContext.addInitScript(probe);
  floor = await openFloor(floorContext, BASE);

  if (!GROWTH.includes(SIZE)) {
    // The targets are at 5,000 and 10,000 people (the growth run); this size is shown for reference.
    phase(`Filter and sort the team table (${SIZE} people)…`);
    record(`team.filter-key-to-paint-${SIZE}`, `team table: filter key → paint (${SIZE} people)`, 'ms', await measureFilter(app, Math.max(2, Math.ceil(RUNS / 2))));
    record(`team.sort-click-to-paint-${SIZE}`, `team table: sort click → paint (${SIZE} people)`, 'ms', await measureSort(app, 3 * RUNS));
  }

  phase('Rating keys: key → rating painted, key → write complete, against a raw put of the same record…');
  await app.bringToFront();
  await app.goto(`${BASE}/#/evaluation/${ids.reviewId}`);
  const card = `#rating-${ids.rateableCompetency}`;
  await app.waitForSelector(card);
  await app.focus(card);
  const painted = [];
  const persisted = [];
  const raw = [];
  for (let index = 0; index < 8 * RUNS; index++) {
    const level = (index % 2) + 1;
    const measured = await besideFloor('key', index, async () => {
      await app.evaluate(
        ([selector, value]) => {
          window.__jalonBench.armed = window.__jalonBench.arm('keydown', [() => document.querySelector(`${selector} input[type=radio]:checked`)?.value === String(value)], 'reviews');
        },
        [card, level],
      );
      await app.keyboard.press(String(level));
      return app.evaluate(() => window.__jalonBench.armed);
    });
    painted.push(measured.painted[0]);
    persisted.push(measured.persisted);
    // What is stored must be what was pressed; then a raw put of that same record, in the same store.
    raw.push(
      await app.evaluate(
        async ([id, competency, value]) => {
          const database = await new Promise((resolve, reject) => {
            const request = indexedDB.open('jalon');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const stored = await new Promise((resolve) => {
            const request = database.transaction('reviews').objectStore('reviews').get(id);
            request.onsuccess = () => resolve(request.result);
          });
          if (stored?.ratings?.[competency]?.observed?.level !== value) throw new Error('the pressed rating is not what is stored');
          const start = performance.now();
          await new Promise((resolve, reject) => {
            const transaction = database.transaction('reviews', 'readwrite');
            transaction.objectStore('reviews').put(stored);
            transaction.oncomplete = resolve;
            transaction.onerror = () => reject(transaction.error);
          });
          const elapsed = performance.now() - start;
          database.close();
          return elapsed;
        },
        [ids.reviewId, ids.rateableCompetency, level],
      ),
    );
    await sleep(30);
  }
  record('rating.key-to-paint', 'rating: real key → rating painted', 'ms', painted, 16.7);
  record('rating.key-to-persisted', 'rating: real key → write transaction complete', 'ms', persisted);
  record('rating.raw-put', 'rating: raw put of the same record (baseline)', 'ms', raw);
  record('rating.persisted-over-raw', 'rating: key → persisted ÷ raw put, per pair', 'ratio', pairRatios(persisted, raw), 5);

  phase('Typing in a 5,000-character evidence field…');
  const evidence = `#evidence-${ids.evidenceCompetency}`;
  // The evidence field stays folded unless filled or required: unfold it as the user would.
  if ((await app.locator(evidence).count()) === 0) await app.click(`#rating-${ids.evidenceCompetency} .evidence-toggle`);
  await app.fill(evidence, 'Observé en réunion : '.padEnd(5000, 'x'));
  await app.focus(evidence);
  await app.keyboard.press('Control+End');
  await sleep(1500); // let the autosave of the fill land before measuring
  const typingStart = await app.evaluate(() => performance.now());
  const typed = [];
  const text = 'prepare ses dossiers avec soin et les remet a temps '; // keys of a US layout: Playwright types others without a keydown
  for (let index = 0; index < 8 * RUNS; index++) {
    const key = text[index % text.length];
    typed.push(
      await besideFloor('typing', index, async () => {
        const length = await app.evaluate((selector) => document.querySelector(selector).value.length, evidence);
        await app.evaluate(
          ([selector, expected]) => {
            window.__jalonBench.armed = window.__jalonBench.arm('keydown', [() => document.querySelector(selector).value.length === expected]);
          },
          [evidence, length + 1],
        );
        await app.keyboard.press(key === ' ' ? 'Space' : key);
        return (await app.evaluate(() => window.__jalonBench.armed)).painted[0];
      }),
    );
    await sleep(30);
  }
  const typingLongTasks = await app.evaluate((since) => window.__jalonBench.longTasks.filter((task) => task.start >= since).length, typingStart);
  record('evidence.key-to-paint', 'evidence (5,000 characters): real key → painted', 'ms', typed, 16.7);
  record('evidence.long-tasks', 'evidence typing: long tasks (> 50 ms)', 'tasks', [typingLongTasks], 0);

  phase('Progression: click → table painted and chart painted, 10 and 40 years…');
  const progressionOnce = (personId, index) => besideFloor('click', index, () => clickProgression(app, personId));
  await clickProgression(app, ids.personId); // loads the chart's code once
  const [tenYears, fortyYears] = await interleaved(RUNS, (index) => progressionOnce(ids.personId, index), (index) => progressionOnce(ids.longPersonId, index + 1));
  record('progression.10y-to-paint', `progression (${YEARS} years): click → table painted`, 'ms', tenYears.map((entry) => entry[0]), 16.7);
  record('progression.10y-chart-to-paint', `progression (${YEARS} years): click → chart painted`, 'ms', tenYears.map((entry) => entry[1]), 50);
  record('progression.40y-chart-to-paint', 'progression (40 years): click → chart painted', 'ms', fortyYears.map((entry) => entry[1]));
  record('progression.40y-over-10y', 'progression: 40 years ÷ 10 years (chart painted), per pair', 'ratio', pairRatios(fortyYears.map((entry) => entry[1]), tenYears.map((entry) => entry[1])), 2);

  phase('PDF of the longest review: print view + print against the same HTML served static + print…');
  // The moment the print view says it is ready, seen by an observer in the page: waitForSelector polls
  // (at up to 500 ms between looks once the first few miss), which timed Playwright, not the app.
  const printReady = (page) =>
    page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const ready = () => document.documentElement.dataset.printReady === 'true';
          if (ready()) return resolve();
          const timer = setTimeout(() => reject(new Error('the print view was not ready within 60 s')), 60_000);
          new MutationObserver((_, observer) => {
            if (!ready()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-print-ready'] });
        }),
    );
  const printPage = await context.newPage();
  await printPage.bringToFront();
  await printPage.goto(`${BASE}/#/evaluation/${ids.longestReviewId}/impression`);
  await printPage.waitForSelector('html[data-print-ready="true"]', { state: 'attached', timeout: 60_000 });
  const html = await printPage.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const script of copy.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  staticPages.set('/static/print.html', html);
  const pdfOptions = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true };
  const [appPdfs, staticPdfs] = await interleaved(
    RUNS,
    async () => {
      await printPage.goto('about:blank');
      const start = Date.now();
      await printPage.goto(`${BASE}/#/evaluation/${ids.longestReviewId}/impression`);
      await printReady(printPage);
      await printPage.pdf(pdfOptions);
      return Date.now() - start;
    },
    async () => {
      await printPage.goto('about:blank');
      const start = Date.now();
      await printPage.goto(`${BASE}/static/print.html`);
      await printPage.evaluate(() => document.fonts.ready.then(() => undefined));
      await printPage.pdf(pdfOptions);
      return Date.now() - start;
    },
  );
  await printPage.close();
  record('pdf.app', 'PDF of the longest review: open print view + print', 'ms', appPdfs);
  record('pdf.static', 'PDF: the same HTML served static + print (baseline)', 'ms', staticPdfs);
  record('pdf.over-static', 'PDF: app ÷ static, per pair', 'ratio', pairRatios(appPdfs, staticPdfs), 1.5);

  const indexHtml = readFileSync(path.join(ROOT, 'out/renderer/index.html'), 'utf8');
  const initial = [...indexHtml.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  const initialKB = initial.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(ROOT, 'out/renderer', file))).length, 0) / 1024;
  record('bundle.initial-gzip', 'bundle: initial JS + CSS (gzip)', 'KB', [initialKB], 180);

  if (GROWTH.length > 0) {
    phase(`Growth: ${GROWTH.join(', ')} people × ${YEARS} years, one team grown batch by batch…`);
    await app.goto('about:blank');
    for (const size of GROWTH) {
      const grown = await harness.evaluate(([people, years]) => window.jalonBench.growTo(people, years), [size, YEARS]);
      log(`\n  ${grown.people} people stored`);
      const loads = await timed(RUNS, () => loadTeam(app));
      const judged = size === 5000 || size === 10000; // the sizes with targets get more samples
      const filter = await measureFilter(app, judged ? 2 : 1);
      const sort = await measureSort(app, judged ? 12 : 6);
      const { heapMB, diskMB } = await heapAndDisk(app);
      // What grows with the team is the read: the load to the whole team drawn.
      const loadSummary = summarise(loads.map((entry) => entry.complete), '≤');
      const longest = summarise(loads.map((entry) => entry.longest), '≤');
      const filterSummary = summarise(filter, '≤');
      const sortSummary = summarise(sort, '≤');
      growth.push({ people: size, load: loadSummary, longestTask: longest, filter: filterSummary, sort: sortSummary, heapMB: Math.round(heapMB * 10) / 10, diskMB: Math.round(diskMB) });
      const target = judged ? (size === 5000 ? 16.7 : 33) : null;
      record(`team.filter-key-to-paint-${size}`, `team table: filter key → paint (${size} people)`, 'ms', filter, target);
      record(`team.sort-click-to-paint-${size}`, `team table: sort click → paint (${size} people)`, 'ms', sort, target);
      if (size === 10000) record('load.longest-task-10000', 'load: longest task (10,000 people)', 'ms', loads.map((entry) => entry.longest), 50);
    }
  }

  // Every key, typed character and click measured above had one beside it in the floor page.
  record('floor.key-to-paint', 'platform floor: real key → a radio button checked, painted (static page, baseline)', 'ms', floorSamples.key);
  record('floor.typing-to-paint', 'platform floor: real key → typed at the end of 5,000 characters, painted (static page, baseline)', 'ms', floorSamples.typing);
  record('floor.click-to-paint', 'platform floor: real click → a header\'s sort turned, painted (static page, baseline)', 'ms', floorSamples.click);
} finally {
  for (const { dir, context } of profiles) {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
  close();
  sampler.stop();
}

mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
const output = {
  date: new Date().toISOString(),
  size: SIZE,
  years: YEARS,
  runs: RUNS,
  chromium: CHROMIUM,
  machine: { cores: cpus().length, ...sampler.summary() },
  durationSeconds: Math.round((Date.now() - began) / 1000),
  results,
  growth,
};
writeFileSync(path.join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(output, null, 2)}\n`);
writeReport(ROOT, output);
phase('Written: bench/results/latest.json, bench/results/growth.svg, README.md (between the bench markers)');
