import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

const TODAY = new Date('2026-11-26T10:00:00+01:00');
const COMPETENCIES_C = [
  'Penser de manière critique',
  'Penser de manière créative',
  'Communiquer',
  'Collaborer',
  'Être orienté solutions',
  'Être orienté résultats',
  'Être orienté clients',
  'Se connaître',
  'Se développer',
  "Faire preuve d'agilité",
];

/** Prints the print view with Chromium's own printing (as Electron's printToPDF) and reads it back with pdftotext. */
async function printReview(page: Page, reviewId: string, testInfo: TestInfo, name: string): Promise<{ text: string; pages: number; file: string }> {
  await page.goto(`/#/evaluation/${reviewId}/impression`);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  const file = testInfo.outputPath(name);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), file };
}

/** A person in class C with a complete review of cycle 2 (2026), ready to finalise. */
async function completeReview(page: Page, evidence: string): Promise<string> {
  await page.goto('/#/parametres');
  await page.getByLabel('Nom de l’évaluateur').fill('Sophie Lemaire');
  await page.getByLabel('Organisation').fill('SPF Finances');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré automatiquement' }).first()).toBeVisible();

  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Zoë Ünal-Đorđević', staffNumber: 'ZU1', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Zoë Ünal-Đorđević');
  await person.openReview(2);
  const review = new ReviewPage(page);
  await review.rateAll(['2', '1', '1', '0', '1', '1', '1', '1', '1', '1']);
  await review.evidence('Penser de manière critique').fill(evidence);
  await review.evidence('Collaborer').fill('Travaille seul, refuse <b>l’aide</b> & les « réunions » — été 2026.');
  await page.getByRole('button', { name: 'Afficher les compétences hors profil (2)' }).click();
  await review.card('Guider').focus();
  await page.keyboard.press('1');
  await page.getByLabel('Raison de l’absence d’objectif dans le bilan').fill('Premier cycle : aucun objectif planifié.');
  await review.waitSaved();
  return page.url().split('/').pop()!;
}

