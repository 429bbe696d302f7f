import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

/** Every record of every IndexedDB database of the origin (Jalon's, the safety copies', the keys'), as text, by `database/store`; and localStorage. */
function everythingStored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const texts: Record<string, string> = { localStorage: JSON.stringify({ ...localStorage }) };
    const decoder = new TextDecoder();
    const asText = (value: unknown): string =>
      value instanceof Uint8Array || value instanceof ArrayBuffer
        ? decoder.decode(value)
        : JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Uint8Array ? decoder.decode(inner) : inner));
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        texts[`${name}/${store}`] = rows.map(asText).join('\n');
      }
      db.close();
    }
    return texts;
  });
}

test('erasing a person leaves no trace in any database, store or safety copy, and says what it cannot reach', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  // A finalised review: its entry in the seal log names the person and the review too.
  await page.goto('/#/parametres');
  await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Léa Dubois-Effacée', staffNumber: 'ZX-98765', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Léa Dubois-Effacée');
  const personId = page.url().split('/').pop()!;
  await person.openReview(2);
  const reviewId = page.url().split('/').pop()!;
  const review = new ReviewPage(page);
  await (await review.openEvidence('Communiquer')).fill('Observation unique qui doit disparaître 7Q3');
  await review.waitSaved();
  // Class C expects level 1 everywhere: rated at the expected level.
  await review.rateAll(Array.from({ length: 10 }, () => '1'));
  await page.getByLabel('Raison de l’absence d’objectif dans le bilan').fill('Premier cycle : aucun objectif planifié.');
  await review.waitSaved();
  await review.finalise();
  await expect(page.getByText('Statut : finalisée')).toBeVisible();

  // A CSV import takes an automatic safety copy of everything first: it holds Léa.
  const csv = testInfo.outputPath('rh.csv');
  writeFileSync(csv, 'Nom;Classe;Classe depuis\r\nJan Claes;B;01/01/2020\r\n');
  await page.goto('/#/donnees');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier CSV' }).click();
  await (await chooser).setFiles(csv);
  await page.getByRole('button', { name: /^Importer (la|les 1) lignes? valides?$/ }).click();
  await expect(page.getByText('1 personne importée.')).toBeVisible();
  const traces = ['Léa Dubois-Effacée', 'ZX-98765', 'Observation unique qui doit disparaître 7Q3', personId, reviewId];
  // The team drawn once more: its first screenful, kept for the next start, names her.
  await team.open();
  await expect(page.getByRole('rowheader', { name: 'Léa Dubois-Effacée' })).toBeVisible();
  // It is kept when the browser is idle after drawing the team: not yet there with the row (a race CI lost once).
  await expect.poll(() => page.evaluate(() => localStorage.getItem('jalon.team.firstScreen') ?? '')).toContain('Léa Dubois-Effacée');
  const before = await everythingStored(page);
  expect(before['localStorage'], 'the team kept for the next start names her').toContain('Léa Dubois-Effacée');
  expect(before['jalon/sealLog'], 'the seal log names the review').toContain(reviewId);
  expect(before['jalon/sealLog'], 'the seal log names the person').toContain(personId);
  // The safety copy holds Léa (the dialog below says so: Jalon reads it), but encrypted at rest: nothing of her in the clear.
  expect(before['jalon-safety/backups']).toMatch(/import\.jalon/);
  for (const trace of traces) expect(before['jalon-safety/backups'], `safety copy at rest: ${trace}`).not.toContain(trace);

  await page.goto(`/#/personne/${personId}`);
  await person.waitFor('Léa Dubois-Effacée');
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('La copie de sécurité automatique qui contient cette personne sera supprimée aussi.');
  await expect(dialog).toContainText('les sauvegardes que vous avez enregistrées vous-même');
  await page.getByRole('button', { name: 'Oui, tout supprimer' }).click();
  await expect(page.getByRole('rowheader', { name: 'Jan Claes' })).toBeVisible();

  const after = await everythingStored(page);
  expect(Object.keys(after)).toEqual(expect.arrayContaining(['jalon/people', 'jalon/reviews', 'jalon/sealLog', 'jalon-safety/backups', 'jalon-keys/keys']));
  for (const [where, text] of Object.entries(after)) {
    for (const trace of traces) expect(text, `${where} after: ${trace}`).not.toContain(trace);
  }
  // Jan, who is not erased, is still there.
  expect(after['jalon/people']).toContain('Jan Claes');
});
