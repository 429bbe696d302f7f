// node bench/profile-rating.mjs [--size N] [--years N] [--keys N] — a CPU profile of rating keys on the review screen
// (after `npm run bench` or with out/ built): where the time goes between the key and the paint and the write.
// Prints the top self and inclusive times (idle left out); writes bench/results/rating.cpuprofile (open it in Chromium's DevTools).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printProfileTimes } from './cpu-profile.mjs';
import { generatedContext, numberOption, ROOT } from './profile-context.mjs';

const KEYS = numberOption('keys', 40);
const { context, base, ids, close } = await generatedContext({ size: numberOption('size', 50), years: numberOption('years', 10) });
try {
  const page = await context.newPage();
  await page.goto(`${base}/#/evaluation/${ids.reviewId}`);
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
  printProfileTimes([profile], { count: KEYS, unit: 'key' });
} finally {
  await close();
}
