import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-pages';

test('a hand-over date changed outside Jalon: the review and the Données report both say what changed', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  await page.goto('/#/parametres');
  await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();
  const team = new TeamPage(page);
  await team.open();
  const review = await team.addPersonAndOpenReview({ name: 'Léa Dubois', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' }, 2);
  // Class C expects level 1 everywhere: rated at the expected level, no evidence is needed.
  await review.rateAll(Array.from({ length: 10 }, () => '1'));
  await page.getByLabel('Raison de l’absence d’objectif dans le bilan').fill('Premier cycle : aucun objectif planifié.');
  await review.waitSaved();
  await review.finalise();
  await expect(page.getByText('Statut : finalisée')).toBeVisible();
  await page.getByLabel('Date de remise du rapport au membre du personnel').fill('26/11/2026');
  await page.getByRole('button', { name: 'Enregistrer la remise' }).click();
  await expect(page.getByText('Statut : remise')).toBeVisible();
  const reviewUrl = page.url();

  await page.goto('/#/donnees');
  await page.getByRole('button', { name: 'Vérifier toutes les évaluations finalisées' }).click();
  await expect(page.getByRole('status', { name: 'Rapport d’intégrité' })).toContainText('Évaluations vérifiées : 1 ; intactes : 1 ; modifiées hors de Jalon : 0.');

  // Another program moves the hand-over date (and so the appeal deadline) straight in IndexedDB.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
    });
    const store = () => db.transaction('reviews', 'readwrite').objectStore('reviews');
    const [stored] = await new Promise<{ handedOverOn: string }[]>((resolve) => {
      const request = store().getAll();
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise((resolve) => {
      const request = store().put({ ...stored, handedOverOn: '2026-12-20' });
      request.onsuccess = resolve;
    });
    db.close();
  });

  await page.getByRole('button', { name: 'Vérifier toutes les évaluations finalisées' }).click();
  const report = page.getByRole('alert', { name: 'Rapport d’intégrité' });
  await expect(report).toContainText('Évaluations vérifiées : 1 ; intactes : 0 ; modifiées hors de Jalon : 1.');
  await expect(report).toContainText('Léa Dubois, cycle du 01/01/2026 au 31/12/2026');
  await expect(report).toContainText('la date de remise');

  await page.goto(reviewUrl);
  await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ne correspond plus à ce qui a été scellé' })).toContainText('la date de remise');
});
