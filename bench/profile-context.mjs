// The profile scripts' start: the app served, a Chromium profile on disk with the probe, and a team
// generated through the benchmark's harness (seeded, as `npm run bench` makes it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { probe } from './probe.mjs';
import { serve } from './serve.mjs';

export const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** `--name N` of the command line, as a number, or `fallback`. */
export function numberOption(name, fallback) {
  const args = process.argv.slice(2);
  return args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback;
}

/**
 * Serves the built app and opens a Chromium profile holding `size` people × `years` reviews (and the
 * 40-year person when `longHistory`). Resolves with the context, the address, the harness's sample ids
 * and `close()`, which removes everything.
 */
export async function generatedContext({ size, years, longHistory = false }) {
  const { base, close: stopServing } = await serve(ROOT, Number(process.env.JALON_BENCH_PORT ?? 5398));
  const dir = mkdtempSync(path.join(tmpdir(), 'jalon-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.JALON_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    locale: 'fr-BE',
    timezoneId: 'Europe/Brussels',
  });
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    stopServing();
  };
  try {
    await context.addInitScript(probe);
    const harness = await context.newPage();
    await harness.goto(`${base}/bench/harness.html`);
    await harness.waitForFunction(() => 'jalonBench' in window);
    await harness.evaluate(() => window.jalonBench.ensureSchema());
    await harness.evaluate(([people, reviews]) => window.jalonBench.generate(people, reviews), [size, years]);
    await harness.evaluate(() => window.jalonBench.appLoad());
    if (longHistory) await harness.evaluate(() => window.jalonBench.addLongHistory());
    const ids = await harness.evaluate(() => window.jalonBench.sample());
    await harness.close();
    return { context, base, ids, close };
  } catch (error) {
    await close();
    throw error;
  }
}
