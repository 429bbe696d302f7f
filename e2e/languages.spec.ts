import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

const FRAMEWORK_VERSION = 'DO-2022.1';
/** Words of the French chrome: none may be left in a heading, link, button or label once another language is chosen. */
const FRENCH = /\b(Équipe|Paramètres|Données|Référentiel|Évaluation|évaluation|Ajouter|Enregistr|Supprimer|Annuler|Rechercher|Classe|classe|Niveau attendu|Matricule|Nom et prénom|Langue|Sauvegarde|Organisation de|Aller au contenu)\b/;
/** The framework's own texts, French where no official text exists: shown as data, marked, not chrome. */
const FRAMEWORK_TEXT = /Penser|Communiquer|Collaborer|Guider|Être orienté|Se connaître|Se développer|agilité|Développer une vision|Réfléchir|Échanger|Agir et|gestionnaire|Gestion de dossiers|Connaissances|Information|Amélioration|Contacts|Conseil|spécialisation|expertise|Français/;

async function chromeTexts(page: Page): Promise<string[]> {
  const texts = await page.locator('nav a, h1, h2, h3, button, label, th, legend').allInnerTexts();
  return texts.map((text) => text.trim()).filter((text) => text !== '' && FRENCH.test(text) && !FRAMEWORK_TEXT.test(text));
}

async function chooseLanguage(page: Page, label: string, value: string) {
  await page.goto('/#/parametres');
  await page.getByLabel(label).selectOption(value);
}

const WALK: [string, string][] = [
  ['/#/equipe', 'h1'],
  ['/#/equipe/nouveau', 'h1'],
  ['/#/referentiel', 'h1'],
  ['/#/parametres', 'h1'],
  ['/#/donnees', 'h1'],
];

for (const [language, label, heading, teamTitle] of [
  ['nl', 'Langue de l’interface', 'Instellingen', 'Team'],
  ['en', 'Langue de l’interface', 'Settings', 'Team'],
] as const) {
  test(`the interface in ${language}: every main screen without a missing key, French chrome or axe violation, and the choice remembered`, async ({ page, consoleErrors, seriousA11yViolations }) => {
    // Every main screen with an axe pass: 41–56 s on CI machines, too close to the default 60 s.
    test.setTimeout(150_000);
    await chooseLanguage(page, label, language);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    // An example team fills the screens (person page, review, heat map) with something to read.
    await page.goto('/#/equipe');
    await page.getByRole('button', { name: language === 'nl' ? 'Een voorbeeldteam laden' : 'Load an example team' }).click();
    await expect(page.getByRole('heading', { level: 1, name: teamTitle })).toBeVisible();
    await expect(page.getByRole('row').nth(2)).toBeVisible();
    const person = await page.getByRole('row').nth(1).getByRole('rowheader').getByRole('link').first().getAttribute('href');
    const walk = [...WALK, [person!, 'h1'] as [string, string], ['/#/equipe/carte', 'h1'] as [string, string]];
    for (const [path] of walk) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await chromeTexts(page), path).toEqual([]);
      expect(await seriousA11yViolations(), path).toEqual([]);
    }
    // The framework's texts stay the official French ones, and the screen says so.
    await page.goto('/#/referentiel');
    await expect(page.getByText(language === 'nl' ? /officiële Franse versie/ : /official French version/)).toBeVisible();
    // Dutch has official family and cluster names (DOMAIN.md); English has none, so the French stays.
    await expect(page.getByRole('heading', { level: 3, name: language === 'nl' ? 'Reflecteren en creëren' : 'Réfléchir et créer' })).toBeVisible();
    await expect(page.getByText(language === 'nl' ? /Dossierbeheerders/ : /Gestionnaires de dossiers/).first()).toBeVisible();
    // A review of the example team, in the interface language.
    await page.goto(person!);
    await page.getByRole('button', { name: language === 'nl' ? /^De evaluatie openen/ : /^Open the appraisal/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: language === 'nl' ? /^Evaluatie van / : /^Appraisal of / })).toBeVisible();
    await expect(page.getByText(language === 'nl' ? /officiële Franse versie/ : /official French version/)).toBeVisible();
    expect(await chromeTexts(page)).toEqual([]);
    expect(await seriousA11yViolations()).toEqual([]);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.goto('/#/parametres');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
}

const validPack = {
  format: 'jalon-framework-texts',
  formatVersion: 1,
  framework: FRAMEWORK_VERSION,
  language: 'nl',
  source: 'FOD BOSA – testpakket',
  version: '2026-1',
  status: 'official',
  texts: { 'competency.communiquer.name': 'Communiceren (testpakket)', 'competency.communiquer.level.1': 'Informatie uitwisselen (testpakket)' },
};

