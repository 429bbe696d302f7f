import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
});

test('a promotion is confirmed in a dialog and can be undone until a review is judged in the new class', async ({ page, seriousA11yViolations }) => {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Elise Maes', classId: 'C', classFrom: '01/01/2019', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Elise Maes');
  const history = page.getByRole('region', { name: 'Historique des classes' });

  // Cancelled: nothing is saved.
  await page.getByLabel('Nouvelle classe').selectOption('B');
  await page.getByLabel('À partir du').fill('01/06/2026');
  await page.getByRole('button', { name: 'Enregistrer le changement de classe' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Passer Elise Maes en classe B ?' });
  await expect(dialog).toContainText('À partir du 01/06/2026, les nouvelles évaluations seront jugées en classe B.');
  await expect(dialog.getByRole('button', { name: 'Confirmer le changement de classe' })).toBeFocused();
  expect(await seriousA11yViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(history.getByRole('listitem')).toHaveCount(1);

  // Confirmed, then undone.
  await person.changeClass('B', '01/06/2026');
  await expect(page.getByRole('status').filter({ hasText: 'Changement de classe enregistré : classe B à partir du 01/06/2026.' })).toBeVisible();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await history.getByRole('button', { name: 'Annuler le passage en classe B du 01/06/2026' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le dernier changement de classe a été annulé.' })).toBeVisible();
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Classe C', { exact: true }).first()).toBeVisible();

  // Once a review is judged in B, the promotion stays.
  await person.changeClass('B', '01/06/2026');
  await person.openReview(2);
  await expect(page.getByText(/jugée en Classe B/)).toBeVisible();
  await page.getByRole('link', { name: 'Elise Maes' }).click();
  await person.waitFor('Elise Maes');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('button', { name: /^Annuler le passage/ })).toHaveCount(0);
});

test('finalising asks first, in a dialog, and « prête » is not announced any more once finalised', async ({ page }) => {
  // A review is ready only with its evaluator, pre-filled from Paramètres (issue 12).
  await page.goto('/#/parametres');
  await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();
  const team = new TeamPage(page);
  await team.open();
  const review = await team.addPersonAndOpenReview({ name: 'Noah Wouters', classId: 'D', classFrom: '01/01/2019', cycleStart: '01/01/2025' }, 2);
  const count = await page.locator('[data-rating-card]').count();
  await review.rateAll(Array.from({ length: count }, () => '1'));
  // A bilan without objective needs its reason (issue 12).
  await page.getByLabel('Raison de l’absence d’objectif dans le bilan').fill('Premier cycle : aucun objectif planifié.');
  await review.waitSaved();
  await page.getByRole('button', { name: 'Marquer comme prête' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'L’évaluation est prête.' })).toBeVisible();
  await page.getByRole('button', { name: 'Finaliser l’évaluation' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Finaliser l’évaluation' });
  await expect(dialog.getByRole('button', { name: 'Confirmer la finalisation' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Statut : prête')).toBeVisible();
  await review.finalise();
  await expect(page.getByText('Statut : finalisée')).toBeVisible();
  await expect(page.getByText('L’évaluation est prête.')).toHaveCount(0);
});

test('the outcome is a radio group for the keyboard: Tab reaches it, arrows change it, Tab leaves it, and the choice is stored', async ({ page, seriousA11yViolations }) => {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Elise Maes', classId: 'C', classFrom: '01/01/2019', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Elise Maes');
  await person.openReview(1);
  const review = new ReviewPage(page);
  const outcome = page.getByRole('radiogroup', { name: 'Résultat de l’évaluation' });
  const none = outcome.getByRole('radio', { name: /^Aucune mention/ });
  const insufficient = outcome.getByRole('radio', { name: 'Insuffisant', exact: true });
  await expect(none).toBeChecked();

  // From the last competency of the profile, Tab goes on through the page until it lands in the group, on the chosen radio.
  const lastCard = page.getByRole('region', { name: 'Compétences du profil' }).locator('[data-rating-card]').last();
  await lastCard.focus();
  await expect(lastCard).toBeFocused();
  let presses = 0;
  while (!(await none.evaluate((input) => input === document.activeElement)) && presses < 12) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(none).toBeFocused();

  // An arrow moves and chooses; one Tab leaves the group (to the justification it now asks for).
  await page.keyboard.press('ArrowRight');
  await expect(insufficient).toBeChecked();
  await expect(insufficient).toBeFocused();
  const justification = page.getByLabel('Justification de la mention « insuffisant »');
  await expect(justification).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(justification).toBeFocused();
  await review.waitSaved();
  expect(await seriousA11yViolations()).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Évaluation de / })).toBeVisible();
  await expect(insufficient).toBeChecked();
  await expect(none).not.toBeChecked();
  await expect(justification).toBeVisible();
});
