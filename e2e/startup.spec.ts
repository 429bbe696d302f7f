import { expect, test } from './fixtures';

test('startup loads no backup, CSV or full-zod code; the Données screen loads it', async ({ page }) => {
  const scripts: { url: string; body: string }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: await response.text() });
  });
  await page.goto('/#/equipe');
  await page.getByRole('heading', { level: 1, name: 'Équipe' }).waitFor();
  // papaparse, the backup format (dexie-export-import, full zod) are nowhere in what startup fetched.
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((script) => /Papa|JALONBK1|dexie-export-import/.test(script.body)).map((script) => script.url)).toEqual([]);

  await page.getByRole('link', { name: 'Données' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sauvegarde et restauration' }).waitFor();
  await expect.poll(() => scripts.filter((script) => /Papa/.test(script.body)).length).toBe(1);
  await expect.poll(() => scripts.filter((script) => /JALONBK1/.test(script.body)).length).toBe(1);
});
