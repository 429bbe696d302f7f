import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { countStored, PERSON_STORES } from './stored';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';
import { choose, tick } from './controls';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
});

async function countPeople(page: Page): Promise<number> {
  const [people] = await countStored(page, ['people']);
  return people!;
}

/** Answers the next file chooser with `file`. */
async function chooseFile(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

test('an encrypted backup restores the data after it was removed; a damaged copy is refused and changes nothing', async ({ page, seriousA11yViolations }, testInfo) => {
  test.setTimeout(120_000);
  await new TeamPage(page).open();
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByText('12 gestionnaires de dossiers')).toBeVisible();

  await page.getByRole('link', { name: 'Données' }).click();
  // The screen loads on demand: check it once drawn, not its loading state.
  await page.getByRole('heading', { level: 1, name: 'Sauvegarde et restauration' }).waitFor();
  expect(await seriousA11yViolations()).toEqual([]);
  const backupForm = page.getByRole('form', { name: 'Créer une sauvegarde' });
  await backupForm.getByLabel('Phrase secrète', { exact: true }).fill('court');
  await backupForm.getByLabel('Répétez la phrase secrète').fill('court');
  await backupForm.getByRole('button', { name: 'Enregistrer la sauvegarde' }).click();
  await expect(page.getByRole('alert')).toHaveText('La phrase secrète doit compter au moins 10 caractères.');
  await backupForm.getByLabel('Phrase secrète', { exact: true }).fill('une phrase secrète de test');
  await backupForm.getByLabel('Répétez la phrase secrète').fill('une phrase secrète de test');
  const download = page.waitForEvent('download');
  await backupForm.getByRole('button', { name: 'Enregistrer la sauvegarde' }).click();
  const file = testInfo.outputPath('equipe.jalon');
  await (await download).saveAs(file);
  await expect(page.getByText(/Sauvegarde enregistrée/)).toBeVisible();
  expect(readFileSync(file).subarray(0, 8).toString()).toBe('JALONBK1');

  // A damaged copy: one byte changed in the middle.
  const damaged = testInfo.outputPath('abimee.jalon');
  const bytes = readFileSync(file);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = bytes[middle]! ^ 0xff;
  writeFileSync(damaged, bytes);
  await chooseFile(page, 'Choisir un fichier de sauvegarde', damaged);
  await page.getByLabel('Phrase secrète de la sauvegarde').fill('une phrase secrète de test');
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByRole('alert')).toContainText('Phrase secrète incorrecte, ou fichier altéré. Aucune donnée n’a été modifiée.');
  expect(await countPeople(page)).toBe(12);

  // Remove the team, then restore it from the sound file.
  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.getByRole('button', { name: 'Retirer l’équipe d’exemple' }).click();
  await page.getByRole('button', { name: 'Oui, retirer les données d’exemple' }).click();
  await expect(page.getByText('Aucun gestionnaire de dossiers pour l’instant.')).toBeVisible();
  await page.getByRole('link', { name: 'Données' }).click();
  await chooseFile(page, 'Choisir un fichier de sauvegarde', file);
  await page.getByLabel('Phrase secrète de la sauvegarde').fill('une phrase secrète de test');
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByText(/12 personnes, \d+ évaluations, 0 paramètres\. Le fichier est complet et intact\./)).toBeVisible();
  // Nothing is chosen for the user; replacing says what it will remove (issue 13).
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Restaurer maintenant' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choisissez d’abord que faire des données actuelles : les remplacer ou fusionner.');
  expect(await countPeople(page)).toBe(0);
  await expect(page.getByRole('radio', { name: /^Remplacer toutes les données/ })).toHaveAccessibleName(
    'Remplacer toutes les données actuelles par celles de la sauvegarde : 0 personne et 0 évaluation présentes maintenant dans Jalon seront supprimées (une copie de sécurité est faite avant)',
  );
  await choose(page.getByRole('radio', { name: /^Remplacer toutes les données/ }));
  await page.getByRole('button', { name: 'Restaurer maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restauration terminée' })).toContainText('12 personnes');
  expect(await countPeople(page)).toBe(12);
  // The safety copy made before the restore is listed at once, without a reload.
  await expect(page.getByRole('region', { name: 'Sauvegardes de sécurité automatiques' }).getByText(/avant une restauration/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/avant une restauration/)).toBeVisible();
  await page.getByRole('link', { name: 'Équipe' }).click();
  await expect(page.getByText('12 gestionnaires de dossiers')).toBeVisible();
});

