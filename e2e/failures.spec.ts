import type { Page } from '@playwright/test';
import { printReadyScript } from '../electron/pdf';
import { expect, test } from './fixtures';
import { upgradeAsNewerJalon } from './stored';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

test('another window upgrading the schema: this one lets go and says so, nothing lost', async ({ page, context }) => {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Léa Dubois', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });

  // A newer Jalon, opened in another tab, asks for a higher schema version.
  const other = await context.newPage();
  await other.goto('/icon.svg');
  expect(await upgradeAsNewerJalon(other, 10_000)).toBe(true);
  await expect(page.getByRole('alert')).toContainText('Jalon a été mis à jour dans une autre fenêtre');
  const people = await other.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('jalon');
        request.onsuccess = () => {
          const count = request.result.transaction('people').objectStore('people').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(people).toBe(1);
});

test('IndexedDB unavailable: a clear message, no empty app', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Jalon ne peut pas ouvrir sa base de données sur cet ordinateur');
  await expect(page.getByRole('heading', { name: 'Équipe' })).toHaveCount(0);
  // A print view in this state tells the desktop export at once, instead of letting it wait for its timeout.
  expect(await page.evaluate(printReadyScript(60_000))).toBe('failed');
});

test('storage full while rating: a clear message, the last saved state intact, the edit kept on screen', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Jan Claes', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Jan Claes');
  await person.openReview(2);
  const review = new ReviewPage(page);
  await review.card('Communiquer').focus();
  await page.keyboard.press('1');
  await review.waitSaved();
  // « Enregistré » was already shown before this press: wait for the rating itself to be stored.
  await expect.poll(() => storedRatings(page)).toEqual(['communiquer']);

  // From now on the disk is full.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (this.name === 'reviews') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await review.card('Collaborer').focus();
  await page.keyboard.press('0');
  await expect(review.saveState).toContainText('L’espace de stockage de l’ordinateur est plein');
  await expect(review.card('Collaborer').getByRole('radio', { name: 'En dessous du niveau 1' })).toBeChecked();
  expect(await storedRatings(page)).toEqual(['communiquer']);
});

/** The competencies rated in the one stored review, read straight from IndexedDB. */
function storedRatings(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
    });
    const reviews = await new Promise<{ ratings: Record<string, { observed: { kind: string } | null }> }[]>((resolve) => {
      const request = db.transaction('reviews').objectStore('reviews').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return Object.keys(reviews[0]?.ratings ?? {});
  });
}

test.describe('a screen whose code cannot be loaded (Jalon updated while open, a damaged install)', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource|dynamically imported module|ReferentielScreen|a screen failed to draw/] });

  test('says so in its place; the menu, the other screens and a reload still work', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open();
    await page.route(/\/assets\/ReferentielScreen-[^/]*\.js$/, (route) => route.abort('failed'));
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Référentiel' }).click();
    await expect(page.getByRole('alert')).toContainText('Cet écran n’a pas pu s’afficher');
    await expect(page.getByRole('alert')).toContainText('Vos données ne sont pas touchées');

    // The rest of the app is still there: another screen draws.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Équipe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Équipe' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Once the code can be had again, the message's button brings the screen back.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Référentiel' }).click();
    await expect(page.getByRole('alert')).toContainText('Cet écran n’a pas pu s’afficher');
    await page.unroute(/\/assets\/ReferentielScreen-[^/]*\.js$/);
    await page.getByRole('button', { name: 'Recharger' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Référentiel', exact: true })).toBeVisible();
  });
});
