// node bench/profile-rating.mjs [--size N] [--years N] — a CPU profile of rating keys on the review screen
// (after `npm run bench` or with out/ built): where the time goes between the key and the paint and the write.
// Prints the top self times and inclusive times; writes bench/results/rating.cpuprofile (open it in Chromium's DevTools).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { probe } from './probe.mjs';
import { serve } from './serve.mjs';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const SIZE = option('size', 50);
const YEARS = option('years', 10);
const KEYS = option('keys', 40);
const PORT = Number(process.env.JALON_BENCH_PORT ?? 5398);
const { base: BASE, close } = await serve(ROOT, PORT);
const dir = mkdtempSync(path.join(tmpdir(), 'jalon-profile-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.JALON_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  locale: 'fr-BE',
  timezoneId: 'Europe/Brussels',
});
try {
  await context.addInitScript(probe);
  const harness = await context.newPage();
  await harness.goto(`${BASE}/bench/harness.html`);
  await harness.waitForFunction(() => 'jalonBench' in window);
  await harness.evaluate(() => window.jalonBench.ensureSchema());
  await harness.evaluate(([size, years]) => window.jalonBench.generate(size, years), [SIZE, YEARS]);
  await harness.evaluate(() => window.jalonBench.appLoad());
  const ids = await harness.evaluate(() => window.jalonBench.sample());
  await harness.close();
  const page = await context.newPage();
  await page.goto(`${BASE}/#/evaluation/${ids.reviewId}`);
  const card = `#rating-${ids.rateableCompetency}`;
  await page.waitForSelector(card);
  await page.focus(card);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const painted = [];
  const persisted = [];
  for (let index = 0; index < KEYS; index++) {
    const level = (index % 2) + 1;
    await page.evaluate(
      ([selector, value]) => {
        window.__jalonBench.armed = window.__jalonBench.arm('keydown', [() => document.querySelector(`${selector} input[type=radio]:checked`)?.value === String(value)], 'reviews');
      },
      [card, level],
    );
    await page.keyboard.press(String(level));
    const measured = await page.evaluate(() => window.__jalonBench.armed);
    painted.push(measured.painted[0]);
    persisted.push(measured.persisted);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results/rating.cpuprofile'), JSON.stringify(profile));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`${KEYS} keys: painted median ${median(painted).toFixed(1)} ms, persisted median ${median(persisted).toFixed(1)} ms`);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const inclusive = new Map();
  const keyOf = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + delta);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
    }
  });
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  console.log(`busy ${total.toFixed(0)} ms over ${KEYS} keys (${(total / KEYS).toFixed(1)} ms a key)`);
  console.log('-- self');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(ms / KEYS).toFixed(2).padStart(8)} ms/key  ${key}`);
  console.log('-- inclusive');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${(ms / KEYS).toFixed(2).padStart(8)} ms/key  ${key}`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  close();
}
