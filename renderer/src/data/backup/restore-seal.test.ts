import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDateFr } from '../../../../shared/dates';
import { generateTeam } from '../../../../shared/example/generate';
import { isLocked, type Review } from '../../../../shared/reviews/review';
import { JalonDb } from '../db';
import { bulkLoad } from '../example-repo';
import { verifyAllReviews } from '../integrity-report';
import { ensureSealLog } from '../seal-log';
import { createBackup, readBackup, restoreFromFile } from './backup';

let source: JalonDb;
let target: JalonDb;
let counter = 0;
beforeEach(async () => {
  counter += 1;
  source = new JalonDb(`restore-seal-source-${counter}`);
  target = new JalonDb(`restore-seal-target-${counter}`);
  await source.open();
  await target.open();
  await ensureSealLog(target);
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

const encoder = new TextEncoder();
const headerEnd = (file: Uint8Array) => 12 + new DataView(file.buffer, file.byteOffset).getUint32(8);

/** A plain backup whose reviews are changed, its checksum recomputed: only the seals can tell. */
async function tampered(file: Uint8Array, change: (reviews: Record<string, unknown>[]) => void): Promise<Uint8Array> {
  const header = JSON.parse(new TextDecoder().decode(file.subarray(12, headerEnd(file)))) as Record<string, unknown>;
  const payload = JSON.parse(new TextDecoder().decode(file.subarray(headerEnd(file))));
  change(payload.data.data.find((entry: { tableName: string }) => entry.tableName === 'reviews').rows);
  const bytes = encoder.encode(JSON.stringify(payload));
  const checksum = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const headerBytes = encoder.encode(JSON.stringify({ ...header, checksum, payloadBytes: bytes.length }));
  const out = new Uint8Array(12 + headerBytes.length + bytes.length);
  out.set(file.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, headerBytes.length);
  out.set(headerBytes, 12);
  out.set(bytes, 12 + headerBytes.length);
  return out;
}

async function teamBackup() {
  const team = generateTeam({ size: 4, seed: 5, today: '2026-11-26', years: 3 });
  await bulkLoad(source, team.people, team.reviews);
  const locked = (await source.reviews.toArray()).filter((review) => isLocked(review.status));
  expect(locked.length).toBeGreaterThan(1);
  return { file: await createBackup(source, { passphrase: null, appVersion: '0.1.0' }), locked, people: team.people };
}

describe('restore and the seal', () => {
  it('a sound backup: every finalised review restored gets an entry in this installation’s seal log, and all read intact', async () => {
    const { file, locked } = await teamBackup();
    expect(await restoreFromFile(target, file, null, 'replace')).toMatchObject({ ok: true });
    const log = await target.sealLog.toArray();
    expect(log.map((entry) => entry.reviewId).sort()).toEqual(locked.map((review) => review.id).sort());
    expect(log.every((entry) => entry.kind === 'restauree')).toBe(true);
    const report = await verifyAllReviews(target);
    expect(report).toMatchObject({ checked: locked.length, intact: locked.length, changed: [], unverifiable: [] });
  });

  it('a tampered finalised review is refused, naming the person and cycle; nothing is written', async () => {
    const { file, locked, people } = await teamBackup();
    const victim = locked[0]!;
    const bad = await tampered(file, (reviews) => (reviews.find((review) => review['id'] === victim.id)!['evaluatorComment'] = 'réécrit'));
    const name = people.find((person) => person.id === victim.personId)!.name;
    const refused = await restoreFromFile(target, bad, null, 'replace');
    expect(refused).toMatchObject({ ok: false, error: { code: 'seal-broken', problem: { path: 'content', message: `${name}, ${formatDateFr(victim.cycleStart)} – ${formatDateFr(victim.cycleEnd)}` }, others: [] } });
    expect(await target.reviews.count()).toBe(0);
    expect(await target.sealLog.count()).toBe(0);
  });

  it('on explicit choice, a tampered review is imported flagged « intégrité non vérifiable », stored and reported, never silently', async () => {
    const { file, locked } = await teamBackup();
    const [first, second] = locked as [Review, Review];
    const bad = await tampered(file, (reviews) => {
      reviews.find((review) => review['id'] === first.id)!['evaluatorComment'] = 'réécrit';
      reviews.find((review) => review['id'] === second.id)!['ratings'] = {};
    });
    const read = await readBackup(bad, null, { flagBrokenSeals: true });
    expect(read).toMatchObject({ ok: true });
    if (!read.ok) return;
    expect(read.value.flagged.map((problem) => problem.path)).toEqual(['content', 'content']);
    expect(await restoreFromFile(target, bad, null, 'replace', undefined, { flagBrokenSeals: true })).toMatchObject({ ok: true });
    const stored = (await target.reviews.get(first.id))!;
    expect(stored.integrityUnverified).toEqual({ at: expect.any(String), parts: ['content'] });
    expect((await target.reviews.get(second.id))!.integrityUnverified?.parts).toEqual(['content']);
    // Not in the seal log: this installation never vouched for them.
    expect((await target.sealLog.toArray()).map((entry) => entry.reviewId)).not.toContain(first.id);
    const report = await verifyAllReviews(target);
    expect(report.unverifiable.map((line) => line.reviewId).sort()).toEqual([first.id, second.id].sort());
    expect(report.changed).toEqual([]);
    expect(report.intact).toBe(locked.length - 2);
    // The mark cannot be taken off through the app: it is content of a finalised review.
    const { integrityUnverified: _mark, ...unmarked } = stored;
    await expect(target.reviews.put(unmarked)).rejects.toMatchObject({ name: 'ReviewLockedError' });
  });

  it('a backup of a database that holds a flagged review restores again, still flagged, without asking', async () => {
    const { file, locked } = await teamBackup();
    const bad = await tampered(file, (reviews) => (reviews.find((review) => review['id'] === locked[0]!.id)!['evaluatorComment'] = 'réécrit'));
    expect(await restoreFromFile(target, bad, null, 'replace', undefined, { flagBrokenSeals: true })).toMatchObject({ ok: true });
    const again = await createBackup(target, { passphrase: null, appVersion: '0.1.0' });
    const read = await readBackup(again, null);
    expect(read).toMatchObject({ ok: true, value: { flagged: [] } });
    if (read.ok) expect(read.value.data.reviews.find((review) => review.id === locked[0]!.id)?.integrityUnverified?.parts).toEqual(['content']);
  });
});