test('an unencrypted backup is made only after an explicit warning', async ({ page }) => {
  await page.goto('/#/donnees');
  const backupForm = page.getByRole('form', { name: 'Créer une sauvegarde' });
  // A passphrase error goes once there is no passphrase to get wrong (issue 13).
  await backupForm.getByLabel('Phrase secrète', { exact: true }).fill('court');
  await backupForm.getByRole('button', { name: 'Enregistrer la sauvegarde' }).click();
  await expect(page.getByRole('alert')).toHaveText('La phrase secrète doit compter au moins 10 caractères.');
  await tick(backupForm.getByLabel('Créer une sauvegarde NON chiffrée'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await backupForm.getByRole('button', { name: 'Enregistrer la sauvegarde' }).click();
  await expect(page.getByRole('alert')).toContainText('une sauvegarde non chiffrée laisse lire les évaluations');
  await tick(backupForm.getByRole('checkbox', { name: /Je comprends/ }));
  const download = page.waitForEvent('download');
  await backupForm.getByRole('button', { name: 'Enregistrer la sauvegarde' }).click();
  expect((await download).suggestedFilename()).toMatch(/^jalon_sauvegarde_2026-11-26\.jalon$/);
});

test('a CSV from HR: mapping, preview with line errors, import of the valid rows only', async ({ page, seriousA11yViolations }, testInfo) => {
  const csv = testInfo.outputPath('rh.csv');
  writeFileSync(
    csv,
    '\uFEFFNom;Matricule;Classe;Classe depuis;Statut;Service\r\n' +
      'Zoë Ünal;Z1;C;01/01/2020;statutaire;Contentieux\r\n' +
      ';Z2;B;01/01/2020;;Accueil\r\n' +
      'Jan Claes;J1;B;;contractuel;Accueil\r\n' +
      'Anne Martin;A1;E;31/02/2020;;\r\n' +
      '"Dupont; Marie";D1;A2;15/03/2021;;Recouvrement\r\n',
  );
  await page.goto('/#/donnees');
  await chooseFile(page, 'Choisir un fichier CSV', csv);
  await expect(page.getByRole('combobox', { name: 'Colonne du fichier pour « Nom et prénom »' })).toHaveValue('0');
  await expect(page.getByText('Aperçu : lignes valides : 3 ; lignes en erreur : 2')).toBeVisible();
  const preview = page.getByRole('region', { name: /^Aperçu/ });
  await expect(preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) })).toContainText('Nom et prénom : valeur obligatoire');
  await expect(preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '5', exact: true }) })).toContainText('Classe : classe inconnue');
  await expect(preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '5', exact: true }) })).toContainText('Classe depuis le : date impossible');
  expect(await seriousA11yViolations()).toEqual([]);
  await page.getByRole('button', { name: 'Importer les 3 lignes valides' }).click();
  await expect(page.getByText('3 personnes importées.')).toBeVisible();
  await page.getByRole('link', { name: 'Équipe' }).click();
  await expect(page.getByText('3 gestionnaires de dossiers')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Dupont; Marie' })).toBeVisible();

  // A file in Latin-1 (as old Excel saves it) is refused, not guessed.
  const latin1 = testInfo.outputPath('latin1.csv');
  writeFileSync(latin1, Buffer.from('Nom;Classe\r\nZo\xeb;C\r\n', 'latin1'));
  await page.goto('/#/donnees');
  await chooseFile(page, 'Choisir un fichier CSV', latin1);
  await expect(page.getByRole('alert')).toContainText('Ce fichier n’est pas en UTF-8');
  expect(await countPeople(page)).toBe(3);
});

test('deleting a person names what will go, then removes every trace', async ({ page }) => {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Léa Dubois', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Léa Dubois');
  await person.openReview(2);
  await new ReviewPage(page).card('Communiquer').focus();
  await page.keyboard.press('1');
  await new ReviewPage(page).waitSaved();
  await page.getByRole('link', { name: 'Léa Dubois' }).click();
  // A journal note about her (issue 16): erased with her.
  await page.keyboard.press('Alt+J');
  const capture = page.getByRole('dialog', { name: 'Noter une observation' });
  await capture.getByLabel('Compétence', { exact: true }).selectOption({ label: 'Communiquer' });
  await capture.getByLabel('Note', { exact: true }).fill('A présenté le dossier en réunion.');
  await capture.getByLabel('Note', { exact: true }).press('Enter');
  await expect(capture).toHaveCount(0);
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Supprimer toutes les données de Léa Dubois');
  await expect(page.getByRole('alertdialog')).toContainText('Avec elle : 1 note du journal et 0 action de développement.');
  await expect(page.getByRole('alertdialog')).toContainText('1 évaluation (dont 0 finalisée)');
  // A modal dialog: focus starts on « Annuler », Échap closes it and gives focus back.
  await expect(page.getByRole('alertdialog').getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Supprimer définitivement' })).toBeFocused();
  expect(await countPeople(page)).toBe(1);
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await page.getByRole('button', { name: 'Oui, tout supprimer' }).click();
  await expect(page.getByText('Aucun gestionnaire de dossiers pour l’instant.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Les données de Léa Dubois ont été supprimées.' })).toBeVisible();
  const left = await countStored(page, PERSON_STORES);
  expect(left).toEqual([0, 0, 0, 0, 0, 0, 0]);
});

test('a database from a newer Jalon is left untouched, and the user is told why', async ({ page }) => {
  await page.goto('/icon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('jalon', 990);
        request.onupgradeneeded = () => request.result.createObjectStore('people', { keyPath: 'id' }).put({ id: 'future', name: 'Du futur' });
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
      }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('enregistrées par une version plus récente de Jalon (schéma 99');
  const version = await page.evaluate(async () => (await indexedDB.databases()).find((database) => database.name === 'jalon')?.version);
  expect(version).toBe(990);
});
