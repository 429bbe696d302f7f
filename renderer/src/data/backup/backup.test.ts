import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateTeam } from '../../../../shared/example/generate';
import { fr } from '../../i18n/fr';
import { JalonDb } from '../db';
import { bulkLoad } from '../example-repo';
import { createBackup, readBackup, restoreFromFile, type BackupErrorCode } from './backup';

let db: JalonDb;
let counter = 0;
beforeEach(async () => {
  db = new JalonDb(`backup-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** Every record of every table, sorted: what "nothing changed" is checked against. */
async function snapshot(database: JalonDb) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    people: byId(await database.people.toArray()),
    reviews: byId(await database.reviews.toArray()),
    summaries: byId(await database.reviewSummaries.toArray()),
    personSummaries: (await database.personSummaries.toArray()).sort((a, b) => a.personId.localeCompare(b.personId)),
    settings: (await database.settings.toArray()).sort((a, b) => a.key.localeCompare(b.key)),
    journalNotes: byId(await database.journalNotes.toArray()),
    planActions: byId(await database.planActions.toArray()),
  };
}

const PASSPHRASE = 'correct horse battery staple';

describe('backup and restore', () => {
  it('round-trips a 2,000-person team record by record (export → wipe → import)', { timeout: 120_000 }, async () => {
    const team = generateTeam({ size: 2000, seed: 3, today: '2026-11-26', years: 3, evidenceSentences: 1 });
    await bulkLoad(db, team.people, team.reviews);
    await db.settings.put({ key: 'evaluator-profile', value: { evaluatorName: 'Sophie', evaluatorRole: '', organisation: 'SPF', service: '' } });
    const before = await snapshot(db);
    const progress: string[] = [];
    const file = await createBackup(db, { passphrase: PASSPHRASE, appVersion: '0.1.0', onProgress: (step) => progress.push(step.phase) });
    expect(progress).toContain('export');

    const fresh = new JalonDb(`backup-fresh-${counter}`);
    await fresh.open();
    const restored = await restoreFromFile(fresh, file, PASSPHRASE, 'replace');
    expect(restored).toMatchObject({ ok: true, value: { people: 2000, reviews: team.reviews.length, settings: 1 } });
    expect(await snapshot(fresh)).toEqual(before);
    await fresh.delete();
  });

  it('carries the journal notes and plan actions, encrypted, and restores them record by record (issue 16)', async () => {
    const team = generateTeam({ size: 4, seed: 12, today: '2026-11-26', years: 3, notesPerYear: 30 });
    await bulkLoad(db, team.people, team.reviews, team.journalNotes, team.planActions);
    expect(team.planActions.length).toBeGreaterThan(0);
    const before = await snapshot(db);
    const file = await createBackup(db, { passphrase: PASSPHRASE, appVersion: '0.1.0' });
    // A note's words never appear in clear in the encrypted file.
    expect(new TextDecoder().decode(file)).not.toContain(team.journalNotes[0]!.behaviour);
    const fresh = new JalonDb(`backup-notes-${counter}`);
    await fresh.open();
    const restored = await restoreFromFile(fresh, file, PASSPHRASE, 'replace');
    expect(restored).toMatchObject({ ok: true, value: { journalNotes: team.journalNotes.length, planActions: team.planActions.length } });
    expect(await snapshot(fresh)).toEqual(before);
    // Merging the same file again changes nothing.
    await restoreFromFile(fresh, file, PASSPHRASE, 'merge');
    expect(await snapshot(fresh)).toEqual(before);
    await fresh.delete();
  });

  it('writes unencrypted backups only when asked, readable without a passphrase', async () => {
    const team = generateTeam({ size: 5, seed: 1, today: '2026-11-26', years: 2 });
    await bulkLoad(db, team.people, team.reviews);
    const file = await createBackup(db, { passphrase: null, appVersion: '0.1.0' });
    const read = await readBackup(file, null);
    expect(read).toMatchObject({ ok: true, value: { header: { encryption: null, counts: { people: 5 } } } });
    const encrypted = await createBackup(db, { passphrase: PASSPHRASE, appVersion: '0.1.0' });
    // The people's names never appear in clear in an encrypted file.
    expect(new TextDecoder().decode(encrypted)).not.toContain(team.people[0]!.name);
    expect(await readBackup(encrypted, null)).toEqual({ ok: false, error: { code: 'passphrase-required' } });
  });

  it('keeps a person’s cycles evaluated outside Jalon through an encrypted backup and a restore', async () => {
    const team = generateTeam({ size: 2, seed: 4, today: '2026-11-26', years: 1 });
    const adopted = { ...team.people[0]!, outsideEvaluations: [{ id: 'outside-1', cycleIndex: -3, date: '2020-12-18', mention: 'a-ameliorer' as const, note: 'Papier', recordedAt: '2026-11-26T09:00:00.000Z' }] };
    await bulkLoad(db, [adopted, team.people[1]!], team.reviews);
    const file = await createBackup(db, { passphrase: PASSPHRASE, appVersion: '0.1.0' });
    const fresh = new JalonDb(`backup-outside-${counter}`);
    await fresh.open();
    expect(await restoreFromFile(fresh, file, PASSPHRASE, 'replace')).toMatchObject({ ok: true });
    expect((await fresh.people.get(adopted.id))?.outsideEvaluations).toEqual(adopted.outsideEvaluations);
    await fresh.delete();
  });

  it('merges without rewriting a finalised review, and with the newer record winning', async () => {
    const team = generateTeam({ size: 3, seed: 9, today: '2026-11-26', years: 2 });
    await bulkLoad(db, team.people, team.reviews);
    const file = await createBackup(db, { passphrase: null, appVersion: '0.1.0' });
    const locked = (await db.reviews.toArray()).find((review) => review.contentHash)!;
    const before = await snapshot(db);
    const merged = await restoreFromFile(db, file, null, 'merge');
    expect(merged).toMatchObject({ ok: true });
    if (merged.ok) expect(merged.value.keptLocked).toBeGreaterThan(0);
    expect(await db.reviews.get(locked.id)).toEqual(locked);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('merging a backup into a database that already has other reviews', () => {
  it('refuses, before writing, a review whose person and cycle already have another review here', async () => {
    const team = generateTeam({ size: 2, seed: 4, today: '2026-11-26', years: 2 });
    await bulkLoad(db, team.people, team.reviews);
    const file = await createBackup(db, { passphrase: null, appVersion: '0.1.0' });
    // Here, the same cycle was since reviewed under another id.
    const draft = (await db.reviews.toArray()).find((review) => !review.contentHash)!;
    await db.reviews.delete(draft.id);
    await db.reviews.put({ ...draft, id: 'refaite-ici' });
    const before = await snapshot(db);
    const merged = await restoreFromFile(db, file, null, 'merge');
    expect(merged).toMatchObject({ ok: false, error: { code: 'review-conflict', problem: { table: 'reviews', path: 'cycleIndex' } } });
    expect(await snapshot(db)).toEqual(before);
    expect(fr.backup.errors['review-conflict']).toMatch(/déjà une autre évaluation/);
  });
});

describe('a corpus of bad files: each is refused with a clear message and changes nothing', () => {
  it('refuses at least 50 malformed files, leaving the database as it was', { timeout: 180_000 }, async () => {
    const team = generateTeam({ size: 4, seed: 5, today: '2026-11-26', years: 2 });
    await bulkLoad(db, team.people.slice(0, 2), team.reviews.filter((review) => review.personId === team.people[0]!.id || review.personId === team.people[1]!.id));
    const source = new JalonDb(`backup-source-${counter}`);
    await source.open();
    await bulkLoad(source, team.people, team.reviews);
    const encrypted = await createBackup(source, { passphrase: PASSPHRASE, appVersion: '0.1.0' });
    const plain = await createBackup(source, { passphrase: null, appVersion: '0.1.0' });
    await source.delete();

    const encoder = new TextEncoder();
    const headerEnd = (file: Uint8Array) => 12 + new DataView(file.buffer, file.byteOffset).getUint32(8);
    const header = (file: Uint8Array) => JSON.parse(new TextDecoder().decode(file.subarray(12, headerEnd(file))));
    const withHeader = (file: Uint8Array, change: (h: Record<string, unknown>) => unknown) => {
      const bytes = encoder.encode(JSON.stringify(change(header(file))));
      const payload = file.subarray(headerEnd(file));
      const out = new Uint8Array(12 + bytes.length + payload.length);
      out.set(file.subarray(0, 8));
      new DataView(out.buffer).setUint32(8, bytes.length);
      out.set(bytes, 12);
      out.set(payload, 12 + bytes.length);
      return out;
    };
    /** A plain backup whose payload is replaced, with a header that matches it (so only the records are wrong). */
    const withPayload = async (change: (payload: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } }) => void) => {
      const payload = JSON.parse(new TextDecoder().decode(plain.subarray(headerEnd(plain))));
      change(payload);
      // A value too deep for JSON.stringify itself is spliced in as text.
      const bytes = encoder.encode(JSON.stringify(payload).replace('"__DEEP__"', `${'{"value":'.repeat(5000)}"fond"${'}'.repeat(5000)}`));
      const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
      const rebuilt = withHeader(plain, (h) => ({ ...h, checksum: digest, payloadBytes: bytes.length }));
      const out = new Uint8Array(headerEnd(rebuilt) + bytes.length);
      out.set(rebuilt.subarray(0, headerEnd(rebuilt)));
      out.set(bytes, headerEnd(rebuilt));
      return out;
    };
    const table = (payload: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } }, name: string) =>
      payload.data.data.find((entry) => entry.tableName === name)!.rows;
    const flip = (file: Uint8Array, position: number) => {
      const out = file.slice();
      out[position] = out[position]! ^ 0x10;
      return out;
    };

    type Case = { name: string; bytes: Uint8Array; passphrase: string | null; expected: BackupErrorCode };
    const cases: Case[] = [
      { name: 'empty file', bytes: new Uint8Array(), passphrase: null, expected: 'not-a-backup' },
      { name: 'a PDF', bytes: encoder.encode('%PDF-1.7 ...'), passphrase: null, expected: 'not-a-backup' },
      { name: 'a CSV', bytes: encoder.encode('Nom;Classe\nDupont;C\n'), passphrase: null, expected: 'not-a-backup' },
      { name: 'JSON from another app', bytes: encoder.encode('{"formatName":"dexie"}'), passphrase: null, expected: 'not-a-backup' },
      { name: 'magic only', bytes: encoder.encode('JALONBK1'), passphrase: null, expected: 'not-a-backup' },
      { name: 'huge header length', bytes: (() => { const b = plain.slice(0, 40); new DataView(b.buffer).setUint32(8, 0xffffffff); return b; })(), passphrase: null, expected: 'header-invalid' },
      { name: 'header not JSON', bytes: withHeader(plain, () => 0).map((byte, index) => (index === 12 ? 0x7b : byte)), passphrase: null, expected: 'header-invalid' },
      { name: 'format of another app', bytes: withHeader(plain, (h) => ({ ...h, format: 'other' })), passphrase: null, expected: 'header-invalid' },
      { name: 'newer file format', bytes: withHeader(plain, (h) => ({ ...h, formatVersion: 9 })), passphrase: null, expected: 'format-newer' },
      { name: 'newer schema', bytes: withHeader(plain, (h) => ({ ...h, schemaVersion: 99 })), passphrase: null, expected: 'schema-newer' },
      { name: 'bad checksum text', bytes: withHeader(plain, (h) => ({ ...h, checksum: 'abc' })), passphrase: null, expected: 'header-invalid' },
      { name: 'negative counts', bytes: withHeader(plain, (h) => ({ ...h, counts: { people: -1, reviews: 0, settings: 0 } })), passphrase: null, expected: 'header-invalid' },
      { name: 'weak key derivation', bytes: withHeader(encrypted, (h) => ({ ...h, encryption: { ...(h['encryption'] as object), iterations: 1000 } })), passphrase: PASSPHRASE, expected: 'header-invalid' },
      { name: 'unknown cipher', bytes: withHeader(encrypted, (h) => ({ ...h, encryption: { ...(h['encryption'] as object), algorithm: 'ROT13' } })), passphrase: PASSPHRASE, expected: 'header-invalid' },
      { name: 'payload longer than said', bytes: withHeader(plain, (h) => ({ ...h, payloadBytes: 10 })), passphrase: null, expected: 'header-invalid' },
      { name: 'wrong checksum', bytes: withHeader(plain, (h) => ({ ...h, checksum: '0'.repeat(64) })), passphrase: null, expected: 'checksum-mismatch' },
      { name: 'wrong passphrase', bytes: encrypted, passphrase: 'incorrect', expected: 'passphrase-wrong' },
      { name: 'passphrase with a different accent', bytes: encrypted, passphrase: 'correct horse battery stáple', expected: 'passphrase-wrong' },
      { name: 'no passphrase', bytes: encrypted, passphrase: null, expected: 'passphrase-required' },
      { name: 'empty passphrase', bytes: encrypted, passphrase: '', expected: 'passphrase-required' },
      // '=' in the middle of the salt or IV: not base64, the decoder would throw.
      { name: 'IV with = in the middle', bytes: withHeader(encrypted, (h) => ({ ...h, encryption: { ...(h['encryption'] as object), iv: 'AAAA=AAAAAAAAAAA' } })), passphrase: PASSPHRASE, expected: 'header-invalid' },
      { name: 'salt with = in the middle', bytes: withHeader(encrypted, (h) => ({ ...h, encryption: { ...(h['encryption'] as object), salt: 'AAAAAAAA=AAAAAAAAAAAAAAA' } })), passphrase: PASSPHRASE, expected: 'header-invalid' },
    ];
    // Truncated at ten places, header and payload.
    for (const cut of [9, 11, 20, 100, headerEnd(plain) - 1, headerEnd(plain) + 1, headerEnd(plain) + 500, plain.length - 1000, plain.length - 10, plain.length - 1]) {
      cases.push({ name: `plain truncated at ${cut}`, bytes: plain.slice(0, cut), passphrase: null, expected: cut < 12 ? 'not-a-backup' : cut < headerEnd(plain) ? 'truncated' : 'truncated' });
    }
    cases.push({ name: 'encrypted truncated', bytes: encrypted.slice(0, encrypted.length - 5), passphrase: PASSPHRASE, expected: 'truncated' });
    // Bit flips in the payload, plain and encrypted.
    for (const offset of [0, 17, 250, 1024, 4096]) {
      cases.push({ name: `plain flipped at payload+${offset}`, bytes: flip(plain, headerEnd(plain) + offset), passphrase: null, expected: 'checksum-mismatch' });
      cases.push({ name: `encrypted flipped at payload+${offset}`, bytes: flip(encrypted, headerEnd(encrypted) + offset), passphrase: PASSPHRASE, expected: 'passphrase-wrong' });
    }
    cases.push({ name: 'encrypted flipped in the last byte (tag)', bytes: flip(encrypted, encrypted.length - 1), passphrase: PASSPHRASE, expected: 'passphrase-wrong' });
    // Well-sealed files with bad records.
    const bad: [string, BackupErrorCode, (payload: Parameters<Parameters<typeof withPayload>[0]>[0]) => void][] = [
      ['payload not Dexie export', 'payload-invalid', (p) => ((p as unknown as Record<string, unknown>)['formatName'] = 'x')],
      ['person without name', 'record-invalid', (p) => (table(p, 'people')[0]!['name'] = '')],
      ['person name too long', 'record-invalid', (p) => (table(p, 'people')[0]!['name'] = 'x'.repeat(500))],
      ['person with impossible date', 'record-invalid', (p) => (table(p, 'people')[0]!['cycleStart'] = '2025-02-30')],
      ['person with a number for a name', 'record-invalid', (p) => (table(p, 'people')[0]!['name'] = 42)],
      ['person with an empty class history', 'record-invalid', (p) => (table(p, 'people')[0]!['classHistory'] = [])],
      ['person with script in its class', 'record-invalid', (p) => (table(p, 'people')[0]!['classHistory'] = [{ classId: '<script>', from: '2020-01-01' }])],
      ['review with level 9', 'record-invalid', (p) => ((table(p, 'reviews')[0]!['ratings'] as Record<string, unknown>)['communiquer'] = { observed: { kind: 'level', level: 9 }, evidence: '' })],
      ['review with an unknown status', 'record-invalid', (p) => (table(p, 'reviews')[0]!['status'] = 'approuvée')],
      ['review with huge evidence', 'record-invalid', (p) => ((table(p, 'reviews')[0]!['ratings'] as Record<string, unknown>)['communiquer'] = { observed: null, evidence: 'x'.repeat(200_001) })],
      ['review of an unknown person', 'record-invalid', (p) => (table(p, 'reviews')[0]!['personId'] = 'nobody')],
      ['review with a bad hash', 'record-invalid', (p) => (table(p, 'reviews')[0]!['contentHash'] = 'not-a-hash')],
      ['two people with one id', 'duplicate-id', (p) => table(p, 'people').push({ ...table(p, 'people')[0]! })],
      ['a person id no address can open', 'record-invalid', (p) => {
        const person = table(p, 'people')[0]!;
        for (const review of table(p, 'reviews')) if (review['personId'] === person['id']) review['personId'] = '../x y';
        person['id'] = '../x y';
      }],
      ['a name with a right-to-left override', 'record-invalid', (p) => (table(p, 'people')[0]!['name'] = 'Dupont \u202eetnoD')],
      ['a service with a NUL byte', 'record-invalid', (p) => (table(p, 'people')[0]!['service'] = 'Accueil\u0000')],
      ['evidence with a lone surrogate', 'record-invalid', (p) => ((table(p, 'reviews')[0]!['ratings'] as Record<string, unknown>)['communiquer'] = { observed: null, evidence: 'moitié \ud83d' })],
      ['a setting nested 5,000 levels deep', 'too-deep', (p) => table(p, 'settings').push({ key: 'profond', value: '__DEEP__' })],
      ['a second review of one person’s cycle under another id', 'duplicate-review', (p) => {
        const reviews = table(p, 'reviews');
        reviews.push({ ...reviews[0]!, id: 'autre-evaluation' });
      }],
      ['one person missing', 'counts-mismatch', (p) => table(p, 'people').pop()],
      // The checksum is recomputed, so only the seal can tell.
      ['a finalised review with its comment rewritten', 'seal-broken', (p) => (table(p, 'reviews').find((r) => r['contentHash'])!['evaluatorComment'] = 'réécrit')],
      ['a finalised review with a rating changed', 'seal-broken', (p) => (table(p, 'reviews').find((r) => r['contentHash'])!['ratings'] = {})],
    ];
    // The header of an encrypted backup is authenticated with its payload (AES-GCM additional data).
    for (const [name, change] of [
      ['date', (h: Record<string, unknown>) => ({ ...h, createdAt: '2020-01-01T00:00:00.000Z' })],
      ['app version', (h: Record<string, unknown>) => ({ ...h, appVersion: '9.9.9' })],
      ['counts', (h: Record<string, unknown>) => ({ ...h, counts: { ...(h['counts'] as object), settings: 7 } })],
    ] as const) {
      cases.push({ name: `encrypted with its header's ${name} edited`, bytes: withHeader(encrypted, change), passphrase: PASSPHRASE, expected: 'passphrase-wrong' });
    }
    for (const [name, expected, change] of bad) cases.push({ name, bytes: await withPayload(change), passphrase: null, expected });

    expect(cases.length).toBeGreaterThanOrEqual(50);
    const before = await snapshot(db);
    for (const testCase of cases) {
      for (const mode of ['replace', 'merge'] as const) {
        const result = await restoreFromFile(db, testCase.bytes, testCase.passphrase, mode);
        expect({ name: testCase.name, result }).toMatchObject({ name: testCase.name, result: { ok: false, error: { code: testCase.expected } } });
        expect(fr.backup.errors[testCase.expected]).toMatch(/\S/);
        if (testCase.expected !== 'passphrase-wrong' && testCase.expected !== 'passphrase-required') break;
      }
    }
    expect(await snapshot(db)).toEqual(before);
  });
});
