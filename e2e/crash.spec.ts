import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from '../playwright.config';
import { ReviewPage, TeamPage } from './pages/team-pages';

/**
 * Power cuts while someone works at a human pace: the browser is killed
 * (SIGKILL to its whole process group, nothing can flush on the way out) at a
 * random moment while keys keep coming every 60–200 ms, then relaunched on the
 * same profile, again and again. Whatever was typed more than a second before
 * the kill must be stored, nothing may be half-written, and the app must open
 * as if nothing happened.
 */

// A trace follows every context, including the ones these tests kill on purpose, and fails with them.
test.use({ trace: 'off' });

const BASE = `http://127.0.0.1:${E2E_PORT}`;
const KILLS = 10;
/** The most typing a power cut may lose. */
const MAX_LOSS_MS = 1_000;

const random = (min: number, max: number) => min + Math.random() * (max - min);
/** The pace of a person typing: the time between two key presses, not a wait for anything in the app. */
const humanPace = () => new Promise<void>((resolve) => setTimeout(resolve, random(60, 200)));

type Running = { process: ChildProcess; browser: Browser; page: Page; exited: Promise<void> };

/** Starts Chromium on `profile` ourselves, so that we own its process group and can kill exactly it. */
async function launch(profile: string): Promise<Running> {
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--accept-lang=fr-BE', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening: ${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  await context.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page, exited };
}

/** SIGKILL to the browser's process group: a crash or a power cut, no chance to flush. */
async function kill(running: Running): Promise<void> {
  try {
    process.kill(-running.process.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await running.exited;
}

/** The review as stored, read straight from IndexedDB, with its summary. */
function storedReview(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const reviews = (await all('reviews')) as {
      id: string;
      status: string;
      profile: unknown[];
      audit: unknown[];
      ratings: Record<string, { observed: { kind: string; level?: number } | null; evidence: string }>;
    }[];
    const summaries = (await all('reviewSummaries')) as { id: string; status: string }[];
    db.close();
    return { reviews, summaries };
  });
}

/** One review, whole: every field there, its summary beside it. */
function expectWhole(stored: Awaited<ReturnType<typeof storedReview>>): void {
  expect(stored.reviews).toHaveLength(1);
  const [review] = stored.reviews;
  expect(review!.status).toBe('brouillon');
  expect(review!.profile.length).toBeGreaterThan(0);
  expect(review!.audit.length).toBeGreaterThan(0);
  expect(stored.summaries.map((summary) => summary.id)).toEqual([review!.id]);
}

