import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-pages';

test('a stored row that cannot be read is named by id, and the screens around it keep working', async ({ page }) => {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Léa Dubois', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  await page.getByRole('heading', { level: 1, name: 'Léa Dubois' }).waitFor();

  // Another program (or an old bug) leaves a person whose class history is not a list.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
    });
    const [stored] = await new Promise<Record<string, unknown>[]>((resolve) => {
      const request = db.transaction('people').objectStore('people').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const transaction = db.transaction('people', 'readwrite');
      transaction.objectStore('people').put({ ...stored, id: 'fiche-abimee', name: 'Abîmée', classHistory: 'C' });
      transaction.oncomplete = () => resolve();
    });
    db.close();
  });

  await page.reload();
  await team.open();
  const notice = page.getByRole('alert').filter({ hasText: 'Des données enregistrées ne peuvent pas être lues' });
  await expect(notice).toContainText('personne « fiche-abimee » (champ classHistory)');
  await expect(team.row('Léa Dubois')).toBeVisible();
  await expect(team.row('Abîmée')).toHaveCount(0);

  // Its own page says it is not found, it does not crash.
  await page.goto('/#/personne/fiche-abimee');
  await expect(page.getByRole('alert').filter({ hasText: 'Cette personne n’existe pas ou a été supprimée.' })).toBeVisible();
  await expect(notice).toBeVisible();
});
