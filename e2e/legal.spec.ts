import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReferentielPage } from './pages/referentiel-page';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';
import { choose } from './controls';

const TODAY = new Date('2026-11-26T10:00:00+01:00');

test.describe('Paramètres: evaluator, appeal notice and the calendar of days off', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('the evaluator’s profile saves itself and comes back after a reload', async ({ page, seriousA11yViolations }) => {
    await page.goto('/#/parametres');
    await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
    await choose(page.getByRole('radio', { name: 'Chef fonctionnel, par délégation' }));
    await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Nom de l’évaluateur')).toHaveValue('Sophie Lemaire');
    await expect(page.getByRole('radio', { name: 'Chef fonctionnel, par délégation' })).toBeChecked();
    expect(await seriousA11yViolations()).toEqual([]);
  });

  test('the calendar lists each day off with its reason; a day can be removed, restored and added', async ({ page }) => {
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
    await expect(page.getByText('Date impossible : indiquez un jour réel (jj/mm/aaaa).')).toBeVisible();
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

  test('the appeal notice’s wording and bodies are editable, and refused empty', async ({ page }) => {
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

/** Prints the print view with Chromium's own printing and reads it back with pdftotext, whitespace flattened. */
async function readReport(page: Page, reviewId: string, testInfo: TestInfo, name: string): Promise<string> {
  await page.goto(`/#/evaluation/${reviewId}/impression`);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const file = testInfo.outputPath(name);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Paramètres with an evaluator, a statutory person in class C from 2025, and the review of cycle `cycle` complete but for its outcome. */
async function preparedReview(page: Page, cycle: number): Promise<ReviewPage> {
  const person = new PersonPage(page);
  await person.openReview(cycle);
  const review = new ReviewPage(page);
  await review.rateAll(['1', '1', '1', '0', '1', '1', '1', '1', '1', '1']);
  await review.evidence('Collaborer').fill('Refuse le travail en binôme depuis mars.');
  await page.getByLabel('Raison de l’absence d’objectif dans le bilan').fill('Premier cycle : aucun objectif planifié.');
  await review.waitSaved();
  return review;
}

/**
 * Paramètres with an evaluator, a statutory person in class C from 2025, and the review of
 * cycle 2 (2026, not ended on TODAY) finalised with « insuffisant »; `checks` run at each stage.
 */
async function finalisedInsufficient(
  page: Page,
  checks: { beforeOutcome?: () => Promise<void>; afterChoosing?: () => Promise<void> } = {},
): Promise<string> {
  await page.goto('/#/parametres');
  await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
  await page.getByLabel('Fonction de l’évaluateur').fill('Cheffe de service');
  await choose(page.getByRole('radio', { name: 'Chef fonctionnel, par délégation' }));
  await page.getByLabel('Destinataire du recours').fill('la présidente du comité de direction du SPF Finances');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();

  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Léa Martin', staffNumber: 'LM7', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025', service: 'Recouvrement' });
  const review = await preparedReview(page, 2);
  const reviewId = page.url().split('/').pop()!;

  // Who evaluated: taken from Paramètres into the review.
  const evaluator = page.getByRole('region', { name: 'Évaluateur et entretien' });
  // Pre-filled, it stands on one line until asked for (issue 13: a review that fits).
  await expect(evaluator).toContainText('Sophie Lemaire, Cheffe de service (Chef fonctionnel, par délégation) · entretien : date non indiquée · second évaluateur : aucun');
  await expect(evaluator.getByLabel('Nom de l’évaluateur')).toBeHidden();
  await evaluator.getByRole('button', { name: 'Modifier l’évaluateur et l’entretien' }).click();
  await expect(evaluator.getByLabel('Nom de l’évaluateur')).toHaveValue('Sophie Lemaire');
  await expect(evaluator.getByRole('radio', { name: 'Chef fonctionnel, par délégation' })).toBeChecked();
  await evaluator.getByLabel('Date de l’entretien d’évaluation').fill('31/11/2026');
  await expect(evaluator.getByText('Date impossible')).toBeVisible();
  await evaluator.getByLabel('Date de l’entretien d’évaluation').fill('20/11/2026');
  await evaluator.getByLabel('Second évaluateur (le cas échéant)').fill('Marc Dubois');

  const outcome = page.getByRole('region', { name: 'Résultat de l’évaluation' });
  await checks.beforeOutcome?.();
  await choose(outcome.getByRole('radio', { name: 'Insuffisant' }));
  await checks.afterChoosing?.();
  await outcome.getByLabel('Justification de la mention « insuffisant »').fill('La collaboration, nécessaire au poste, ne s’est pas développée.');
  await review.waitSaved();
  await review.finalise();
  await expect(page.getByText('Statut : finalisée')).toBeVisible();
  await expect(evaluator.getByLabel('Nom de l’évaluateur')).not.toBeEditable();

  return reviewId;
}

test.describe('the legal record of a review', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('evaluator from Paramètres, hints over every expected competency, « insuffisant » counted from finalisation and as "would be the second"', async ({ page, seriousA11yViolations }) => {
    const outcome = page.getByRole('region', { name: 'Résultat de l’évaluation' });
    await finalisedInsufficient(page, {
      beforeOutcome: async () => {
        // Hints over every expected competency: Collaborer is not distinctive, and is listed.
        const hints = outcome.getByRole('note', { name: 'Repères de la règle (la décision vous appartient)' });
        await expect(hints).toContainText('Motif possible : compétences requises non développées. Une compétence attendue est en dessous du niveau attendu : Collaborer (observé 0, attendu 1).');
        await expect(hints).toContainText('Le bilan ne compte aucun objectif');
        await expect(hints).not.toContainText('Aucun des deux motifs');
      },
      afterChoosing: async () => {
        await expect(outcome.getByRole('note', { name: 'Mentions « insuffisant »' })).toContainText('ce serait la première « insuffisant » en quatre ans');
        await expect(outcome.getByRole('note', { name: 'Mentions « insuffisant »' })).toContainText('Membre du personnel statutaire');
        await expect(outcome.getByRole('note', { name: 'Mentions « insuffisant »' })).toContainText('240 jours');
      },
    });

    // Counted from finalisation although its cycle ends on 31/12/2026.
    await page.getByRole('link', { name: 'Léa Martin' }).first().click();
    const record = page.getByRole('region', { name: 'Mentions « insuffisant »' });
    await expect(record).toContainText('Une mention « insuffisant », le 26/11/2026');
    await expect(record).toContainText('une nouvelle mention jusqu’au 25/11/2030 inclus serait la deuxième en quatre ans');
    await page.getByRole('link', { name: 'Voir la progression' }).click();
    await expect(page.getByRole('region', { name: 'Mentions « insuffisant »' })).toContainText('Une mention « insuffisant », le 26/11/2026');

    // The overdue 2025 review: choosing « insuffisant » would make it the second.
    await page.getByRole('link', { name: 'Léa Martin' }).first().click();
    await new PersonPage(page).openReview(1);
    const earlier = page.getByRole('region', { name: 'Résultat de l’évaluation' });
    await expect(earlier.getByRole('note', { name: 'Mentions « insuffisant »' })).toContainText('une nouvelle mention jusqu’au 25/11/2030 inclus serait la deuxième');
    await choose(earlier.getByRole('radio', { name: 'Insuffisant' }));
    await expect(earlier.getByRole('note', { name: 'Mentions « insuffisant »' })).toContainText('ce sera la deuxième en moins de quatre ans (précédente : le 26/11/2026)');
    expect(await seriousA11yViolations()).toEqual([]);

  });

  test('the appeal deadline on screen and the appeal notice in the PDF, printed from the review after a change of manager', async ({ page }, testInfo) => {
    const reviewId = await finalisedInsufficient(page);
    // Hand-over: the appeal deadline, with its convention.
    await page.goto(`/#/evaluation/${reviewId}`);
    await page.getByLabel('Date de remise du rapport au membre du personnel').fill('26/11/2026');
    await page.getByRole('button', { name: 'Enregistrer la remise' }).click();
    const deadline =
      'Recours possible jusqu’au 24/12/2026 inclus : 20 jours ouvrables (du lundi au vendredi, hors jours de congé du calendrier de l’organisation), comptés à partir du lendemain de la réception du rapport le 26/11/2026.';
    await expect(page.getByText(deadline)).toBeVisible();

    // A new manager in Paramètres does not rewrite the report.
    await page.goto('/#/parametres');
    await page.getByLabel('Nom de l’évaluateur').fill('Paul Nouveau');
    await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();

    const text = await readReport(page, reviewId, testInfo, 'insuffisant.pdf');
    expect(text).toContain('Sophie Lemaire, Cheffe de service (chef fonctionnel, par délégation)');
    expect(text).not.toContain('Paul Nouveau');
    expect(text).toContain('Second évaluateur Marc Dubois');
    expect(text).toContain('Le second évaluateur Marc Dubois');
    expect(text).toContain('Date de l’entretien 20/11/2026');
    expect(text).toContain('Statut du membre du personnel Statutaire');
    expect(text).toContain('Service Recouvrement');
    expect(text).toContain('Matricule LM7');
    expect(text).toContain('Rôle de dirigeant limité non');
    expect(text).toContain('Arrêté royal du 14 janvier 2022');
    expect(text).toContain('État de la procédure remise');
    expect(text).not.toMatch(/Statut (finalisée|remise)/);
    expect(text).toContain('Bilan sans objectif : Premier cycle : aucun objectif planifié.');
    expect(text).toContain('La collaboration, nécessaire au poste, ne s’est pas développée.');
    expect(text).toContain('Destinataire du recours : la présidente du comité de direction du SPF Finances.');
    expect(text).toContain('examiné par la commission d’évaluation');
    expect(text).toContain('moins favorable que la mention contestée');
    expect(text).toContain(deadline);
  });

  test('after a finalised « insuffisant »: the remediation period and its follow-up, an entretien de fonctionnement, the first planification; on the person page, the progression and in a PDF that carries every element of the report', async ({
    page,
    seriousA11yViolations,
  }, testInfo) => {
    test.setTimeout(150_000);
    const reviewId = await finalisedInsufficient(page);
    await page.getByLabel('Date de remise du rapport au membre du personnel').fill('26/11/2026');
    await page.getByRole('button', { name: 'Enregistrer la remise' }).click();
    await expect(page.getByRole('button', { name: 'Enregistrer l’accusé de réception' })).toBeVisible();

    const team = new TeamPage(page);
    await team.open();
    await page.getByRole('link', { name: 'Léa Martin' }).click();
    const person = new PersonPage(page);
    await person.waitFor('Léa Martin');

    // The remediation period: 6 to 12 months, objectives agreed in writing.
    const remediation = page.getByRole('region', { name: 'Période de remédiation' });
    await expect(remediation).toContainText('Évaluation du cycle 2 (finalisée le 26/11/2026, mention « insuffisant »)\u00a0: période de remédiation à enregistrer.');
    await expect(remediation).toContainText('au moins 60 jours prestés');
    const periodForm = remediation.getByRole('form', { name: 'Enregistrer la période de remédiation' });
    await periodForm.getByLabel('Début de la période').fill('26/11/2026');
    await periodForm.getByLabel('Fin de la période').fill('24/05/2027');
    await periodForm.getByLabel('Date de l’accord écrit sur les objectifs').fill('26/11/2026');
    await periodForm.getByLabel('Objectifs de la période (un par ligne)').fill('Travailler en binôme sur 10 dossiers\nParticiper aux réunions d’équipe');
    await periodForm.getByRole('button', { name: 'Enregistrer la période de remédiation' }).click();
    await expect(periodForm.getByText('La période dure de 6 à 12 mois\u00a0: fin entre le 25/05/2027 et le 25/11/2027.')).toBeVisible();
    await periodForm.getByLabel('Fin de la période').fill('25/05/2027');
    await periodForm.getByRole('button', { name: 'Enregistrer la période de remédiation' }).click();
    await expect(remediation).toContainText('Du 26/11/2026 au 25/05/2027\u00a0; accord écrit le 26/11/2026.');
    await expect(remediation).toContainText('Objectifs\u00a0: Travailler en binôme sur 10 dossiers\u00a0; Participer aux réunions d’équipe');
    const followForm = remediation.getByRole('form', { name: 'Enregistrer l’évaluation de suivi' });
    await followForm.getByLabel('Date de l’évaluation de suivi').fill('25/05/2027');
    await followForm.getByRole('button', { name: 'Enregistrer l’évaluation de suivi' }).click();
    await expect(followForm.getByText('La date ne peut pas être postérieure à aujourd’hui.')).toBeVisible();
    await expect(followForm.getByText('Indiquez le résultat de l’évaluation de suivi.')).toBeVisible();
    await expect(followForm.getByText('Rédigez le rapport de l’évaluation de suivi.')).toBeVisible();

    // Interviews: an entretien de fonctionnement in the reviewed cycle, then the first planification (only within the first cycle).
    const interviews = page.getByRole('region', { name: 'Entretiens de fonctionnement et planification' });
    const interviewForm = interviews.getByRole('form', { name: 'Enregistrer l’entretien' });
    await interviewForm.getByLabel('Date de l’entretien').fill('02/03/2026');
    await interviewForm.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
    await expect(interviewForm.getByText('Indiquez le motif de l’entretien.')).toBeVisible();
    await interviewForm.getByLabel('Motif').selectOption({ label: 'retour après une absence de plus de 70 jours' });
    await interviewForm.getByLabel('Rapport de l’entretien').fill('Reprise après 95 jours d’absence ; charge adaptée.');
    await interviewForm.getByLabel('Objectifs fixés ou ajustés (un par ligne)').fill('Reprendre 25 dossiers');
    await interviewForm.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
    await expect(interviews.getByRole('listitem').filter({ hasText: 'Entretien de fonctionnement du 02/03/2026 (retour après une absence de plus de 70 jours)' })).toContainText(
      'Objectifs\u00a0: Reprendre 25 dossiers',
    );
    await interviewForm.getByLabel('Type d’entretien').selectOption({ label: 'Première planification' });
    await interviewForm.getByLabel('Date de l’entretien').fill('15/01/2026');
    await interviewForm.getByLabel('Objectifs fixés ou ajustés (un par ligne)').fill('Traiter 40 dossiers\nSuivre la formation TVA');
    await interviewForm.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
    await expect(interviewForm.getByText('La première planification a lieu pendant le premier cycle.')).toBeVisible();
    await interviewForm.getByLabel('Date de l’entretien').fill('15/01/2025');
    await interviewForm.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
    await expect(interviews.getByRole('listitem').filter({ hasText: 'Première planification du 15/01/2025' })).toContainText('Traiter 40 dossiers\u00a0; Suivre la formation TVA');
    expect(await seriousA11yViolations()).toEqual([]);

    // The first cycle's review starts its bilan with the planned objectives.
    await person.openReview(1);
    await expect(page.getByRole('textbox', { name: /Objectif 1/ }).first()).toHaveValue('Traiter 40 dossiers');
    await page.goBack();
    await person.waitFor('Léa Martin');

    // Six months later, the follow-up evaluation with its own report.
    await page.clock.setFixedTime(new Date('2027-05-26T10:00:00+02:00'));
    await page.reload();
    await followForm.getByLabel('Date de l’évaluation de suivi').fill('25/05/2027');
    await followForm.getByLabel('Résultat').selectOption({ label: 'satisfaisant (pas de nouvelle mention)' });
    await followForm.getByLabel('Rapport de l’évaluation de suivi').fill('Les dix dossiers en binôme sont clôturés ; présence régulière aux réunions.');
    await followForm.getByRole('button', { name: 'Enregistrer l’évaluation de suivi' }).click();
    await expect(remediation).toContainText('Évaluation de suivi du 25/05/2027\u00a0: satisfaisant (pas de nouvelle mention).');

    await page.getByRole('link', { name: 'Voir la progression' }).click();
    const progression = page.getByRole('region', { name: 'Entretiens et remédiation' });
    await expect(progression.getByRole('listitem')).toHaveText([
      'Première planification du 15/01/2025 — Objectifs\u00a0: Traiter 40 dossiers\u00a0; Suivre la formation TVA',
      'Entretien de fonctionnement du 02/03/2026 (retour après une absence de plus de 70 jours) — Objectifs\u00a0: Reprendre 25 dossiers',
      'Remédiation du 26/11/2026 au 25/05/2027 — Évaluation de suivi du 25/05/2027\u00a0: satisfaisant (pas de nouvelle mention).',
    ]);

    // The report: every element an official report carries (issue 12, item 8), read back from the PDF.
    const text = await readReport(page, reviewId, testInfo, 'remediation.pdf');
    for (const expected of [
      'Membre du personnel évalué Léa Martin',
      'Matricule LM7',
      'Classe (au moment de l’évaluation) C',
      'Service Recouvrement',
      'Statut du membre du personnel Statutaire',
      'Rôle de dirigeant limité non',
      'Évaluateur Sophie Lemaire, Cheffe de service (chef fonctionnel, par délégation)',
      'Second évaluateur Marc Dubois',
      'Date de l’entretien 20/11/2026',
      'Cycle d’évaluation du 01/01/2026 au 31/12/2026',
      'Base légale Arrêté royal du 14 janvier 2022',
      'État de la procédure remise',
      '1. Bilan : objectifs du cycle',
      'Bilan sans objectif : Premier cycle : aucun objectif planifié.',
      '2. Bilan : compétences comportementales',
      '3. Résultat',
      'Insuffisant',
      'La collaboration, nécessaire au poste, ne s’est pas développée.',
      'Commentaire de l’évaluateur',
      '5. Planification du cycle suivant',
      'Signatures',
      'Le second évaluateur Marc Dubois',
      'Destinataire du recours : la présidente du comité de direction du SPF Finances.',
      'Historique de la procédure',
      'remise : ',
      'Entretien de fonctionnement du 02/03/2026 (retour après une absence de plus de 70 jours)',
      'Reprise après 95 jours d’absence ; charge adaptée.',
      'Période de remédiation',
      'Enregistrée après la finalisation : elle ne fait pas partie du contenu scellé de ce rapport.',
      'Du 26/11/2026 au 25/05/2027 ; accord écrit le 26/11/2026.',
      'Travailler en binôme sur 10 dossiers ; Participer aux réunions d’équipe',
      'Évaluation de suivi du 25/05/2027 : satisfaisant (pas de nouvelle mention).',
      'Les dix dossiers en binôme sont clôturés ; présence régulière aux réunions.',
      'SHA-256',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The first cycle's planification belongs to the first cycle, not to this report.
    expect(text).not.toContain('Première planification du 15/01/2025');
    expect(text).not.toMatch(/Statut (finalisée|remise)/);
  });

  test('printing a review without an evaluator asks for one', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open();
    await team.addPersonAndOpenReview({ name: 'Tom Peeters', classId: 'D', classFrom: '01/01/2020', cycleStart: '01/01/2025' }, 2);
    await page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Indiquez le nom de l’évaluateur dans l’évaluation avant d’imprimer le rapport.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Évaluateur et entretien' }).getByLabel('Nom de l’évaluateur')).toBeFocused();
    await expect(page).not.toHaveURL(/impression/);
    await expect(new ReviewPage(page).missing()).toContainText('Nom de l’évaluateur');
  });
});

test('Référentiel: Guider reads A1*/A2* with the limited-leadership note, starred terms link to their definitions, the épicène note is shown', async ({ page, seriousA11yViolations }) => {
  const referentiel = new ReferentielPage(page);
  await referentiel.open();
  await referentiel.chooseClass('A1');
  await expect(referentiel.row('Guider')).toContainText('niveau 1 en A1*/A2* : * Uniquement si rôle de dirigeant limité.');
  await referentiel.chooseClass('B');
  await page.getByRole('link', { name: 'spécialisation : voir la définition' }).click();
  await expect(page.getByRole('term').filter({ hasText: /^spécialisation$/ })).toBeFocused();
  await expect(page).toHaveURL(/#\/referentiel$/);
  await referentiel.chooseClass('A2');
  await expect(page.getByRole('link', { name: 'expertise : voir la définition' })).toHaveText('expertise*');
  await expect(page.getByRole('note', { name: 'Note sur le genre des termes' })).toContainText('est épïcène');
  expect(await seriousA11yViolations()).toEqual([]);
});