test.describe('finalised review and its PDF', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('finalise, lock, hand over: the PDF carries the names, levels and hash, and no appeal notice without a mention', async ({ page, seriousA11yViolations }, testInfo) => {
    const reviewId = await completeReview(page, 'A rédigé l’analyse du dossier n° 2026/117 — « remarquable ». <script>alert(1)</script>');
    const review = new ReviewPage(page);

    await review.finalise();
    await expect(page.getByText('Statut : finalisée')).toBeVisible();
    // On screen, a short form; the whole hash is a click away (issue 13) and is the one on the PDF.
    await expect(page.getByText(/^Empreinte SHA-256\s*:\s*[0-9a-f]{8}…[0-9a-f]{8}/)).toBeVisible();
    await expect(page.getByLabel('Empreinte SHA-256 complète')).toBeHidden();
    await page.getByRole('button', { name: 'Afficher l’empreinte complète' }).click();
    const hash = await page.getByLabel('Empreinte SHA-256 complète').innerText();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByText(/^Empreinte SHA-256/)).toContainText(`${hash.slice(0, 8)}…${hash.slice(-8)}`);

    // Locked: the UI offers no way to change it.
    await expect(review.evidence('Collaborer')).not.toBeEditable();
    await expect(review.card('Communiquer').getByRole('button', { name: /Observations/ })).toHaveCount(0);
    await expect(review.card('Communiquer').getByRole('radio', { name: /^Niveau 1 – / })).toBeDisabled();
    await review.card('Communiquer').focus();
    await page.keyboard.press('3');
    await expect(review.card('Communiquer').getByRole('radio', { name: /^Niveau 1 – / })).toBeChecked();

    await page.getByLabel('Date de remise du rapport au membre du personnel').fill('25/11/2026');
    await page.getByRole('button', { name: 'Enregistrer la remise' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'La date ne peut pas précéder le 26/11/2026.' })).toBeVisible();
    await page.getByLabel('Date de remise du rapport au membre du personnel').fill('26/11/2026');
    await page.getByRole('button', { name: 'Enregistrer la remise' }).click();
    await expect(page.getByRole('button', { name: 'Enregistrer l’accusé de réception' })).toBeVisible();
    // No mention « insuffisant »: nothing to appeal, so no deadline.
    await expect(page.getByText(/Recours possible jusqu’au/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    await expect(page.getByText(/Intégrité vérifiée/)).toBeVisible();
    expect(await seriousA11yViolations()).toEqual([]);

    const { text, pages } = await printReview(page, reviewId, testInfo, 'review.pdf');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Zoë Ünal-Đorđević');
    expect(flat).toContain('SPF Finances');
    expect(flat).toContain('Sophie Lemaire');
    for (const name of [...COMPETENCIES_C, 'Guider']) expect(flat).toContain(name);
    expect(flat).toContain('Niveau 2 – Évaluer des informations complexes et arriver à une conclusion');
    expect(flat).toContain('En dessous du niveau 1');
    expect(flat).toContain('au-delà (+1)');
    expect(flat).toContain('<b>l’aide</b> & les « réunions » — été 2026');
    expect(flat).toContain('<script>alert(1)</script>');
    expect(text.replace(/\s+/g, '')).toContain(hash);
    expect(flat).not.toContain('Recours possible');
    expect(flat).not.toContain('recours écrit');
    expect(flat).toContain('du 01/01/2026 au 31/12/2026');
    expect(flat).toContain('Remis le : 26/11/2026');
    expect(flat).toContain(`Page 1 / ${pages}`);
    expect(await seriousA11yViolations()).toEqual([]);
  });

  test('20,000 characters of evidence flow over several pages, numbered right', async ({ page }, testInfo) => {
    const paragraph = 'Le 12/03, a repris seul le dossier complexe « Dupont », analysé les pièces et proposé une solution validée par le service juridique. ';
    const long = Array.from({ length: 200 }, (_, index) => `${index + 1}. ${paragraph}`).join('\n').slice(0, 20_000);
    const reviewId = await completeReview(page, long);
    const { text, pages } = await printReview(page, reviewId, testInfo, 'long.pdf');
    expect(pages).toBeGreaterThanOrEqual(4);
    for (let number = 1; number <= pages; number++) expect(text).toContain(`Page ${number} / ${pages}`);
    expect(text).not.toContain(`Page ${pages + 1} /`);
    // Every numbered paragraph made it, none lost at a page break.
    const flat = text.replace(/\s+/g, ' ');
    for (const index of [1, 50, 100, 140]) expect(flat).toContain(`${index}. Le 12/03, a repris seul`);
    // The table's header is repeated on the following pages.
    expect(text.match(/Attendu\s+Niveau observé/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  test('an incomplete review cannot be finalised; the missing list says why', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open();
    await team.addPersonAndOpenReview({ name: 'Luc Renard', classId: 'B', classFrom: '01/01/2020', cycleStart: '01/01/2025' }, 2);
    await new ReviewPage(page).finalise();
    await expect(page.getByRole('alert').filter({ hasText: 'L’évaluation n’est pas complète : complétez d’abord les éléments listés.' })).toBeVisible();
    await expect(page.getByText('Statut : brouillon')).toBeVisible();
    await expect(new ReviewPage(page).missing()).toContainText('Il manque 13 éléments');
  });

  test('an addendum needs a reason, leaves the original intact and is printed; tampering is flagged', async ({ page }, testInfo) => {
    const reviewId = await completeReview(page, 'Analyse rigoureuse.');
    const review = new ReviewPage(page);
    await review.finalise();
    await expect(page.getByText('Statut : finalisée')).toBeVisible();

    // The addendum form waits behind a button (issue 13); opening it puts the cursor in the reason.
    const form = page.getByRole('form', { name: 'Ajouter l’addendum' });
    await expect(form).toHaveCount(0);
    await page.getByRole('button', { name: 'Rédiger un addendum' }).click();
    await expect(form.getByLabel('Motif de la correction')).toBeFocused();
    await form.getByLabel('Texte de l’addendum').fill('Lire « 12 mars » au lieu de « 13 mars ».');
    await form.getByRole('button', { name: 'Ajouter l’addendum' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Indiquez le motif de la correction.' })).toBeVisible();
    await form.getByLabel('Motif de la correction').fill('Erreur de date');
    await form.getByRole('button', { name: 'Ajouter l’addendum' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Addendum du 26/11/2026' }).filter({ hasText: 'Erreur de date' })).toBeVisible();
    await expect(review.evidence('Penser de manière critique')).toHaveValue('Analyse rigoureuse.');

    // Web mode: the same print view, through the browser's own print dialog (counted here instead of opened).
    await page.evaluate(() => {
      window.print = () => {
        const counted = window as unknown as { __prints?: number };
        counted.__prints = (counted.__prints ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).click();
    await expect(page).toHaveURL(/\/impression\?imprimer=1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Rapport d’évaluation' })).toBeVisible();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __prints?: number }).__prints)).toBe(1);

    const { text } = await printReview(page, reviewId, testInfo, 'addendum.pdf');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Addendum du 26/11/2026 – motif : Erreur de date');
    expect(flat).toContain('Analyse rigoureuse.');

    // Change the stored content behind the app's back: the check must say so.
    await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('jalon');
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise<void>((resolve) => {
        const store = db.transaction('reviews', 'readwrite').objectStore('reviews');
        const read = store.get(id);
        read.onsuccess = () => {
          store.put({ ...read.result, evaluatorComment: 'Ajouté en douce' }).onsuccess = () => resolve();
        };
      });
      db.close();
    }, reviewId);
    await page.goto(`/#/evaluation/${reviewId}`);
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'ne correspond plus à ce qui a été scellé' });
    await expect(alert).toContainText('le contenu (objectifs, cotations, observations, résultat, commentaires, classe et profil)');
    await expect(alert).not.toContainText('un addendum');
  });
});
