import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from '../playwright.config';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

const BASE = `http://127.0.0.1:${E2E_PORT}`;

async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL: BASE,
    locale: 'fr-BE',
  });
  await context.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  return context;
}

/** Kills every process of the browser that owns `profile`, as a crash or a power cut would. */
function killBrowser(profile: string): void {
  try {
    execFileSync('pkill', ['-KILL', '-f', '--', `user-data-dir=${profile}`]);
  } catch {
    // pkill exits 1 when nothing matched: the browser is already gone.
  }
}

test('a browser killed while typing loses at most the last second', async () => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'jalon-crash-'));
  try {
    let context = await launch(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    const team = new TeamPage(page);
    await team.open();
    await team.addPerson({ name: 'Léa Dubois', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
    await new PersonPage(page).waitFor('Léa Dubois');
    await new PersonPage(page).openReview(2);
    const reviewUrl = page.url();
    let review = new ReviewPage(page);

    await review.card('Communiquer').focus();
    await page.keyboard.press('2');
    await review.evidence('Communiquer').click();
    await page.keyboard.type('Anime la réunion hebdomadaire. ');
    await page.keyboard.type('A présenté le bilan au comité le 14/10.');
    // More than a second later, the user is still typing when the machine dies.
    await page.waitForTimeout(1_100);
    await page.keyboard.type(' Dernier mot');
    killBrowser(profile);
    // The browser is really gone: nothing had a chance to flush on the way out.
    await expect(page.evaluate(() => 1)).rejects.toThrow();
    await context.close().catch(() => undefined);

    context = await launch(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(reviewUrl);
    review = new ReviewPage(page);
    const evidence = await review.evidence('Communiquer').inputValue();
    expect(evidence.startsWith('Anime la réunion hebdomadaire. A présenté le bilan au comité le 14/10.')).toBe(true);
    await expect(review.card('Communiquer').getByRole('radio', { name: /^Niveau 2 – / })).toBeChecked();
    await context.close();
  } finally {
    killBrowser(profile);
    rmSync(profile, { recursive: true, force: true });
  }
});
