import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { printReadyScript } from '../electron/pdf';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
});

test('a report of example data says « EXEMPLE » on every page; its title and file name come from the person and the cycle', async ({ page }, testInfo) => {
  await page.goto('/#/equipe');
  // The desktop export's wait (electron/pdf.ts), run in real pages: a page that is no print view is never ready…
  expect(await page.evaluate(printReadyScript(100))).toBe(false);
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByText(/Des données d’exemple sont chargées/)).toBeVisible();
  await page.getByRole('rowheader').first().getByRole('link').click();
  const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  // The previous cycle's review: finalised and signed, so sealed.
  await page.getByRole('button', { name: /Ouvrir l’évaluation – Cycle/ }).nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Évaluation de / })).toBeVisible();
  const reviewId = page.url().split('/').pop()!;
  const cycle = /du (\d\d)\/(\d\d)\/(\d{4}) au (\d\d)\/(\d\d)\/(\d{4})/.exec((await page.locator('.screen-header .muted').first().textContent()) ?? '');
  expect(cycle).not.toBeNull();
  const [, d1, m1, y1, d2, m2, y2] = cycle!;

  await page.goto(`/#/evaluation/${reviewId}/impression`);
  // …and the print view answers it once its data and fonts are in.
  expect(await page.evaluate(printReadyScript(30_000))).toBe(true);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const slug = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const expectedTitle = `evaluation_${slug}_${y1}-${m1}-${d1}_${y2}-${m2}-${d2}`;
  await expect(page).toHaveTitle(expectedTitle);

  const file = testInfo.outputPath('example.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(new RegExp(`^Title:\\s+${expectedTitle}$`, 'm'));
  const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').filter((text) => text.trim() !== '');
  expect(pages.length).toBeGreaterThan(1);
  for (const [index, text] of pages.entries()) {
    expect(text, `page ${index + 1}`).toContain('EXEMPLE – données fictives');
    // The full seal in every page's footer.
    expect(text, `page ${index + 1}`).toMatch(/SHA-256 : [0-9a-f]{64}/);
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, testInfo.outputPath('page')]);
});

test('the print view of a review that is not there says so, and tells the desktop export at once', async ({ page }) => {
  await page.goto('/#/evaluation/inconnue/impression');
  await expect(page.getByRole('alert')).toHaveText('Cette évaluation n’existe pas ou a été supprimée.');
  // Answered by the page, long before the export's timeout (which would fail this test).
  expect(await page.evaluate(printReadyScript(60_000))).toBe('missing');
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(0);
});
