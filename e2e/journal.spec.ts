import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';
import { countStored } from './stored';
import { tick } from './controls';

const TODAY = new Date('2026-11-26T10:00:00+01:00');

test.describe('observation journal (issue 16)', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('capture a note by keyboard from another screen, find it on the person page and in the review, insert it as evidence with its date', async ({
    page,
    seriousA11yViolations,
  }) => {
    test.setTimeout(120_000);
    const team = new TeamPage(page);
    await team.open();
    await team.addPerson({ name: 'Zoë Ünal', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2026' });
    const person = new PersonPage(page);
    await person.waitFor('Zoë Ünal');
    await person.openReview(1);

    // From the team screen, by keyboard alone: Alt+J, the person, the competency, the note, Entrée.
    await team.open();
    await page.keyboard.press('Alt+J');
    const dialog = page.getByRole('dialog', { name: 'Noter une observation' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Personne')).toBeFocused();
    expect(await seriousA11yViolations()).toEqual([]);
    // Nothing written: a clear message, and the dialog stays open.
    await dialog.getByLabel('Note', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Choisissez la personne observée.')).toBeVisible();
    await expect(dialog.getByText('Choisissez au moins une compétence.')).toBeVisible();
    await expect(dialog.getByText('Écrivez ce que vous avez observé.')).toBeVisible();
    expect(await countStored(page, ['journalNotes'])).toEqual([0]);

    await dialog.getByLabel('Personne').focus();
    await dialog.getByLabel('Personne').selectOption({ label: 'Zoë Ünal' });
    await dialog.getByLabel('Date de l’observation').fill('12/03/2026');
    await dialog.getByLabel('Compétence', { exact: true }).selectOption({ label: 'Collaborer' });
    await dialog.getByLabel('Note', { exact: true }).focus();
    await page.keyboard.type('A repris les dossiers d’un collègue absent sans qu’on le demande.');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Note enregistrée pour Zoë Ünal (12/03/2026).' })).toBeVisible();
    expect(await countStored(page, ['journalNotes'])).toEqual([1]);

    // On the person page, filterable by cycle and competency.
    await page.getByRole('link', { name: 'Zoë Ünal' }).first().click();
    await person.waitFor('Zoë Ünal');
    const journal = page.getByRole('region', { name: 'Journal d’observation' });
    await expect(journal.getByRole('list', { name: 'Journal d’observation' })).toContainText('12/03/2026 · Collaborer');
    await expect(journal.getByRole('list', { name: 'Journal d’observation' })).toContainText('A repris les dossiers d’un collègue absent');
    await journal.getByLabel('Compétence').selectOption({ label: 'Communiquer' });
    await expect(journal.getByText('Aucune note pour ce choix.')).toBeVisible();
    await journal.getByLabel('Compétence').selectOption({ label: 'Collaborer' });
    await expect(journal.getByText('1 note', { exact: true })).toBeVisible();
    expect(await seriousA11yViolations()).toEqual([]);

    // In the review: the count on the competency, the note, inserted with its date.
    await person.openReview(1);
    const review = new ReviewPage(page);
    await expect(review.card('Collaborer')).toContainText('1 note du journal');
    // A competency without notes shows no count, so its card keeps its one line.
    await expect(review.card('Communiquer')).not.toContainText('note du journal');
    // Alt+J from the review starts with its person.
    await page.keyboard.press('Alt+J');
    await expect(page.getByRole('dialog', { name: 'Noter une observation' }).getByLabel('Personne')).toHaveValue(/.+/);
    await page.keyboard.press('Escape');
    await review.card('Collaborer').getByRole('button', { name: /1 note du journal/ }).click();
    const notes = page.getByRole('dialog', { name: 'Notes du journal – Collaborer' });
    await tick(notes.getByRole('checkbox', { name: /12\/03\/2026 – A repris les dossiers/ }));
    expect(await seriousA11yViolations()).toEqual([]);
    await notes.getByRole('button', { name: 'Insérer 1 note dans les éléments probants' }).click();
    await expect(review.evidence('Collaborer')).toHaveValue('12/03/2026 – A repris les dossiers d’un collègue absent sans qu’on le demande.');
    await review.waitSaved();
    await page.reload();
    await expect(review.evidence('Collaborer')).toHaveValue('12/03/2026 – A repris les dossiers d’un collègue absent sans qu’on le demande.');
  });
});
