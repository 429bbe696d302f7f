import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

const TODAY = new Date('2026-11-26T10:00:00+01:00');

/** The print view printed by Chromium (as Electron's printToPDF), read back with pdftotext. */
async function pdfText(page: Page, reviewId: string, testInfo: TestInfo, name: string): Promise<string> {
  await page.goto(`/#/evaluation/${reviewId}/impression`);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const file = testInfo.outputPath(name);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // Table cells wrap: the words are compared with their line breaks as spaces.
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test.describe('development plan (issue 16)', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('a plan from a ready review\'s gaps: sealed at finalisation, followed on the person page, beside the ratings of the next review, in both PDFs', async ({ page, seriousA11yViolations }, testInfo) => {
    test.setTimeout(150_000);
    await page.goto('/#/parametres');
    await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
    await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();
    const team = new TeamPage(page);
    await team.open();
    await team.addPerson({ name: 'Jan Claes', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
    const person = new PersonPage(page);
    await person.waitFor('Jan Claes');
    await person.openReview(1);
    const review = new ReviewPage(page);
    const firstReviewId = page.url().split('/').pop()!;
    const planSection = page.getByRole('region', { name: 'Plan de développement issu de cette évaluation' });
    await expect(planSection).toContainText('Le plan de développement se prépare quand l’évaluation est prête ou finalisée.');

    await review.rateAll(['1', '1', '1', '0', '1', '1', '1', '1', '1', '1']);
    await review.evidence('Collaborer').fill('Travaille seul, refuse l’aide des collègues.');
    await page.getByLabel('Raison de l’absence d’objectif dans le bilan').fill('Premier cycle : aucun objectif planifié.');
    await review.waitSaved();
    await page.getByRole('button', { name: 'Marquer comme prête' }).click();
    await expect(page.getByText('Statut : prête')).toBeVisible();

    // The gap is proposed first; an action without description is refused in words.
    await expect(planSection.getByLabel('Compétence')).toHaveValue('collaborer');
    await expect(planSection.getByLabel('Compétence').locator('option:checked')).toHaveText('Collaborer (en dessous de l’attendu)');
    await planSection.getByRole('button', { name: 'Ajouter au plan' }).click();
    await expect(planSection.getByText('Décrivez l’action.')).toBeVisible();
    await planSection.getByLabel('Type d’action').selectOption({ label: 'Accompagnement / coaching' });
    await planSection.getByLabel('Description').fill('Binôme avec une collègue sur les dossiers complexes');
    await planSection.getByLabel('Qui l’accompagne').fill('Marie Dupont');
    await planSection.getByLabel('Échéance').fill('31/13/2026');
    await planSection.getByRole('button', { name: 'Ajouter au plan' }).click();
    await expect(planSection.getByText('Échéance impossible : écrivez-la comme 30/06/2027.')).toBeVisible();
    await planSection.getByLabel('Échéance').fill('30/06/2026');
    await planSection.getByRole('button', { name: 'Ajouter au plan' }).click();
    const planned = planSection.getByRole('table', { name: 'Plan de développement pour le cycle suivant' });
    await expect(planned).toContainText('Collaborer');
    await expect(planned).toContainText('Accompagnement / coaching – Binôme avec une collègue sur les dossiers complexes');
    await expect(planned).toContainText('Prévue depuis le 26/11/2026');
    expect(await seriousA11yViolations()).toEqual([]);

    await review.finalise();
    await expect(page.getByText('Statut : finalisée')).toBeVisible();
    await expect(planSection).toContainText('Le plan tel qu’il était à la finalisation fait partie du contenu scellé.');
    const stored = await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('jalon');
        request.onsuccess = () => resolve(request.result);
      });
      const row = await new Promise<{ developmentPlan?: { description: string; status: string }[] }>((resolve) => {
        const request = db.transaction('reviews').objectStore('reviews').get(id);
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return row.developmentPlan;
    }, firstReviewId);
    expect(stored).toEqual([expect.objectContaining({ description: 'Binôme avec une collègue sur les dossiers complexes', status: 'prevue' })]);

    // Followed on the person page: a new status, dated, with a comment.
    await page.getByRole('link', { name: 'Jan Claes' }).click();
    await person.waitFor('Jan Claes');
    const follow = page.getByRole('region', { name: 'Suivi du plan de développement' });
    const action = follow.getByRole('listitem', { name: 'Collaborer – Binôme avec une collègue sur les dossiers complexes' });
    await expect(follow.getByRole('heading', { name: 'Cycle 2' })).toBeVisible();
    await action.getByLabel('Statut', { exact: true }).selectOption({ label: 'En cours' });
    await action.getByLabel('Date', { exact: true }).fill('01/12/2026');
    await action.getByRole('button', { name: 'Enregistrer le statut' }).click();
    await expect(action.getByText('La date ne peut pas être dans le futur.')).toBeVisible();
    await action.getByLabel('Date', { exact: true }).fill('01/03/2026');
    await action.getByRole('button', { name: 'Enregistrer le statut' }).click();
    await expect(action.getByText('La date précède le dernier changement de statut.')).toBeVisible();
    await action.getByLabel('Date', { exact: true }).fill('26/11/2026');
    await action.getByLabel('Commentaire').fill('Premières séances en binôme.');
    await action.getByRole('button', { name: 'Enregistrer le statut' }).click();
    await expect(action.getByRole('list', { name: /^Statut – / })).toContainText('En cours le 26/11/2026 : Premières séances en binôme.');
    expect(await seriousA11yViolations()).toEqual([]);

    // The plan (not the journal) can leave as CSV.
    const download = page.waitForEvent('download');
    await follow.getByRole('button', { name: 'Exporter le plan en CSV' }).click();
    const csv = readFileSync(await (await download).path()).toString('utf8').slice(1).split('\r\n');
    expect(csv[0]).toBe('Cycle;Compétence;Type d’action;Description;Accompagnement;Échéance;Statut;Date du statut;Commentaire');
    expect(csv[1]).toBe('2;Collaborer;Accompagnement / coaching;Binôme avec une collègue sur les dossiers complexes;Marie Dupont;30/06/2026;En cours;26/11/2026;Premières séances en binôme.');

    // Erasure names what goes with the person.
    await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('Avec elle : 0 note du journal et 1 action de développement.');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Annuler' }).click();

    // The next review shows it beside the rating of the competency, and in its planification.
    await person.openReview(2);
    const secondReviewId = page.url().split('/').pop()!;
    await expect(review.card('Collaborer')).toContainText('Plan : Accompagnement / coaching – En cours');
    await expect(page.getByRole('table', { name: 'Plan de développement suivi pendant ce cycle' })).toContainText('En cours depuis le 26/11/2026');

    // The PDFs: the first review prints the plan it sealed, the second the plan followed in its cycle.
    const first = await pdfText(page, firstReviewId, testInfo, 'plan-first.pdf');
    expect(first).toContain('Plan de développement pour le cycle suivant');
    expect(first).toContain('Binôme avec une collègue sur les dossiers complexes');
    expect(first).toContain('Prévue depuis le 26/11/2026');
    expect(first).not.toContain('En cours depuis');
    const second = await pdfText(page, secondReviewId, testInfo, 'plan-second.pdf');
    expect(second).toContain('Plan de développement du cycle (suivi)');
    expect(second).toContain('En cours depuis le 26/11/2026');
    expect(second).toContain('Premières séances en binôme.');
  });
});
