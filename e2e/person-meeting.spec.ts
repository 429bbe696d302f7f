import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { cycleAt } from '../shared/cycles';
import { expectedProfile } from '../shared/framework';
import type { Person } from '../shared/people/person';
import { newReview, type Review } from '../shared/reviews/review';
import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

const TODAY = '2026-11-26';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+01:00`));
});

/** axe-core's moderate, serious and critical violations, as e2e/screens.spec.ts counts them. */
async function a11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => ['moderate', 'serious', 'critical'].includes(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Writes reviews straight into the app's IndexedDB, as a restore of earlier years would. */
async function writeReviews(page: Page, reviews: Review[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('reviews', 'readwrite');
      for (const record of records) tx.objectStore('reviews').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, reviews);
}

/**
 * Inès Claes: class C from 2019, promoted to B on 01/03/2025, cycles from 01/01/2024.
 * Cycle 1 (2024, class C) signed, cycle 2 (2025, class B) finalised with « insuffisant »
 * and one objective planned for cycle 3 (2026), which is due on TODAY.
 */
async function personWithHistory(page: Page): Promise<{ personId: string; expectedB: Map<string, number | null> }> {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Marc Autre', classId: 'B', classFrom: '01/01/2019', cycleStart: '01/01/2024' });
  await team.open();
  await team.addPerson({ name: 'Inès Claes', classId: 'C', classFrom: '01/01/2019', cycleStart: '01/01/2024' });
  const person = new PersonPage(page);
  await person.waitFor('Inès Claes');
  await person.changeClass('B', '01/03/2025');
  const personId = page.url().split('/').pop()!;
  const owner: Pick<Person, 'id' | 'classHistory' | 'limitedLeadership'> = {
    id: personId,
    classHistory: [
      { classId: 'C', from: '2019-01-01' },
      { classId: 'B', from: '2025-03-01' },
    ],
    limitedLeadership: false,
  };
  const first = newReview({ id: 'r-2024', person: owner, cycle: cycleAt('2024-01-01', 0), classId: 'C', now: '2024-12-10T10:00:00.000Z' });
  const second = newReview({ id: 'r-2025', person: owner, cycle: cycleAt('2024-01-01', 1), classId: 'B', now: '2025-12-10T10:00:00.000Z' });
  const reviews: Review[] = [
    {
      ...first,
      status: 'signee',
      finalisedAt: '2024-12-12T10:00:00.000Z',
      ratings: {
        'penser-critique': { observed: { kind: 'below' }, evidence: 'Dossiers clôturés sans vérifier les pièces.' },
        collaborer: { observed: { kind: 'level', level: 2 }, evidence: 'Aide spontanée aux collègues.' },
      },
      objectives: [
        { id: 'o1', description: 'Résorber l’arriéré', result: 'atteint', comment: '' },
        { id: 'o2', description: 'Suivre la formation TVA', result: 'non-atteint', comment: '' },
        { id: 'o3', description: 'Rédiger la procédure', result: 'partiellement-atteint', comment: '' },
      ],
    },
    {
      ...second,
      status: 'finalisee',
      finalisedAt: '2025-12-12T10:00:00.000Z',
      outcome: 'insuffisant',
      outcomeJustification: 'L’analyse des dossiers ne s’est pas développée.',
      ratings: {
        'penser-critique': { observed: { kind: 'below' }, evidence: 'Toujours sans vérification.' },
        collaborer: { observed: { kind: 'level', level: 3 }, evidence: 'Anime l’équipe.' },
      },
      objectives: [
        { id: 'o4', description: 'Vérifier chaque pièce', result: 'non-atteint', comment: '' },
        { id: 'o5', description: 'Former un stagiaire', result: 'atteint', comment: '' },
      ],
      nextObjectives: [{ id: 'n1', description: 'Former un collègue à la procédure', indicator: '', dueDate: '' }],
    },
  ];
  await writeReviews(page, reviews);
  await page.reload();
  await person.waitFor('Inès Claes');
  const expectedB = new Map(expectedProfile('B').map((entry) => [entry.name, entry.expectedLevel]));
  return { personId, expectedB };
}

test('the person page shows the next step, the expected profile beside last year’s review, and this cycle’s objectives (journey 2)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { expectedB } = await personWithHistory(page);

  const next = page.getByRole('region', { name: 'À faire maintenant' });
  await expect(next).toContainText('Cycle 3, du 01/01/2026 au 31/12/2026 : pas commencée, fin de cycle dans 35 jours.');
  await expect(next).toContainText('Prochaine étape : commencer l’évaluation de ce cycle.');

  const profile = page.getByRole('region', { name: 'Profil attendu et dernière évaluation' });
  await expect(profile.getByRole('columnheader')).toHaveText(['Compétence', 'Attendu en B', 'Cycle 2 (classe B) : observé / attendu alors', 'Écart alors']);
  const critique = profile.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Penser de manière critique$/ }) });
  const expectedCritique = expectedB.get('Penser de manière critique')!;
  await expect(critique.getByRole('cell')).toHaveText([String(expectedCritique), `< 1 / ${expectedCritique}`, `▼ en dessous (−${expectedCritique})`]);
  const vision = profile.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Développer une vision$/ }) });
  await expect(vision.getByRole('cell').first()).toHaveText(String(expectedB.get('Développer une vision') ?? 'hors profil'));
  await expect(profile.getByRole('row')).toHaveCount(13);
  const last = profile.getByRole('group', { name: 'Dernière évaluation finalisée' });
  await expect(last).toContainText('Cycle 2, du 01/01/2025 au 31/12/2025, jugée en classe B (finalisée).');
  await expect(last).toContainText('Mention : « insuffisant ».');
  await expect(last).toContainText('Objectifs atteints : 1 sur 2 (partiellement : 0, non atteints : 1).');
  await expect(last).toContainText('1 compétence en dessous du niveau attendu alors.');

  const objectives = page.getByRole('region', { name: 'Objectifs du cycle 3' });
  await expect(objectives).toContainText('Tels que fixés lors de l’évaluation du cycle 2 : ils formeront le bilan de ce cycle.');
  await expect(objectives.getByRole('listitem')).toHaveText(['Former un collègue à la procédure (à juger)']);
  expect(await a11yViolations(page)).toEqual([]);

  // Starting the review from there: the planned objective becomes the bilan's, and the next step follows.
  await page.getByRole('button', { name: 'Commencer l’évaluation du cycle 3' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Évaluation de Inès Claes' })).toBeVisible();
  await expect(page.getByLabel('Objectif 1', { exact: true })).toHaveValue('Former un collègue à la procédure');
  await page.getByRole('link', { name: 'Inès Claes' }).click();
  await expect(next).toContainText('Prochaine étape : compléter l’évaluation (brouillon).');
  await expect(next.getByRole('link', { name: 'Ouvrir l’évaluation du cycle 3' })).toBeVisible();
  await expect(objectives).toContainText('Tels que jugés dans le bilan de ce cycle.');
  await expect(objectives.getByRole('listitem')).toHaveText(['Former un collègue à la procédure (pas encore jugé)']);
});

test('the Progression gives objectives met and the mention per cycle, and all twelve competencies at a glance (journey 5)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { expectedB } = await personWithHistory(page);
  await page.getByRole('link', { name: 'Voir la progression' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progression de Inès Claes' })).toBeVisible();

  const results = page.getByRole('region', { name: 'Objectifs atteints et mention, cycle par cycle' });
  const row = (number: number) => results.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Cycle ${number} `) }) });
  await expect(row(1).getByRole('cell')).toHaveText(['C', '1 sur 3', 'aucune (répond aux attentes)', 'signée']);
  await expect(row(2).getByRole('cell')).toHaveText(['B', '1 sur 2', '« insuffisant »', 'finalisée']);

  const multiples = page.getByRole('region', { name: 'Les douze compétences en un coup d’œil' });
  await expect(multiples.getByRole('img')).toHaveCount(12);
  const expectedCritique = expectedB.get('Penser de manière critique')!;
  await expect(multiples.getByRole('img', { name: /^Penser de manière critique/ })).toHaveAccessibleName(
    `Penser de manière critique : 2024 observé 0, attendu 1 ; 2025 observé 0, attendu ${expectedCritique}`,
  );
  // The expected line follows the class change (C, then B).
  await expect(multiples.locator('[data-competency="penser-critique"] path')).toHaveAttribute('data-expected', JSON.stringify([1, expectedCritique]));

  // A small chart opens its competency in the large one.
  await multiples.getByRole('button', { name: 'Afficher « Collaborer » dans le graphique' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Collaborer' })).toBeVisible();
  await expect(page.getByRole('img', { name: /« Collaborer »/ })).toHaveAttribute(
    'data-points',
    JSON.stringify([
      [expectedProfile('C').find((entry) => entry.id === 'collaborer')!.expectedLevel, 2],
      [expectedB.get('Collaborer'), 3],
    ]),
  );
  await expect(multiples.getByRole('button', { name: 'Afficher « Collaborer » dans le graphique' })).toHaveAttribute('aria-pressed', 'true');
  expect(await a11yViolations(page)).toEqual([]);
});