async function setUp(profile: string): Promise<{ running: Running; reviewUrl: string }> {
  const running = await launch(profile);
  const { page } = running;
  // A context reached over CDP has no base URL: the first visit names the server.
  await page.goto(`${BASE}/#/equipe`);
  await page.getByRole('heading', { level: 1, name: 'Équipe' }).waitFor();
  const team = new TeamPage(page);
  await team.addPersonAndOpenReview({ name: 'Léa Dubois', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' }, 2);
  return { running, reviewUrl: page.url() };
}

/** Relaunches on the profile and opens the review: the app must come up as usual. */
async function reopen(profile: string, reviewUrl: string): Promise<Running> {
  const running = await launch(profile);
  await running.page.goto(reviewUrl);
  await expect(running.page.getByRole('heading', { level: 1, name: 'Évaluation de Léa Dubois' })).toBeVisible();
  await expect(running.page.getByRole('alert')).toHaveCount(0);
  return running;
}

type Round = {
  /** Presses keys at a human pace while `alive()`; the browser is killed under it. */
  work: (page: Page, alive: () => boolean) => Promise<void>;
  /** Checks what the relaunched app stored; `killedAt` is when the kill came. */
  check: (page: Page, killedAt: number, round: number) => Promise<void>;
};

/** `KILLS` times on one profile: work until killed at a random moment (1.5–4 s in), relaunch, check. */
async function killRounds(round: Round): Promise<void> {
  const profile = mkdtempSync(path.join(tmpdir(), 'jalon-crash-'));
  let running: Running | null = null;
  try {
    const set = await setUp(profile);
    running = set.running;
    for (let index = 0; index < KILLS; index += 1) {
      let killedAt = Infinity;
      const current: Running = running;
      const killing = new Promise<void>((resolve) =>
        setTimeout(() => {
          killedAt = Date.now();
          void kill(current).then(resolve);
        }, random(1_500, 4_000)),
      );
      try {
        await round.work(current.page, () => Date.now() < killedAt);
      } catch {
        // The browser died under the keys: that is the point.
      }
      await killing;
      await current.browser.close().catch(() => undefined);
      running = await reopen(profile, set.reviewUrl);
      await round.check(running.page, killedAt, index + 1);
    }
  } finally {
    if (running) await kill(running);
    rmSync(profile, { recursive: true, force: true });
  }
}

const SENTENCE = 'Anime la réunion hebdomadaire et présente le bilan au comité; ';

test('a browser killed at random while someone types steadily loses at most a second, ten times over', async () => {
  test.setTimeout(300_000);
  let expected = '';
  let typed: { text: string; at: number }[] = [];
  await killRounds({
    work: async (page, alive) => {
      typed = [];
      await new ReviewPage(page).focusEvidence('Communiquer');
      await page.keyboard.press('Control+End');
      for (let index = expected.length; alive(); index += 1) {
        const key = SENTENCE[index % SENTENCE.length]!;
        await page.keyboard.type(key);
        typed.push({ text: key, at: Date.now() });
        await humanPace();
      }
    },
    check: async (page, killedAt, round) => {
      const stored = await storedReview(page);
      expectWhole(stored);
      const evidence = stored.reviews[0]!.ratings['communiquer']?.evidence ?? '';
      const allTyped = expected + typed.map((key) => key.text).join('');
      const mustHave = expected + typed.filter((key) => key.at <= killedAt - MAX_LOSS_MS).map((key) => key.text).join('');
      const context = `round ${round}: ${typed.length} keys typed, killed ${killedAt - (typed[0]?.at ?? killedAt)} ms after the first, stored ${JSON.stringify(evidence)}, typed ${JSON.stringify(allTyped)}`;
      // Never a stray or garbled character: what is stored is what was typed (the key in flight included), up to some point…
      expect(allTyped.startsWith(evidence) || evidence === allTyped + SENTENCE[allTyped.length % SENTENCE.length], context).toBe(true);
      // …and that point is at most a second before the kill.
      expect(evidence.length, context).toBeGreaterThanOrEqual(mustHave.length);
      // An empty evidence field stays folded; a filled one shows what is stored.
      if (evidence) await expect(new ReviewPage(page).evidence('Communiquer')).toHaveValue(evidence);
      else await expect(new ReviewPage(page).card('Communiquer').getByRole('button', { name: /^\+ Observations/ })).toBeVisible();
      expected = evidence;
    },
  });
});

test('a browser killed at random while someone rates by keyboard loses at most a second of ratings, ten times over', async () => {
  test.setTimeout(300_000);
  /** The ratings stored after the previous round: competency → level. */
  let known: Record<string, number> = {};
  let presses: { competency: string; level: number; at: number }[] = [];
  await killRounds({
    work: async (page, alive) => {
      presses = [];
      await page.locator('[data-rating-card]').first().focus();
      while (alive()) {
        // The focused card and how many levels its scale has (« Se connaître » has two: a 3 there rates nothing).
        const { competency, levels } = await page.evaluate(() => {
          const card = document.activeElement;
          const radios = card?.querySelectorAll('input[type="radio"]').length ?? 0;
          // Its scale: « non observé », « en dessous », then one radio per level.
          return { competency: card?.id.replace(/^rating-/, '') ?? '', levels: radios - 2 };
        });
        const level = 1 + Math.floor(random(0, Math.max(1, Math.min(3, levels))));
        // Counted before it is sent: a press the kill interrupts may still have been written.
        presses.push({ competency, level, at: Date.now() });
        await page.keyboard.press(String(level));
        await humanPace();
        await page.keyboard.press(Math.random() < 0.7 ? 'ArrowDown' : 'ArrowUp');
        await humanPace();
      }
    },
    check: async (page, killedAt, round) => {
      const stored = await storedReview(page);
      expectWhole(stored);
      const ratings = stored.reviews[0]!.ratings;
      const context = `round ${round}: ${presses.length} presses, stored ${JSON.stringify(ratings)}`;
      const competencies = new Set([...Object.keys(known), ...presses.map((press) => press.competency)]);
      const next: Record<string, number> = {};
      for (const competency of competencies) {
        const onIt = presses.filter((press) => press.competency === competency);
        const settled = onIt.filter((press) => press.at <= killedAt - MAX_LOSS_MS).at(-1);
        const before = known[competency];
        // The last press more than a second before the kill, or any press after it (the one in flight included);
        // with no such press, what was stored before or any later press.
        const allowed = settled
          ? onIt.slice(onIt.indexOf(settled)).map((press) => press.level)
          : [...(before !== undefined ? [before] : []), ...onIt.map((press) => press.level)];
        const observed = ratings[competency]?.observed;
        if (!settled && before === undefined && !observed) continue;
        expect(observed?.kind, `${competency}, ${context}`).toBe('level');
        expect(allowed, `${competency}, ${context}`).toContain(observed!.level);
        next[competency] = observed!.level!;
      }
      // Nothing stored that was never pressed.
      for (const [competency, rating] of Object.entries(ratings)) {
        if (rating.observed) expect(competencies.has(competency), `${competency}, ${context}`).toBe(true);
      }
      known = next;
    },
  });
});
