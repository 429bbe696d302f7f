/**
 * Runs inside the browser, on the app's origin, with the app's own data code:
 * bench/run.mjs calls these functions through Playwright and times them.
 */
import { generateTeam } from '../shared/example/generate';
import type { Person } from '../shared/people/person';
import type { Review } from '../shared/reviews/review';
import { summarise } from '../shared/reviews/summary';
import { personSummaries, teamRows } from '../shared/team';
import { createBackup, readBackup, restoreBackup } from '../renderer/src/data/backup/backup';
import { JalonDb } from '../renderer/src/data/db';
import { reviewContentHash } from '../renderer/src/data/hash';
import { saveReviewContent } from '../renderer/src/data/reviews-repo';

let team: { people: Person[]; reviews: Review[] } = { people: [], reviews: [] };
let backupFile: Uint8Array | null = null;
const PASSPHRASE = 'banc d’essai de Jalon';

async function generate(size: number, years: number, sentences: number): Promise<{ people: number; reviews: number; bytes: number }> {
  const generated = generateTeam({
    size,
    seed: 2026,
    today: '2026-11-26',
    years,
    evidenceSentences: sentences,
    onProgress: (done, total) => console.log(`progress:generate:${done}/${total}`),
  });
  // Seal the finalised reviews now, so that loading measures writing only.
  let index = 0;
  for (const review of generated.reviews) {
    if (review.finalisedAt) review.contentHash = await reviewContentHash(review);
    if (++index % 2000 === 0) console.log(`progress:seal:${index}/${generated.reviews.length}`);
  }
  team = generated;
  const bytes = new TextEncoder().encode(JSON.stringify(generated.reviews.slice(0, 100))).length / 100;
  return { people: generated.people.length, reviews: generated.reviews.length, bytes: Math.round(bytes) };
}

/** The app's way: one Dexie transaction over people, reviews and their summaries. */
async function appLoad(): Promise<number> {
  const db = new JalonDb();
  await db.open();
  await db.transaction('rw', db.people, db.reviews, db.reviewSummaries, db.personSummaries, async () => {
    await Promise.all([db.people.clear(), db.reviews.clear(), db.reviewSummaries.clear(), db.personSummaries.clear()]);
  });
  const start = performance.now();
  await db.transaction('rw', db.people, db.reviews, db.reviewSummaries, db.personSummaries, async () => {
    await db.people.bulkPut(team.people);
    await db.reviews.bulkPut(team.reviews);
  });
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

/** The platform's own limit: a bare put loop of the same records, in one transaction, into the same stores and indexes. */
async function baselineLoad(): Promise<number> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('bench-baseline');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-baseline', 1);
    request.onupgradeneeded = () => {
      const people = request.result.createObjectStore('people', { keyPath: 'id' });
      people.createIndex('name', 'name');
      people.createIndex('staffNumber', 'staffNumber');
      const reviews = request.result.createObjectStore('reviews', { keyPath: 'id' });
      reviews.createIndex('personId', 'personId');
      reviews.createIndex('[personId+cycleIndex]', ['personId', 'cycleIndex'], { unique: true });
      reviews.createIndex('status', 'status');
      reviews.createIndex('updatedAt', 'updatedAt');
      const summaries = request.result.createObjectStore('reviewSummaries', { keyPath: 'id' });
      summaries.createIndex('personId', 'personId');
      summaries.createIndex('cycleEnd', 'cycleEnd');
      request.result.createObjectStore('personSummaries', { keyPath: 'personId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = database.transaction(['people', 'reviews', 'reviewSummaries', 'personSummaries'], 'readwrite');
    const people = transaction.objectStore('people');
    const reviews = transaction.objectStore('reviews');
    const summaries = transaction.objectStore('reviewSummaries');
    const perPerson = transaction.objectStore('personSummaries');
    for (const person of team.people) people.put(person);
    const all = team.reviews.map(summarise);
    team.reviews.forEach((review, index) => {
      reviews.put(review);
      summaries.put(all[index]);
    });
    for (const summary of personSummaries(all)) perPerson.put(summary);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const elapsed = performance.now() - start;
  database.close();
  return elapsed;
}

async function exportBackup(): Promise<{ ms: number; bytes: number }> {
  const db = new JalonDb();
  await db.open();
  const start = performance.now();
  backupFile = await createBackup(db, { passphrase: PASSPHRASE, appVersion: 'bench' });
  const ms = performance.now() - start;
  db.close();
  return { ms, bytes: backupFile.byteLength };
}

async function restore(): Promise<number> {
  if (!backupFile) throw new Error('export first');
  const db = new JalonDb();
  await db.open();
  const start = performance.now();
  const checked = await readBackup(backupFile, PASSPHRASE);
  if (!checked.ok) throw new Error(checked.error.code);
  await restoreBackup(db, checked.data, 'replace');
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/** Ids the run needs: a person with ten reviews, and one of their reviews. */
function sample(): { personId: string; reviewId: string; rateableCompetency: string } {
  const person = team.people.find((candidate) => team.reviews.filter((review) => review.personId === candidate.id).length >= 10) ?? team.people[0]!;
  const review = team.reviews.filter((candidate) => candidate.personId === person.id).at(-1)!;
  return { personId: person.id, reviewId: review.id, rateableCompetency: review.profile.find((entry) => entry.expectedLevel !== null)!.id };
}

/** The data path of one rating alone (no UI): the repository's save of a review, and a bare put of it. */
async function saveTimes(reviewId: string): Promise<{ repo: number[]; bare: number[] }> {
  const db = new JalonDb();
  await db.open();
  const review = (await db.reviews.get(reviewId))!;
  const repo: number[] = [];
  const bare: number[] = [];
  for (let index = 0; index < 20; index++) {
    let start = performance.now();
    await saveReviewContent(db, { ...review, evaluatorComment: String(index) });
    repo.push(performance.now() - start);
    start = performance.now();
    await db.transaction('rw', db.reviews, () => db.reviews.put({ ...review, evaluatorComment: String(index) }));
    bare.push(performance.now() - start);
  }
  db.close();
  return { repo, bare };
}

/** Where the team screen's load goes: the two reads it makes, and building its rows. */
async function teamReadTimes(): Promise<{ people: number; summaries: number; rows: number }> {
  const db = new JalonDb();
  await db.open();
  let start = performance.now();
  const people = await db.people.toArray();
  const peopleMs = performance.now() - start;
  start = performance.now();
  const summaries = await db.personSummaries.toArray();
  const summariesMs = performance.now() - start;
  start = performance.now();
  teamRows(people, summaries, '2026-11-26');
  const rowsMs = performance.now() - start;
  db.close();
  return { people: peopleMs, summaries: summariesMs, rows: rowsMs };
}

Object.assign(window, { jalonBench: { generate, appLoad, baselineLoad, exportBackup, restore, sample, saveTimes, teamReadTimes } });
console.log('harness:ready');