test('the meeting mode shows one screen at a time, nobody else, and rates and takes evidence from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await personWithHistory(page);
  await page.getByRole('button', { name: 'Commencer l’évaluation du cycle 3' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Évaluation de Inès Claes' })).toBeVisible();
  const reviewHash = await page.evaluate(() => location.hash);

  await page.getByRole('link', { name: 'Mode entretien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Objectifs du cycle' })).toBeVisible();
  await expect(page.getByText('Entretien d’évaluation – Inès Claes, cycle 3')).toBeVisible();
  // Nothing but this review: no navigation, no team, no other person.
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toContain('Marc Autre');
  await expect(page.getByText('Écran 1 sur')).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Résultat de l’objectif 1' }).getByText('Atteint', { exact: true }).click();
  await expect(page.getByRole('radiogroup', { name: 'Résultat de l’objectif 1' }).getByRole('radio', { name: 'Atteint', exact: true })).toBeChecked();
  expect(await a11yViolations(page)).toEqual([]);

  // → moves on; the new screen's heading takes focus.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('ArrowRight');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/Penser de manière critique$/);
  await expect(heading).toBeFocused();
  await expect(page.getByText('Écran 2 sur')).toBeVisible();
  await page.keyboard.press('1');
  const levels = page.getByRole('radiogroup', { name: 'Niveau observé – Penser de manière critique' });
  await expect(levels.getByRole('radio', { checked: true })).toHaveAccessibleName(/^Niveau 1/);
  await page.keyboard.press('e');
  const evidence = page.getByLabel(/^Observations \(comportements, exemples, dates\)/);
  await expect(evidence).toBeFocused();
  // Typing keeps its keys: digits and arrows go into the text, not to the rating or the screens.
  await page.keyboard.type('Vérifie 3 pièces sur 4 → progrès');
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(/Penser de manière critique$/);
  await expect(levels.getByRole('radio', { checked: true })).toHaveAccessibleName(/^Niveau 1/);
  expect(await a11yViolations(page)).toEqual([]);
  await page.keyboard.press('PageDown');
  await expect(heading).not.toHaveText('Penser de manière critique');
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(/Penser de manière critique$/);
  await expect(evidence).toHaveValue('Vérifie 3 pièces sur 4 → progrès');
  await expect(page.getByRole('status').filter({ hasText: /Enregistré/ })).toBeVisible();

  // Back on the review page, what was said in the meeting is there.
  await page.getByRole('link', { name: 'Quitter le mode entretien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Évaluation de Inès Claes' })).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toBe(reviewHash);
  const review = new ReviewPage(page);
  await expect(review.card('Penser de manière critique').getByRole('radio', { checked: true })).toHaveAccessibleName(/^Niveau 1/);
  await expect(review.evidence('Penser de manière critique')).toHaveValue('Vérifie 3 pièces sur 4 → progrès');
  await expect(page.getByRole('radiogroup', { name: 'Résultat de l’objectif 1' }).getByRole('radio', { name: 'Atteint', exact: true })).toBeChecked();
});
