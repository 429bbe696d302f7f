// The platform's floor: a real key or click to its effect painted in a page that does nothing
// else (bench/floor.html), measured with the app's probe. bench/run.mjs interleaves one floor
// input with each measured input of the app, in a browser of its own (always in front), so that
// every "key → paint" and "click → paint" target can be read against what this machine's
// Chromium allows at that moment.
import { readFileSync } from 'node:fs';
import { clickSort } from './clicks.mjs';

export const FLOOR_PATH = '/static/floor.html';
export const floorHtml = () => readFileSync(new URL('./floor.html', import.meta.url), 'utf8');

const EVIDENCE = 'Observé en réunion : '.padEnd(5000, 'x');

/** Opens the floor page in `context` (the probe already installed); resolves with the measuring functions. */
export async function openFloor(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}${FLOOR_PATH}`);
  await page.waitForFunction(() => window.__jalonBench !== undefined);
  let level = 0;

  /** A key that checks a radio button (as a rating key does), to that radio painted. */
  const key = async () => {
    level = (level % 2) + 1;
    await page.focus('#rating-floor');
    await page.evaluate((value) => {
      window.__jalonBench.armed = window.__jalonBench.arm('keydown', [() => document.querySelector('#rating-floor input:checked')?.value === String(value)]);
    }, level);
    await page.keyboard.press(String(level));
    return (await page.evaluate(() => window.__jalonBench.armed)).painted[0];
  };

  /** A key typed at the end of a 5,000-character field, to the new text painted. */
  const typing = async () => {
    const length = await page.evaluate((text) => {
      const field = document.querySelector('#evidence-floor');
      if (field.value.length < text.length || field.value.length > text.length + 200) field.value = text;
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      return field.value.length;
    }, EVIDENCE);
    await page.evaluate((expected) => {
      window.__jalonBench.armed = window.__jalonBench.arm('keydown', [() => document.querySelector('#evidence-floor').value.length === expected]);
    }, length + 1);
    await page.keyboard.press('a');
    return (await page.evaluate(() => window.__jalonBench.armed)).painted[0];
  };

  const button = page.locator('#sort-floor');
  /** A click that turns a column header's sort, to the header painted. */
  const click = async () => clickSort(page, await button.boundingBox(), 'th');

  return { key, typing, click };
}
