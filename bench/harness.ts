/**
 * Runs inside the browser, on the app's origin, with the app's own data code:
 * bench/run.mjs calls these functions through Playwright and times them.
 * Every baseline here is raw IndexedDB, in the app's own database and stores,
 * with the same records the app writes.
 */
import { generateTeam } from '../shared/example/generate';
import type { Person } from '../shared/people/person';
import type { Review } from '../shared/reviews/review';
import type { JournalNote } from '../shared/journal/note';
import type { PlanAction } from '../shared/plan/plan';
import { summarise } from '../shared/reviews/summary';
import { personSummaries } from '../shared/team';
import { createBackup, readBackup, restoreBackup } from '../renderer/src/data/backup/backup';
import { DB_NAME, JalonDb } from '../renderer/src/data/db';
import { bulkLoad } from '../renderer/src/data/example-repo';
import { reviewContentHash } from '../renderer/src/data/hash';

type Team = { people: Person[]; reviews: Review[]; journalNotes: JournalNote[]; planActions: PlanAction[] };

const TODAY = '2026-11-26';
const PASSPHRASE = 'banc d’essai de Jalon';
/** The stores a team lives in (what a bulk load writes). */
const TEAM_STORES = ['people', 'reviews', 'reviewSummaries', 'personSummaries', 'journalNotes', 'planActions'] as const;

let team: Team = { people: [], reviews: [], journalNotes: [], planActions: [] };
let longHistory: Team = { people: [], reviews: [], journalNotes: [], planActions: [] };
let backupFile: Uint8Array | null = null;

async function seal(reviews: Review[], label: string): Promise<void> {
  let index = 0;
  for (const review of reviews) {
    if (review.finalisedAt) review.contentHash = await reviewContentHash(review);
    if (++index % 2000 === 0) console.log(`progress:${label}:${index}/${reviews.length}`);
  }
}

async function build(size: number, years: number, seed: number, label: string): Promise<Team> {
  const generated = generateTeam({
    size,
    seed,
    today: TODAY,
    years,
    evidenceSentences: 2,
    // A realistic journal: 30 notes per person per year, and the plans drawn from the gaps.
    notesPerYear: 30,
    onProgress: (done, total) => console.log(`progress:${label}:${done}/${total}`),
  });
  // Seal the finalised reviews now, so that loading measures writing only.
  await seal(generated.reviews, `${label} (seal)`);
  return generated;
}

/** The main team (size × years), and one person with a 40-year history for progression. */
async function generate(size: number, years: number): Promise<{ people: number; reviews: number; bytes: number }> {
  team = await build(size, years, 2026, 'generate');
  longHistory = await build(1, 40, 4040, 'generate 40 years');
  const bytes = new TextEncoder().encode(JSON.stringify(team.reviews.slice(0, 100))).length / Math.min(100, team.reviews.length || 1);
  return { people: team.people.length, reviews: team.reviews.length, bytes: Math.round(bytes) };
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error);
  });
}

/** Creates or upgrades the app's database to its current schema (the app's own code). */
async function ensureSchema(): Promise<void> {
  const db = new JalonDb();
  await db.open();
  db.close();
}

async function clearStores(stores: readonly string[]): Promise<void> {
  const database = await openRaw();
  const transaction = database.transaction([...stores], 'readwrite');
  for (const name of stores) transaction.objectStore(name).clear();
  await done(transaction);
  database.close();
}

/** The platform's limit: one raw readwrite transaction putting the same records into the app's stores. */
async function rawPut(data: Pick<Team, 'people' | 'reviews'> & Partial<Team> & { settings?: unknown[] }, stores: readonly string[]): Promise<number> {
  await clearStores(stores);
  const database = await openRaw();
  const start = performance.now();
  const transaction = database.transaction([...stores], 'readwrite');
  const people = transaction.objectStore('people');
  const reviews = transaction.objectStore('reviews');
  const summaries = transaction.objectStore('reviewSummaries');
  const perPerson = transaction.objectStore('personSummaries');
  for (const person of data.people) people.put(person);
  const all = data.reviews.map(summarise);
  data.reviews.forEach((review, index) => {
    reviews.put(review);
    summaries.put(all[index]);
  });
  for (const summary of personSummaries(all)) perPerson.put(summary);
  const notes = transaction.objectStore('journalNotes');
  for (const note of data.journalNotes ?? []) notes.put(note);
  const actions = transaction.objectStore('planActions');
  for (const action of data.planActions ?? []) actions.put(action);
  if (data.settings) {
    const settings = transaction.objectStore('settings');
    for (const setting of data.settings) settings.put(setting);
  }
  await done(transaction);
  const elapsed = performance.now() - start;
  database.close();
  return elapsed;
}

