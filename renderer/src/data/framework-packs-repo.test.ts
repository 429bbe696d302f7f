import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../../../shared/framework';
import { JalonDb } from './db';
import { importPack, listPacks, removePack } from './framework-packs-repo';
import { createPerson } from './people-repo';
import { startReview } from './reviews-repo';

const pack = {
  format: 'jalon-framework-texts',
  formatVersion: 1,
  framework: CURRENT_FRAMEWORK.version,
  language: 'nl',
  source: 'HR (test)',
  version: '1',
  status: 'official',
  texts: { 'competency.communiquer.name': 'Communiceren (test)' },
};

let db: JalonDb;
let counter = 0;
beforeEach(async () => {
  db = new JalonDb(`packs-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('framework packs in the database', () => {
  it('stores a valid pack, lists it with its source, and removes it', async () => {
    const result = await importPack(JSON.stringify(pack), db);
    expect(result.ok).toBe(true);
    const listed = await listPacks(db);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ language: 'nl', source: 'HR (test)', version: '1', texts: pack.texts });
    await removePack(listed[0]!.id, db);
    expect(await listPacks(db)).toEqual([]);
  });

  it('refuses an invalid pack or a second copy, and writes nothing', async () => {
    const before = await db.settings.count();
    expect(await importPack(JSON.stringify({ ...pack, texts: { 'competency.x.name': 'X' } }), db)).toEqual({ ok: false, error: { code: 'unknown-key', key: 'competency.x.name' } });
    expect(await db.settings.count()).toBe(before);
    await importPack(JSON.stringify(pack), db);
    expect(await importPack(JSON.stringify(pack), db)).toEqual({ ok: false, error: { code: 'duplicate' } });
    expect(await db.settings.count()).toBe(before + 1);
  });
});

describe('reviews record the pack their texts came from', () => {
  it('keeps the pack, its texts and the language in a review started for a Dutch-speaking person, even after the pack is removed', async () => {
    await importPack(JSON.stringify(pack), db);
    const person = await createPerson(db, {
      name: 'An Janssens',
      staffNumber: '',
      classId: 'B',
      classFrom: '2024-01-01',
      employment: 'statutaire',
      limitedLeadership: false,
      service: '',
      notes: '',
      cycleStart: '2024-01-01',
      language: 'nl',
    });
    if (!person.ok) throw new Error('person refused');
    const started = await startReview(db, person.value, 0, '2024-12-01');
    if (!started.ok) throw new Error('review refused');
    const expected = {
      language: 'nl',
      packs: [{ id: (await listPacks(db))[0]!.id, source: 'HR (test)', version: '1', status: 'official' }],
      texts: { 'competency.communiquer.name': 'Communiceren (test)' },
    };
    expect((await db.reviews.get(started.value))?.frameworkTexts).toEqual(expected);
    await removePack(expected.packs[0]!.id, db);
    expect((await db.reviews.get(started.value))?.frameworkTexts).toEqual(expected);
  });
});
