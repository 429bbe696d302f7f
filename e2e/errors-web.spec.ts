import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

/**
 * Failures a user can run into in web mode (issue 11), each said in French and
 * leaving what is stored as it was: a review locked under the screen (another
 * window finalised it, a restore replaced it) and a print dialog that does not open.
 */
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
});

/** The one stored review, read straight from IndexedDB. */
function storedReview(page: Page): Promise<{ status: string; finalisedAt: string | null; ratings: Record<string, { evidence: string }> }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const reviews = await new Promise<{ status: string; finalisedAt: string | null; ratings: Record<string, { evidence: string }> }[]>((resolve) => {
      const request = db.transaction('reviews').objectStore('reviews').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return reviews[0]!;
  });
}

async function reviewWithEvidence(page: Page, evidence: string): Promise<ReviewPage> {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Jan Claes', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Jan Claes');
  await person.openReview(2);
  const review = new ReviewPage(page);
  await (await review.openEvidence('Communiquer')).fill(evidence);
  await review.waitSaved();
  await expect.poll(async () => (await storedReview(page)).ratings['communiquer']?.evidence).toBe(evidence);
  return review;
}

test('a review finalised under the screen: the write is refused, said in French, and the stored review stays as it was', async ({ page }) => {
  const review = await reviewWithEvidence(page, 'Écrit avant la finalisation.');

  // Another window finalises the review behind this one's back (written straight into IndexedDB, as another tab's write lands).
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('reviews', 'readwrite');
      const store = transaction.objectStore('reviews');
      const all = store.getAll();
      all.onsuccess = () => {
        const [stored] = all.result as { status: string; finalisedAt: string | null }[];
        store.put({ ...stored, status: 'finalisee', finalisedAt: '2026-11-26T09:00:00.000Z' });
      };
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  });
  const before = await storedReview(page);

  await review.evidence('Communiquer').fill('Changé après la finalisation.');
  await expect(review.saveState).toHaveText('Cette évaluation est verrouillée\u00a0: elle ne peut plus être modifiée.');
  await expect(page.getByText(/locked|Error/)).toHaveCount(0);
  expect(await storedReview(page)).toEqual(before);
  expect(before.ratings['communiquer']?.evidence).toBe('Écrit avant la finalisation.');
});

test('a PDF export whose print dialog cannot open: a French message, nothing saved, the review unchanged', async ({ page, seriousA11yViolations }) => {
  // The browser refuses to print (a policy, a broken print service): window.print throws.
  await page.addInitScript(() => {
    window.print = () => {
      throw new Error('Printing is disabled by policy');
    };
  });
  await page.goto('/#/parametres');
  await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();
  await reviewWithEvidence(page, 'Analyse rigoureuse.');
  const before = await storedReview(page);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  await page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).click();
  await expect(page).toHaveURL(/\/impression\?imprimer=1$/);
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('La boîte d’impression n’a pas pu s’ouvrir\u00a0: aucun PDF n’a été enregistré. Réessayez avec le bouton «\u00a0Imprimer ou enregistrer en PDF\u00a0».');
  await expect(page.getByText('Printing is disabled')).toHaveCount(0);
  expect(await seriousA11yViolations()).toEqual([]);

  // Trying again says it again; nothing was downloaded and the stored review is as it was.
  await page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).click();
  await expect(alert).toBeVisible();
  expect(downloads).toEqual([]);
  expect(await storedReview(page)).toEqual(before);
});