/** The app's way of loading a team: its own bulkLoad (one transaction over people, reviews and what derives from them). */
async function appPut(data: Team, clear: boolean): Promise<number> {
  if (clear) await clearStores(TEAM_STORES);
  const db = new JalonDb();
  await db.open();
  const start = performance.now();
  await bulkLoad(db, data.people, data.reviews, data.journalNotes, data.planActions);
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

const rawLoad = () => rawPut(team, TEAM_STORES);
const appLoad = () => appPut(team, true);
/** Adds the 40-year person to what is stored. */
const addLongHistory = () => appPut(longHistory, false);

async function exportBackup(): Promise<{ ms: number; bytes: number }> {
  const db = new JalonDb();
  await db.open();
  const start = performance.now();
  backupFile = await createBackup(db, { passphrase: PASSPHRASE, appVersion: 'bench' });
  decoded = null;
  const ms = performance.now() - start;
  db.close();
  return { ms, bytes: backupFile.byteLength };
}

/** The app's restore of the whole file: check (decrypt, verify, validate) and replace. */
async function appRestore(): Promise<number> {
  if (!backupFile) throw new Error('export first');
  const db = new JalonDb();
  await db.open();
  const start = performance.now();
  const checked = await readBackup(backupFile, PASSPHRASE);
  if (!checked.ok) throw new Error(checked.error.code);
  await restoreBackup(db, checked.value.data, 'replace');
  const ms = performance.now() - start;
  db.close();
  return ms;
}

let decoded: Awaited<ReturnType<typeof readBackup>> | null = null;

/** The same records as the file holds, put raw into the same stores (the file decoded once beforehand, untimed). */
async function rawRestore(): Promise<number> {
  if (!backupFile) throw new Error('export first');
  decoded ??= await readBackup(backupFile, PASSPHRASE);
  if (!decoded.ok) throw new Error(decoded.error.code);
  return rawPut(decoded.value.data, [...TEAM_STORES, 'settings']);
}

/** Ids the run needs: a person with the full history, one of their reviews, the longest review, the 40-year person. */
function sample(): { personId: string; reviewId: string; rateableCompetency: string; evidenceCompetency: string; longestReviewId: string; longPersonId: string } {
  const byPerson = new Map<string, Review[]>();
  for (const review of team.reviews) byPerson.set(review.personId, [...(byPerson.get(review.personId) ?? []), review]);
  const most = Math.max(...[...byPerson.values()].map((list) => list.length));
  const person = team.people.find((candidate) => byPerson.get(candidate.id)?.length === most) ?? team.people[0]!;
  // The latest review, not finalised, so that it can be rated.
  const review = (byPerson.get(person.id) ?? []).filter((candidate) => !candidate.finalisedAt).at(-1) ?? byPerson.get(person.id)!.at(-1)!;
  const rateable = review.profile.filter((entry) => entry.expectedLevel !== null);
  let longest = team.reviews[0]!;
  let longestSize = 0;
  for (const candidate of team.reviews) {
    const size = JSON.stringify(candidate).length;
    if (size > longestSize) [longest, longestSize] = [candidate, size];
  }
  return {
    personId: person.id,
    reviewId: review.id,
    rateableCompetency: rateable[0]!.id,
    evidenceCompetency: (rateable[1] ?? rateable[0]!).id,
    longestReviewId: longest.id,
    longPersonId: longHistory.people[0]!.id,
  };
}

/** Growth: a fresh team built up batch by batch (never all in memory), with the app's own loading. */
let grown = 0;
let batchSeed = 9000;
async function growTo(size: number, years: number): Promise<{ people: number; ms: number }> {
  if (size < grown || grown === 0) {
    await clearStores(TEAM_STORES);
    grown = 0;
  }
  const start = performance.now();
  while (grown < size) {
    const batch = Math.min(500, size - grown);
    const generated = await build(batch, years, batchSeed++, `grow ${grown + batch}/${size}`);
    await appPut(generated, false);
    grown += batch;
  }
  return { people: grown, ms: performance.now() - start };
}

Object.assign(window, {
  jalonBench: { generate, ensureSchema, rawLoad, appLoad, addLongHistory, exportBackup, appRestore, rawRestore, sample, growTo },
});
console.log('harness:ready');
