// node bench/profile-load.mjs [--size N] [--years N] — a CPU profile of one team-screen load
// (after `npm run bench` or with out/ built): where the time goes, by function and by script.
// Prints the top self times (idle left out); writes bench/results/load.cpuprofile (open it in Chromium's DevTools).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printProfileTimes } from './cpu-profile.mjs';
import { generatedContext, numberOption, ROOT } from './profile-context.mjs';

const SIZE = numberOption('size', 2000);
const { context, base, close } = await generatedContext({ size: SIZE, years: numberOption('years', 10) });
try {
  const page = await context.newPage();
  await page.goto(`${base}/#/equipe`);
  await page.waitForSelector('.team-table .row-link');
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${base}/#/equipe`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__jalonBench?.loaded);
  const painted = await page.evaluate(() => window.__jalonBench.loaded);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  const { profile } = await cdp.send('Profiler.stop');
  const tasks = await page.evaluate(() => window.__jalonBench.longTasks);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results/load.cpuprofile'), JSON.stringify(profile));
  console.log(`${SIZE} people: table painted at ${painted.toFixed(0)} ms; long tasks: ${tasks.map((task) => task.duration.toFixed(0)).join(', ') || 'none'}`);
  printProfileTimes([profile], { unit: 'load', selfTop: 25, inclusiveTop: 0 });
} finally {
  await close();
}
