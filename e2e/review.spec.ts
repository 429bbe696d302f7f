import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';
import { choose } from './controls';

const TODAY = new Date('2026-11-26T10:00:00+01:00');

/** The ten competencies of class C's profile, with the key pressed and whether evidence is typed. */
const PLAN = [
  { name: 'Penser de manière critique', key: '2', gap: 'au-delà (+1)' },
  { name: 'Penser de manière créative', key: '1', gap: 'atteint' },
  { name: 'Communiquer', key: '1', gap: 'atteint' },
  { name: 'Collaborer', key: '0', gap: 'en dessous (−1)' },
  { name: 'Être orienté solutions', key: '1', gap: 'atteint' },
  { name: 'Être orienté résultats', key: '1', gap: 'atteint' },
  { name: 'Être orienté clients', key: '1', gap: 'atteint' },
  { name: 'Se connaître', key: 'n', gap: 'Non observé' },
  { name: 'Se développer', key: '1', gap: 'atteint' },
  { name: "Faire preuve d'agilité", key: '2', gap: 'au-delà (+1)' },
] as const;

const evidenceFor = (name: string) => `Observé « ${name} » le 12/03/2026 — <b>pas du HTML</b> 👍`;

test.describe('case handlers and their reviews', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('create a person in class C, rate a whole review by keyboard, and find everything after a reload', async ({
    page,
    seriousA11yViolations,
  }) => {
    // About 700 keystrokes typed one by one: on a loaded machine this takes more than the default minute.
    test.setTimeout(150_000);
    const team = new TeamPage(page);
    await team.open();
    await expect(page.getByText('Aucun gestionnaire de dossiers pour l’instant.')).toBeVisible();
    expect(await seriousA11yViolations()).toEqual([]);

    await team.addPerson({ name: 'Zoë Ünal', staffNumber: 'ab-1234', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025', service: 'Recouvrement' });
    const person = new PersonPage(page);
    await person.waitFor('Zoë Ünal');
    await expect(page.getByText('Classe C · Recouvrement · AB-1234')).toBeVisible();
    await expect(person.cycleRow(1)).toContainText('du 01/01/2025 au 31/12/2025');
    await expect(person.cycleRow(1)).toContainText('en retard');
    await expect(person.cycleRow(2)).toContainText('du 01/01/2026 au 31/12/2026');
    await expect(person.cycleRow(2)).toContainText('à évaluer');
    expect(await seriousA11yViolations()).toEqual([]);

    await person.openReview(1);
    const review = new ReviewPage(page);
    await expect(page.getByText(/jugée en Classe C/)).toBeVisible();
    // Outside class C's profile: in their own, optional section, folded until asked for (issue 13).
    const optional = page.getByRole('region', { name: 'Compétences hors profil (facultatif)' });
    await expect(optional.getByRole('heading', { level: 4 })).toHaveCount(0);
    await optional.getByRole('button', { name: 'Afficher les compétences hors profil (2)' }).click();
    await expect(optional.getByRole('heading', { level: 4 })).toHaveText(['Développer une vision', 'Guider']);
    // Ten ratings, the evaluator (nobody in Paramètres) and the reason for a bilan without objective.
    await expect(review.missing()).toContainText('Il manque 12 éléments');
    await expect(review.missing()).toContainText('Bilan sans objectif : raison');

    // Bilan objectives.
    const objectives = page.getByRole('region', { name: 'Objectifs du cycle', exact: true });
    await objectives.getByRole('button', { name: 'Ajouter un objectif' }).click();
    await objectives.getByLabel('Objectif 1', { exact: true }).fill('Clôturer 150 dossiers de recouvrement');
    await expect(review.missing()).toContainText('Objectif 1 : résultat');
    await choose(objectives.getByRole('radio', { name: 'Partiellement atteint' }));
    await objectives.getByLabel('Commentaire sur l’objectif 1').fill('132 dossiers clôturés.');

    // Nobody in Paramètres: the review asks for its evaluator before it can be ready.
    await expect(review.missing()).toContainText('Nom de l’évaluateur');
    await page.getByRole('region', { name: 'Évaluateur et entretien' }).getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');

    // Every competency, by keyboard alone.
    await review.card(PLAN[0].name).focus();
    for (const step of PLAN) {
      await expect(review.card(step.name)).toBeFocused();
      await page.keyboard.press(step.key);
      if (step.key === 'n') {
        await expect(review.card(step.name).getByLabel('Raison (non observé)')).toBeFocused();
        await page.keyboard.type('Longue absence pour maladie');
        await page.keyboard.press('Escape');
      }
      await page.keyboard.press('e');
      await expect(review.evidence(step.name)).toBeFocused();
      await page.keyboard.type(evidenceFor(step.name));
      await page.keyboard.press('Escape');
      await expect(review.card(step.name)).toContainText(step.gap);
      await page.keyboard.press('ArrowDown');
    }
    await expect(review.missing()).toContainText('Rien ne manque');

    // Outcome: « insuffisant » needs a justification.
    const outcome = page.getByRole('region', { name: 'Résultat de l’évaluation' });
    await choose(outcome.getByRole('radio', { name: 'Insuffisant' }));
    await expect(review.missing()).toContainText('Justification de la mention « insuffisant »');
    const hints = outcome.getByRole('note', { name: 'Repères de la règle (la décision vous appartient)' });
    await expect(hints).toContainText('Objectifs : 0 atteint sur 1.');
    await expect(hints).toContainText('Motif possible : moins de la moitié des objectifs sont atteints.');
    await expect(hints).toContainText('Une compétence attendue est en dessous du niveau attendu : Collaborer (observé 0, attendu 1).');
    await expect(hints).toContainText('Une compétence attendue n’a pas de niveau observé : elle n’est pas prise en compte.');
    await outcome.getByLabel('Justification de la mention « insuffisant »').fill('Objectif principal non atteint.');
    await outcome.getByLabel('Commentaire de l’évaluateur').fill('Année difficile, progrès en fin de cycle.');

    // Planification.
    const next = page.getByRole('region', { name: 'Objectifs du cycle suivant' });
    await next.getByRole('button', { name: 'Ajouter un objectif' }).click();
    await next.getByLabel('Objectif 1', { exact: true }).fill('Former un nouveau collègue');
    await next.getByLabel('Indicateur de réussite de l’objectif 1').fill('Autonome en 3 mois');
    await next.getByLabel('Échéance de l’objectif 1').fill('30/06/2027');

    await review.waitSaved();
    await page.getByRole('button', { name: 'Marquer comme prête' }).click();
    await expect(page.getByText('Statut : prête')).toBeVisible();
    expect(await seriousA11yViolations()).toEqual([]);

    await page.reload();
    await expect(page.getByText('Statut : prête')).toBeVisible();
    for (const step of PLAN) {
      await expect(review.evidence(step.name)).toHaveValue(evidenceFor(step.name));
      await expect(review.card(step.name)).toContainText(step.gap);
    }
    await expect(review.card('Penser de manière critique').getByRole('radio', { name: /^Niveau 2 – / })).toBeChecked();
    await expect(review.card('Collaborer').getByRole('radio', { name: 'En dessous du niveau 1' })).toBeChecked();
    await expect(review.card('Se connaître').getByLabel('Raison (non observé)')).toHaveValue('Longue absence pour maladie');
    await expect(objectives.getByLabel('Objectif 1', { exact: true })).toHaveValue('Clôturer 150 dossiers de recouvrement');
    await expect(objectives.getByRole('radio', { name: 'Partiellement atteint' })).toBeChecked();
    await expect(objectives.getByLabel('Commentaire sur l’objectif 1')).toHaveValue('132 dossiers clôturés.');
    await expect(outcome.getByRole('radio', { name: 'Insuffisant' })).toBeChecked();
    await expect(outcome.getByLabel('Justification de la mention « insuffisant »')).toHaveValue('Objectif principal non atteint.');
    await expect(outcome.getByLabel('Commentaire de l’évaluateur')).toHaveValue('Année difficile, progrès en fin de cycle.');
    await expect(next.getByLabel('Objectif 1', { exact: true })).toHaveValue('Former un nouveau collègue');
    await expect(next.getByLabel('Indicateur de réussite de l’objectif 1')).toHaveValue('Autonome en 3 mois');
    await expect(next.getByLabel('Échéance de l’objectif 1')).toHaveValue('30/06/2027');

    // The person's page lists the cycle and its review's status.
    await page.getByRole('link', { name: 'Zoë Ünal' }).click();
    await expect(person.cycleRow(1)).toContainText('prête');
    await expect(person.cycleRow(2)).toContainText('pas commencée');
  });

  test('a promotion to B leaves the earlier review judged against C; a new review expects B', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open();
    await team.addPerson({ name: 'Marc Peeters', classId: 'C', classFrom: '01/01/2019', cycleStart: '01/01/2025' });
    const person = new PersonPage(page);
    await person.waitFor('Marc Peeters');
    await person.openReview(1);
    const review = new ReviewPage(page);
    await review.expectExpected('Penser de manière critique', 'Niveau 1 – Traiter des informations simples et les synthétiser');
    await page.getByRole('link', { name: 'Marc Peeters' }).click();

    await person.changeClass('B', '01/06/2026');
    await expect(page.getByText('Classe B depuis le 01/06/2026')).toBeVisible();
    await expect(page.getByText('Classe C depuis le 01/01/2019')).toBeVisible();

    await person.openReview(1);
    await expect(page.getByText(/jugée en Classe C/)).toBeVisible();
    await review.expectExpected('Penser de manière critique', 'Niveau 1 – Traiter des informations simples et les synthétiser');
    await expect(page.getByRole('region', { name: 'Compétences hors profil (facultatif)' })).toContainText('Développer une vision');

    await page.getByRole('link', { name: 'Marc Peeters' }).click();
    await person.openReview(2);
    await expect(page.getByText(/jugée en Classe B/)).toBeVisible();
    await review.expectExpected('Penser de manière critique', 'Niveau 2 – Évaluer des informations complexes et arriver à une conclusion');
    await expect(review.card('Développer une vision')).toContainText('Attendu : niveau 1');
  });

  test('the person form refuses an empty name, a duplicate staff number and impossible dates, in French', async ({ page, seriousA11yViolations }) => {
    const team = new TeamPage(page);
    await team.open();
    await team.addPerson({ name: 'Anne Martin', staffNumber: 'X1', classId: 'B', classFrom: '01/01/2020', cycleStart: '01/03/2025' });

    await team.open();
    await team.addPerson({ name: '   ', staffNumber: 'x1', classId: 'B', classFrom: '31/02/2020', cycleStart: '01/01/3025' }, { refused: true });
    await expect(page.getByRole('alert')).toHaveText('Le formulaire contient 4 erreurs.');
    await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
    await expect(page.getByText('Ce matricule est déjà attribué à une autre personne.')).toBeVisible();
    await expect(page.getByText(/Date impossible/)).toHaveCount(2);
    await expect(page.getByLabel('Nom et prénom')).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousA11yViolations()).toEqual([]);

    await team.open();
    await expect(team.row('Anne Martin')).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(2);
  });

  test('a promotion dated before the last class change is refused', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open();
    await team.addPerson({ name: 'Jan Claes', classId: 'C', classFrom: '01/01/2022', cycleStart: '01/01/2025' });
    const person = new PersonPage(page);
    await person.waitFor('Jan Claes');
    await person.changeClass('B', '01/01/2021', { refused: true });
    await expect(page.getByText('La date doit suivre celle du dernier changement de classe.')).toBeVisible();
    await person.changeClass('C', '01/01/2024', { refused: true });
    await expect(page.getByText('La personne est déjà dans cette classe.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /depuis le/ })).toHaveCount(1);
  });
});
