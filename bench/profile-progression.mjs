// node bench/profile-progression.mjs [--size N] [--years N] [--clicks N] [--long] — the click on « Progression »
// from a person's page, as the benchmark makes it (a real click, end points after paint), with a CPU
// profile of each click until its frame is painted (after `npm run bench` or with out/ built).
// Prints click → table and chart painted (10 and 40 years, interleaved) and the profile's top functions
// a click (the 10-year person's, or with --long the 40-year one's); writes bench/results/progression.cpuprofile.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clickProgression } from './clicks.mjs';
import { printProfileTimes } from './cpu-profile.mjs';
import { generatedContext, numberOption, ROOT } from './profile-context.mjs';

const SIZE = numberOption('size', 2000);
const YEARS = numberOption('years', 10);
const CLICKS = numberOption('clicks', 15);
const LONG = process.argv.includes('--long');
const { context, base, ids, close } = await generatedContext({ size: SIZE, years: YEARS, longHistory: true });
try {
  const app = await context.newPage();
  await app.goto(`${base}/#/personne/${ids.personId}`);
  const cdp = await context.newCDPSession(app);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiles = [];
  const profiled = {
    beforeClick: () => cdp.send('Profiler.start'),
    afterPaint: async () => profiles.push((await cdp.send('Profiler.stop')).profile),
  };
  await clickProgression(app, ids.personId); // the screen's code loaded once
  const tenYears = [];
  const fortyYears = [];
  for (let index = 0; index < CLICKS; index++) {
    tenYears.push(await clickProgression(app, ids.personId, LONG ? {} : profiled));
    fortyYears.push(await clickProgression(app, ids.longPersonId, LONG ? profiled : {}));
  }
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results/progression.cpuprofile'), JSON.stringify(profiles.at(-1)));
  const at = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))].toFixed(1);
  const line = (label, values) => console.log(`${label}: median ${at(values, 0.5)} ms, p95 ${at(values, 0.95)} ms`);
  line(`${YEARS} years, click → table painted`, tenYears.map((painted) => painted[0]));
  line(`${YEARS} years, click → chart painted`, tenYears.map((painted) => painted[1]));
  line('40 years, click → chart painted', fortyYears.map((painted) => painted[1]));
  printProfileTimes(profiles, { count: CLICKS, unit: 'click' });
} finally {
  await close();
}
