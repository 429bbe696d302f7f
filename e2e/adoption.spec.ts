import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PersonPage, TeamPage } from './pages/team-pages';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
});

test('adopting existing staff: past evaluations come with the CSV, a past cycle is marked « évalué hors Jalon », and each counts in the history, the progression and the « insuffisant » window', async ({
  page,
  seriousA11yViolations,
}, testInfo) => {
  const csv = testInfo.outputPath('rh.csv');
  writeFileSync(
    csv,
    '\uFEFFNom;Matricule;Classe;Début du cycle;Évaluations antérieures\r\n' +
      'Léa Dubois;L1;C;01/01/2024;"18/12/2020 à améliorer; 20/12/2024 insuffisant"\r\n' +
      'Jan Claes;J1;B;01/12/2025;20/11/2026 sans mention\r\n' +
      'Anne Martin;A1;B;01/01/2024;18/12/2023 à améliorer\r\n',
  );
  await page.goto('/#/donnees');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier CSV' }).click();
  await (await chooser).setFiles(csv);
  const preview = page.getByRole('region', { name: /^Aperçu/ });
  // 18/12/2023 closes the cycle 01/01/2023–31/12/2023, begun under the 2022 decree: « à améliorer » no longer exists.
  await expect(preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '4', exact: true }) })).toContainText(
    'Évaluations antérieures (date et mention, séparées par « ; »)\u00a0: Choisissez une mention des règles en vigueur au début de ce cycle.',
  );
  await page.getByRole('button', { name: 'Importer les 2 lignes valides' }).click();
  await expect(page.getByText('2 personnes importées.')).toBeVisible();

  // Jan Claes’s cycle to review (01/12/2025–30/11/2026) was evaluated outside Jalon: not to do, not overdue.
  const team = new TeamPage(page);
  await team.open();
  await expect(team.row('Jan Claes')).toContainText('évalué hors Jalon');
  await expect(team.row('Léa Dubois')).toContainText('pas commencée');

  await page.getByRole('link', { name: 'Léa Dubois' }).click();
  const person = new PersonPage(page);
  await person.waitFor('Léa Dubois');
  await expect(person.cycleRow(1)).toContainText('évalué hors Jalon');
  await expect(person.cycleRow(1)).toContainText('Évalué hors Jalon le 20/12/2024\u00a0: insuffisant');
  // Cycle 2 (2025) ended eleven months ago with no review: overdue, until it is recorded.
  await expect(person.cycleRow(2)).toContainText('en retard');
  const record = page.getByRole('region', { name: 'Mentions « insuffisant »' });
  await expect(record).toContainText('Une mention « insuffisant », le 20/12/2024');
  await expect(record).toContainText('une nouvelle mention jusqu’au 19/12/2028 inclus serait la deuxième en quatre ans');

  const outside = page.getByRole('region', { name: 'Évaluations hors Jalon' });
  await expect(outside.getByRole('row', { name: /01\/01\/2020/ })).toContainText('à améliorer');
  const form = outside.getByRole('form', { name: 'Enregistrer l’évaluation hors Jalon' });
  await form.getByLabel('Cycle évalué').selectOption({ label: 'Cycle du 01/01/2025 au 31/12/2025 (arrêté royal du 14 janvier 2022)' });
  // Only the mentions of the rules in force when that cycle began.
  await expect(form.getByLabel('Mention selon les règles de l’époque').getByRole('option')).toHaveText(['—', 'sans mention (répond aux attentes)', 'insuffisant']);
  await form.getByLabel('Date de l’évaluation').fill('31/12/2024');
  await form.getByLabel('Mention selon les règles de l’époque').selectOption({ label: 'sans mention (répond aux attentes)' });
  await form.getByRole('button', { name: 'Enregistrer l’évaluation hors Jalon' }).click();
  await expect(form.getByText('L’évaluation ne peut pas précéder le début du cycle évalué.')).toBeVisible();
  await form.getByLabel('Date de l’évaluation').fill('15/01/2026');
  await form.getByLabel('Note (facultative)').fill('Rapport papier classé au dossier.');
  await form.getByRole('button', { name: 'Enregistrer l’évaluation hors Jalon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cycle du 01/01/2025 au 31/12/2025 enregistré comme évalué hors Jalon.' })).toBeVisible();
  await expect(person.cycleRow(2)).toContainText('évalué hors Jalon');
  await expect(person.cycleRow(2)).not.toContainText('en retard');
  // The same cycle cannot be marked twice: it is no longer offered.
  await expect(form.getByLabel('Cycle évalué').getByRole('option', { name: /01\/01\/2025 au 31\/12\/2025/ })).toHaveCount(0);
  expect(await seriousA11yViolations()).toEqual([]);

  // After a reload, the record is still there, and in the progression.
  await page.reload();
  await expect(person.cycleRow(2)).toContainText('Évalué hors Jalon le 15/01/2026\u00a0: sans mention');
  await page.getByRole('link', { name: 'Voir la progression' }).click();
  const history = page.getByRole('region', { name: 'Évaluations hors Jalon (sans niveaux par compétence)' });
  await expect(history.getByRole('listitem')).toHaveText([
    'du 01/01/2020 au 31/12/2020\u00a0: Évalué hors Jalon le 18/12/2020\u00a0: à améliorer',
    'du 01/01/2024 au 31/12/2024\u00a0: Évalué hors Jalon le 20/12/2024\u00a0: insuffisant',
    'du 01/01/2025 au 31/12/2025\u00a0: Évalué hors Jalon le 15/01/2026\u00a0: sans mention (répond aux attentes)',
  ]);
  await expect(page.getByRole('region', { name: 'Mentions « insuffisant »' })).toContainText('Une mention « insuffisant », le 20/12/2024');
  expect(await seriousA11yViolations()).toEqual([]);

  // Removing a mistaken record makes the cycle overdue again.
  await page.goBack();
  await page.getByRole('button', { name: 'Retirer l’évaluation hors Jalon du cycle du 01/01/2025 au 31/12/2025' }).click();
  await expect(person.cycleRow(2)).toContainText('en retard');

  // Deleting the person names what is kept with them, then nothing of it is left.
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Avec la fiche\u00a0: 0 entretien, 0 période de remédiation, 2 évaluations hors Jalon.');
  await dialog.getByRole('button', { name: 'Oui, tout supprimer' }).click();
  await expect(page.getByText('Les données de Léa Dubois ont été supprimées.')).toBeVisible();
  const left = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
    });
    const rows = await new Promise<unknown[]>((resolve) => {
      const read = db.transaction('people').objectStore('people').getAll();
      read.onsuccess = () => resolve(read.result as unknown[]);
    });
    db.close();
    return JSON.stringify(rows);
  });
  expect(left).not.toContain('Léa Dubois');
  expect(left).not.toContain('2020-12-18');
});