async function importPack(page: Page, content: unknown, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un paquet de textes (JSON)' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) });
}

test('framework packs: an invalid pack is refused with its reason and nothing changes; a valid one is listed with its source and can be removed', async ({ page, seriousA11yViolations }) => {
  await page.goto('/#/parametres');
  await expect(page.getByText('Aucun paquet importé.')).toBeVisible();

  await importPack(page, { ...validPack, texts: { 'competency.jongler.name': 'Jongleren' } }, 'faux.json');
  await expect(page.getByRole('alert')).toHaveText('Paquet refusé, rien n’a été modifié\u00a0: le référentiel n’a pas de texte «\u00a0competency.jongler.name\u00a0».');
  await importPack(page, '{ pas du json', 'cassé.json');
  await expect(page.getByRole('alert')).toHaveText('Paquet refusé, rien n’a été modifié\u00a0: le fichier n’est pas du JSON lisible.');
  await importPack(page, { ...validPack, framework: 'DO-1999' }, 'ancien.json');
  await expect(page.getByRole('alert')).toContainText('vise le référentiel «\u00a0DO-1999\u00a0»');
  await expect(page.getByText('Aucun paquet importé.')).toBeVisible();

  await importPack(page, validPack, 'pakket.json');
  await expect(page.getByRole('status').filter({ hasText: 'Paquet importé' })).toHaveText('Paquet importé\u00a0: FOD BOSA – testpakket, version 2026-1 (2 textes).');
  const imported = page.getByRole('list', { name: 'Importés' });
  await expect(imported.getByRole('listitem')).toHaveCount(1);
  await expect(imported).toContainText('Nederlands : FOD BOSA – testpakket, version 2026-1 – 2 textes (officiel)');
  expect(await seriousA11yViolations()).toEqual([]);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Importés' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Retirer le paquet FOD BOSA – testpakket, version 2026-1' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Retirer' }).click();
  await expect(page.getByText('Aucun paquet importé.')).toBeVisible();
});

test('a report printed in Dutch for a Dutch-speaking member of staff: Dutch interface texts, official Dutch names, French competency texts marked, the pack the review recorded', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  await page.goto('/#/parametres');
  await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();
  await importPack(page, validPack, 'pakket.json');
  await expect(page.getByRole('status').filter({ hasText: 'Paquet importé' })).toBeVisible();

  const team = new TeamPage(page);
  await team.open();
  await page.getByRole('link', { name: 'Ajouter un gestionnaire de dossiers' }).first().click();
  await team.fillPersonForm({ name: 'An Janssens', staffNumber: 'AJ1', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  await page.getByLabel('Langue des rapports').selectOption('nl');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  const person = new PersonPage(page);
  await person.waitFor('An Janssens');
  await expect(page.getByText('Nederlands')).toBeVisible();
  await person.openReview(2);
  const review = new ReviewPage(page);
  await review.rateAll(['2', '1', '1', '1', '1', '1', '1', '1', '1', '1']);
  await review.evidence('Penser de manière critique').fill('Analyse van dossier 2026/117.');
  await review.waitSaved();
  const reviewId = page.url().split('/').pop()!;

  // The pack is removed after the review was started: the review keeps the texts it recorded.
  await page.goto('/#/parametres');
  await page.getByRole('button', { name: /^Retirer le paquet/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Retirer' }).click();
  await expect(page.getByText('Aucun paquet importé.')).toBeVisible();

  await page.goto(`/#/evaluation/${reviewId}/impression`);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  await expect(page.locator('article.print-doc')).toHaveAttribute('lang', 'nl');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  const file = testInfo.outputPath('verslag-nl.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

  expect(text).toContain('Evaluatieverslag');
  expect(text).toContain('Evaluatiecyclusgesprek – functiefamilie DO – Dossierbeheerders');
  expect(text).toContain('2. Luik balans: gedragscompetenties');
  expect(text).toContain('5. Luik planning van de volgende cyclus');
  expect(text).toContain('Teksten van het referentiekader: FOD BOSA – testpakket, versie 2026-1');
  // The pack's text, unmarked; the others official French, marked (FR), with the note that says why.
  expect(text).toContain('Communiceren (testpakket)');
  expect(text).not.toContain('Communiceren (testpakket) (FR)');
  expect(text).toContain('Penser de manière critique (FR)');
  expect(text).toContain('De teksten van het referentiekader gevolgd door “(FR)” zijn de officiële Franse teksten');
  expect(text).toMatch(/Handtekeningen/);
  // No French interface text in the report.
  expect(text).not.toMatch(/Rapport d’évaluation|Identification du|Signatures|Membre du personnel|Niveau observé/);

  // The interface itself stayed French.
  await page.goto('/#/parametres');
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
