import { expect, test } from './fixtures';

/**
 * The Données screen's « Sur cet ordinateur » section: desktop only. Web mode
 * has no such folders and shows nothing. The desktop side is driven here
 * through a stand-in for the preload's `window.jalon` (the real preload and
 * main are covered by electron/*.test.ts and, where a binary exists, by
 * e2e/electron.spec.ts): it records what the page asks over the IPC contract.
 */
test('web mode shows no folder to open', async ({ page }) => {
  await page.goto('/#/donnees');
  await expect(page.getByRole('heading', { level: 2, name: 'Sauvegardes de sécurité automatiques' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sur cet ordinateur' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ouvrir le dossier des données' })).toHaveCount(0);
});

test('desktop: Données opens the data folder and the safety copies, and says so in French when it cannot', async ({ page, seriousA11yViolations }) => {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    let failNext = false;
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    Object.assign(window, {
      jalonCalls: calls,
      jalonFailNext: () => (failNext = true),
      jalon: {
        getAppInfo: () => ok({ name: 'Jalon', version: '0.1.0', platform: 'linux' }),
        listSafetyBackups: () => ok([]),
        keepSafetyBackup: () => ok({ id: 'jalon-x-upgrade.jalon', createdAt: new Date().toISOString(), reason: 'upgrade', size: 1 }),
        readSafetyBackup: () => Promise.resolve({ ok: false, error: { code: 'platform-failed', message: 'none' } }),
        saveFile: () => ok({ saved: false }),
        openFile: () => ok(null),
        printReviewPdf: () => ok({ saved: false }),
        removeSafetyBackup: () => ok(null),
        getSealKey: () => ok(new Uint8Array(32).fill(7)),
        onFlushBeforeClose: () => undefined,
        openFolder: (request: unknown) => {
          calls.push(request);
          if (failNext) {
            failNext = false;
            return Promise.resolve({ ok: false, error: { code: 'platform-failed', message: 'No application is registered' } });
          }
          return ok({ opened: true });
        },
      },
    });
  });
  await page.goto('/#/donnees');
  const section = page.getByRole('region', { name: 'Sur cet ordinateur' });
  await expect(section).toBeVisible();
  await section.getByRole('button', { name: 'Ouvrir le dossier des données' }).click();
  await section.getByRole('button', { name: 'Ouvrir le dossier des copies de sécurité' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { jalonCalls: unknown[] }).jalonCalls)).toEqual([{ folder: 'data' }, { folder: 'safety' }]);
  await expect(section.getByRole('alert')).toHaveCount(0);

  await page.evaluate(() => (window as unknown as { jalonFailNext: () => void }).jalonFailNext());
  await section.getByRole('button', { name: 'Ouvrir le dossier des copies de sécurité' }).click();
  // Said in French: the shell's English text stays in the logs.
  await expect(section.getByRole('alert')).toHaveText(
    'Le dossier n’a pas pu être ouvert : L’ordinateur n’a pas pu faire ce qui était demandé (fichier, dossier ou impression). Réessayez.',
  );
  await expect(section.getByRole('alert')).not.toContainText('No application');
  expect(await seriousA11yViolations()).toEqual([]);
});
