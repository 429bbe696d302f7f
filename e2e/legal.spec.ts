import { expect, test } from './fixtures';

const TODAY = new Date('2026-11-26T10:00:00+01:00');

test.describe('Paramètres: evaluator, appeal notice and the calendar of days off', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('the evaluator’s profile saves itself and comes back after a reload', async ({ page, outsideRequests, consoleErrors, seriousA11yViolations }) => {
    void outsideRequests;
    void consoleErrors;
    await page.goto('/#/parametres');
    await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
    await page.getByRole('radio', { name: 'Chef fonctionnel (par délégation)' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Nom de l’évaluateur')).toHaveValue('Sophie Lemaire');
    await expect(page.getByRole('radio', { name: 'Chef fonctionnel (par délégation)' })).toBeChecked();
    expect(await seriousA11yViolations()).toEqual([]);
  });

  test('the calendar lists each day off with its reason; a day can be removed, restored and added', async ({ page, outsideRequests, consoleErrors }) => {
    void outsideRequests;
    void consoleErrors;
    await page.goto('/#/parametres');
    await page.getByLabel('Année').selectOption('2026');
    const table = page.getByRole('table', { name: 'Calendrier des jours de congé 2026' });
    const row = (date: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`${date.replaceAll('/', '\\/')}$`) }) });
    await expect(row('15/05/2026')).toContainText('Pont : Ascension le jeudi 14/05/2026');
    await expect(row('15/05/2026')).toContainText('au-delà de deux ponts');
    await expect(row('02/11/2026')).toContainText('Jour de congé réglementaire');
    await expect(row('28/12/2026')).toContainText('Compensation : Assomption (samedi 15/08/2026)');
    await expect(row('21/07/2026')).toContainText('Jour férié légal');
    await expect(table.getByRole('row')).toHaveCount(1 + 13 + 2 + 3);

    await page.getByRole('button', { name: 'Retirer le 15/05/2026' }).click();
    await expect(page.getByRole('button', { name: 'Rétablir le 15/05/2026' })).toBeVisible();
    await expect(row('15/05/2026')).toContainText('retiré');

    await page.getByLabel('Jour à ajouter').fill('30/02/2027');
    await page.getByLabel('Motif du jour ajouté').fill('Fermeture');
    await page.getByRole('button', { name: 'Ajouter le jour' }).click();
    await expect(page.getByText('Date invalide : utilisez le format jj/mm/aaaa.')).toBeVisible();
    await page.getByLabel('Jour à ajouter').fill('15/02/2027');
    await page.getByLabel('Motif du jour ajouté').fill('');
    await page.getByRole('button', { name: 'Ajouter le jour' }).click();
    await expect(page.getByText('Indiquez le motif du jour de congé.')).toBeVisible();
    await page.getByLabel('Motif du jour ajouté').fill('Fermeture du bâtiment');
    await page.getByRole('button', { name: 'Ajouter le jour' }).click();
    const table2027 = page.getByRole('table', { name: 'Calendrier des jours de congé 2027' });
    await expect(table2027.getByRole('row').filter({ hasText: '15/02/2027' })).toContainText('Ajouté par l’organisation');

    await page.reload();
    await page.getByLabel('Année').selectOption('2026');
    await expect(page.getByRole('button', { name: 'Rétablir le 15/05/2026' })).toBeVisible();
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('jalon');
        request.onsuccess = () => resolve(request.result);
      });
      const value = await new Promise<unknown>((resolve) => {
        const read = db.transaction('settings').objectStore('settings').get('calendar');
        read.onsuccess = () => resolve(read.result);
      });
      db.close();
      return value;
    });
    expect(stored).toEqual({ key: 'calendar', value: { workingWeek: 'mon-fri', removed: ['2026-05-15'], extra: [{ date: '2027-02-15', reason: 'Fermeture du bâtiment' }] } });
  });

  test('the appeal notice’s wording and bodies are editable, and refused empty', async ({ page, outsideRequests, consoleErrors }) => {
    void outsideRequests;
    void consoleErrors;
    await page.goto('/#/parametres');
    await expect(page.getByText('Destinataire du recours : le fonctionnaire dirigeant.')).toBeVisible();
    await page.getByLabel('Destinataire du recours').fill('');
    await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
    await page.getByLabel('Destinataire du recours').fill('la présidente du comité de direction');
    await page.getByLabel('Instance qui examine le recours').fill('la chambre francophone de la commission d’évaluation');
    await expect(page.getByText('Destinataire du recours : la présidente du comité de direction.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Instance qui examine le recours')).toHaveValue('la chambre francophone de la commission d’évaluation');
  });
});
