// node bench/profile-load.mjs [--size N] [--years N] — a CPU profile of one team-screen load
// (after `npm run bench` or with out/ built): where the time goes, by function and by script.
// Prints the top self times; writes bench/results/load.cpuprofile (open it in Chromium's DevTools).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { probe } from './probe.mjs';
import { serve } from './serve.mjs';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const SIZE = option('size', 2000);
const YEARS = option('years', 10);
const PORT = Number(process.env.JALON_BENCH_PORT ?? 5398);
const { base: BASE, close } = await serve(ROOT, PORT);
const browser = await chromium.launch({ executablePath: process.env.JALON_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
  await context.addInitScript(probe);
  const harness = await context.newPage();
  await harness.goto(`${BASE}/bench/harness.html`);
  await harness.waitForFunction(() => 'jalonBench' in window);
  await harness.evaluate(() => window.jalonBench.ensureSchema());
  await harness.evaluate(([size, years]) => window.jalonBench.generate(size, years), [SIZE, YEARS]);
  await harness.evaluate(() => window.jalonBench.appLoad());
  await harness.close();
  const page = await context.newPage();
  await page.goto(`${BASE}/#/equipe`);
  await page.waitForSelector('.team-table .row-link');
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${BASE}/#/equipe`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__jalonBench?.loaded);
  const painted = await page.evaluate(() => window.__jalonBench.loaded);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  const { profile } = await cdp.send('Profiler.stop');
  const tasks = await page.evaluate(() => window.__jalonBench.longTasks);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results/load.cpuprofile'), JSON.stringify(profile));
  // Self time per node, from the samples.
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  console.log(`${SIZE} people: table painted at ${painted.toFixed(0)} ms; long tasks: ${tasks.map((task) => task.duration.toFixed(0)).join(', ') || 'none'}; profiled ${total.toFixed(0)} ms`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await browser.close();
  close();
}
