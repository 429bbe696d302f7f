import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateTeam } from '../../../shared/example/generate';
import { checkCsvRows, suggestMapping } from '../../../shared/people/csv-rows';
import { importPeople, parseCsv } from './csv-import';
import { JalonDb } from './db';
import { deletePersonEverywhere, deletionSummary } from './deletion-repo';
import { bulkLoad } from './example-repo';
import { addReviewAddendum, saveReviewContent } from './reviews-repo';

let db: JalonDb;
let counter = 0;
beforeEach(async () => {
  db = new JalonDb(`safety-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const encoder = new TextEncoder();

describe('deleting a person', () => {
  it('names what will go, then removes every trace, finalised reviews and addenda included, and nobody else', async () => {
    const team = generateTeam({ size: 3, seed: 4, today: '2026-11-26', years: 3 });
    const followed = {
      ...team.people[0]!,
      interviews: [{ id: 'interview-1', kind: 'fonctionnement' as const, date: '2026-03-02', reason: 'libre' as const, notes: 'Notes', objectives: [], recordedAt: 'x' }],
      outsideEvaluations: [{ id: 'outside-1', cycleIndex: -1, date: '2023-12-15', mention: 'none' as const, note: '', recordedAt: 'x' }],
    };
    await bulkLoad(db, [followed, ...team.people.slice(1)], team.reviews);
    const [target, other] = team.people;
    const draft = (await db.reviews.where('personId').equals(target!.id).toArray()).find((review) => !review.contentHash)!;
    await saveReviewContent(db, draft);
    const locked = (await db.reviews.where('personId').equals(target!.id).toArray()).find((review) => review.contentHash)!;
    await addReviewAddendum(db, locked.id, { date: '2026-11-26', reason: 'Coquille', text: 'x' });

    const summary = await deletionSummary(db, target!.id);
    expect(summary).toMatchObject({ name: target!.name, reviews: team.reviews.filter((review) => review.personId === target!.id).length, addenda: 1, interviews: 1, remediations: 0, outside: 1 });
    expect(summary!.locked).toBeGreaterThan(0);
    expect(summary!.audit).toBeGreaterThanOrEqual(summary!.reviews);

    const othersBefore = await db.reviews.where('personId').equals(other!.id).count();
    await deletePersonEverywhere(db, target!.id);
    expect(await db.people.get(target!.id)).toBeUndefined();
    expect(await db.reviews.where('personId').equals(target!.id).count()).toBe(0);
    expect(await db.reviewSummaries.where('personId').equals(target!.id).count()).toBe(0);
    expect(await db.reviews.where('personId').equals(other!.id).count()).toBe(othersBefore);
  });
});

describe('deleting a person: the journal and the development plan (issue 16)', () => {
  it('counts their notes and plan actions, and removes them with the person, nobody else\'s', async () => {
    const team = generateTeam({ size: 3, seed: 4, today: '2026-11-26', years: 3, notesPerYear: 30 });
    await bulkLoad(db, team.people, team.reviews, team.journalNotes, team.planActions);
    const [target, other] = team.people;
    const theirs = (rows: { personId: string }[], id: string) => rows.filter((row) => row.personId === id).length;
    expect(await deletionSummary(db, target!.id)).toMatchObject({ journalNotes: theirs(team.journalNotes, target!.id), planActions: theirs(team.planActions, target!.id) });
    expect(theirs(team.journalNotes, target!.id)).toBeGreaterThan(0);
    await deletePersonEverywhere(db, target!.id);
    expect(await db.journalNotes.where('personId').equals(target!.id).count()).toBe(0);
    expect(await db.planActions.where('personId').equals(target!.id).count()).toBe(0);
    expect(await db.journalNotes.where('personId').equals(other!.id).count()).toBe(theirs(team.journalNotes, other!.id));
    expect(await db.planActions.where('personId').equals(other!.id).count()).toBe(theirs(team.planActions, other!.id));
  });
});

describe('CSV import of case handlers', () => {
  it('reads UTF-8 with or without a BOM, with semicolons or commas', () => {
    const semicolon = parseCsv(encoder.encode('\uFEFFNom;Classe\r\n"Zoë; Ünal";C\r\n'));
    expect(semicolon).toEqual({ ok: true, value: { headers: ['Nom', 'Classe'], rows: [['Zoë; Ünal', 'C']], lines: [2], delimiter: ';' } });
    expect(parseCsv(encoder.encode('Nom,Classe\nJan Claes,B\n'))).toMatchObject({ ok: true, value: { rows: [['Jan Claes', 'B']], delimiter: ',' } });
  });

  it('refuses a file that is not UTF-8, an empty one, one without header, and a huge one', () => {
    const latin1 = new Uint8Array([0x4e, 0x6f, 0x6d, 0x3b, 0x43, 0x0a, 0x5a, 0x6f, 0xeb, 0x3b, 0x43, 0x0a]); // "Zoë" in Latin-1
    expect(parseCsv(latin1)).toEqual({ ok: false, error: { code: 'encoding' } });
    expect(parseCsv(encoder.encode(''))).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseCsv(encoder.encode('Nom;Classe\n'))).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseCsv(encoder.encode('Dupont;C;01/01/2020\n'))).toEqual({ ok: false, error: { code: 'no-header' } });
    expect(parseCsv(new Uint8Array(6 * 1024 * 1024))).toEqual({ ok: false, error: { code: 'csv-too-large' } });
  });

  it('imports all the valid rows in one transaction, or nothing when the data changed meanwhile', async () => {
    const parsed = parseCsv(encoder.encode('Nom;Matricule;Classe\nZoë Ünal;Z1;C\nJan Claes;J1;B\n'));
    if (!parsed.ok) throw new Error('parse');
    const checked = checkCsvRows(parsed.value.rows, suggestMapping(parsed.value.headers), [], '2026-01-01');
    expect(checked.valid).toHaveLength(2);
    // Someone took J1 in the meantime: nothing at all is imported.
    await db.people.add({ ...generateTeam({ size: 1, seed: 1, today: '2026-11-26', years: 1 }).people[0]!, staffNumber: 'J1' });
    expect(await importPeople(db, checked.valid.map((row) => row.draft))).toEqual({ ok: false, error: { code: 'changed-meanwhile' } });
    expect(await db.people.count()).toBe(1);
    await db.people.clear();
    expect(await importPeople(db, checked.valid.map((row) => row.draft))).toEqual({ ok: true, value: 2 });
    expect((await db.people.toArray()).map((person) => [person.name, person.classHistory[0]!.classId]).sort()).toEqual([
      ['Jan Claes', 'B'],
      ['Zoë Ünal', 'C'],
    ]);
  });

  it('imports past evaluations as cycles « évalué hors Jalon », kept on the person through a read', async () => {
    const parsed = parseCsv(encoder.encode('Nom;Classe;Début du cycle;Évaluations antérieures\nZoë Ünal;C;01/03/2023;"15/12/2020 à améliorer; 10/02/2023 insuffisant"\n'));
    if (!parsed.ok) throw new Error('parse');
    const checked = checkCsvRows(parsed.value.rows, suggestMapping(parsed.value.headers), [], '2026-01-01', parsed.value.lines, '2026-12-03');
    expect(checked.errors).toEqual([]);
    await db.people.clear();
    expect(await importPeople(db, checked.valid.map((row) => row.draft), checked.valid.map((row) => row.outside))).toEqual({ ok: true, value: 1 });
    const [person] = await db.people.toArray();
    expect(person!.outsideEvaluations?.map((entry) => [entry.cycleIndex, entry.date, entry.mention])).toEqual([
      [-3, '2020-12-15', 'a-ameliorer'],
      [-1, '2023-02-10', 'insuffisant'],
    ]);
  });
});
