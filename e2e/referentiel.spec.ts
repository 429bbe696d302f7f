import { readFileSync } from 'node:fs';
import { parseReferenceTable } from '../shared/framework/reference-table';
import { expect, test } from './fixtures';
import { ReferentielPage } from './pages/referentiel-page';

const documentText = readFileSync(
  new URL('../docs/source/famille-DO-gestionnaires-de-dossiers.txt', import.meta.url),
  'utf8',
);
const table = parseReferenceTable(documentText).flat();
const CLASSES = ['D', 'C', 'B', 'A1', 'A2'];

/** What the "Niveau attendu" and title cells must say for a class, straight from the document. */
function expectedCells(classId: string, limitedLeadership: boolean) {
  return table.map((competency) => {
    const index = competency.levels.findIndex(
      (level) => level.classes.includes(classId) || (limitedLeadership && level.classes.includes(`${classId}*`)),
    );
    const level = competency.levels[index];
    return {
      name: competency.name,
      expected: level ? `Niveau ${index + 1} sur ${competency.levels.length}` : 'non attendu',
      title: level?.title ?? '—',
    };
  });
}

test.describe('Référentiel', () => {
  for (const classId of CLASSES) {
    test(`shows the document's expected levels for class ${classId}`, async ({ page }) => {
      const referentiel = new ReferentielPage(page);
      await referentiel.open();
      await referentiel.chooseClass(classId);
      await expect(page.getByRole('heading', { name: `Profil de compétences comportementales – classe ${classId}` })).toBeVisible();
      for (const cell of expectedCells(classId, false)) {
        const row = referentiel.row(cell.name);
        await expect(row.getByRole('cell').nth(0)).toHaveText(cell.expected);
        await expect(row.getByRole('cell').nth(1)).toContainText(cell.title);
      }
      // Distinctive criteria of this class only: "Conseil" for A1 and A2.
      const criteria = page.getByRole('region', { name: `Critères distinctifs – classe ${classId}` });
      await expect(criteria.getByRole('term').filter({ hasText: 'Conseil' })).toHaveCount(classId.startsWith('A') ? 1 : 0);
      await expect(criteria.getByRole('term').filter({ hasText: 'Connaissances' })).toHaveCount(1);
    });
  }

  test('the leadership option changes "Guider" for A1 and A2 only', async ({ page }) => {
    const referentiel = new ReferentielPage(page);
    await referentiel.open();
    for (const classId of ['A1', 'A2']) {
      await referentiel.chooseClass(classId);
      await expect(referentiel.leadership).toBeEnabled();
      await expect(referentiel.leadership).not.toBeChecked();
      expect(await referentiel.expectedCell('Guider')).toBe('non attendu');
      await referentiel.setLeadership(true);
      expect(await referentiel.expectedCell('Guider')).toBe('Niveau 1 sur 4');
      await expect(referentiel.row('Guider').getByRole('cell').nth(1)).toContainText(
        'Mobiliser votre équipe et favoriser le changement',
      );
      for (const cell of expectedCells(classId, true)) {
        await expect(referentiel.row(cell.name).getByRole('cell').nth(0)).toHaveText(cell.expected);
      }
      await referentiel.setLeadership(false);
      expect(await referentiel.expectedCell('Guider')).toBe('non attendu');
    }
    for (const classId of ['D', 'C', 'B']) {
      await referentiel.chooseClass(classId);
      await expect(referentiel.leadership).toBeDisabled();
      expect(await referentiel.expectedCell('Guider')).toBe('non attendu');
    }
  });

  test('can be used by keyboard alone', async ({ page }) => {
    const referentiel = new ReferentielPage(page);
    await referentiel.open();
    await referentiel.chooseClass('C');
    await page.getByRole('radio', { name: 'Classe C', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Classe A1', exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(referentiel.leadership).toBeFocused();
    await page.keyboard.press('Space');
    expect(await referentiel.expectedCell('Guider')).toBe('Niveau 1 sur 4');
  });

  test('shows the six roles and the two definitions', async ({ page }) => {
    const referentiel = new ReferentielPage(page);
    await referentiel.open();
    const roles = page.getByRole('region', { name: 'Finalités' });
    await expect(roles.getByRole('heading', { level: 3 })).toHaveText([
      "En tant que gestionnaire de l'information",
      'En tant que gestionnaire de dossier',
      'En tant que responsable de la clôture des dossiers',
      'En tant que personne de contact',
      'En tant que gestionnaire de données et/ou de documentation',
      'En tant que gestionnaire de connaissances',
    ]);
    await expect(page.getByRole('term').filter({ hasText: /^spécialisation$/ })).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: /^expertise$/ })).toBeVisible();
  });

  test('has no serious or critical accessibility violation', async ({ page, seriousA11yViolations }) => {
    const referentiel = new ReferentielPage(page);
    await referentiel.open();
    for (const classId of ['D', 'A2']) {
      await referentiel.chooseClass(classId);
      expect(await seriousA11yViolations()).toEqual([]);
    }
  });

  test('README screenshot', async ({ page }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    const referentiel = new ReferentielPage(page);
    await referentiel.open();
    await referentiel.chooseClass('B');
    await page.screenshot({ path: 'docs/screenshots/referentiel.png' });
  });
});
