import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-pages';
import { countStored, PERSON_STORES } from './stored';

/**
 * Failures the platform reports (a full disk, a file too large, a shell that
 * refuses), each said in French from its stable code, never with the
 * platform's English text. The desktop side is a stand-in for the preload's
 * `window.jalon` whose answers cross as `{ ok: false, error: { code, message } }`,
 * the message being the English technical text main would send.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const failWith = (code: string) => Promise.resolve({ ok: false, error: { code, message: `ENGLISH-TECHNICAL ${code}` } });
    const state = { openFileFails: 'file-too-large' };
    Object.assign(window, {
      jalonOpenFileFails: (code: string) => (state.openFileFails = code),
      jalon: {
        getAppInfo: () => ok({ name: 'Jalon', version: '0.1.0', platform: 'linux' }),
        listSafetyBackups: () => failWith('platform-failed'),
        keepSafetyBackup: () => ok({ id: 'jalon-x-upgrade.jalon', createdAt: new Date().toISOString(), reason: 'upgrade', size: 1 }),
        readSafetyBackup: () => failWith('safety-copy-not-found'),
        saveFile: () => failWith('disk-full'),
        openFile: () => failWith(state.openFileFails),
        printReviewPdf: () => failWith('platform-failed'),
        removeSafetyBackup: () => ok(null),
        openFolder: () => ok({ opened: true }),
        getSealKey: () => ok(new Uint8Array(32).fill(7)),
        onFlushBeforeClose: () => undefined,
      },
    });
  });
});

test('a full disk while exporting the team as CSV is said in French', async ({ page, seriousA11yViolations }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Le CSV n’a pas été enregistré' });
  await expect(alert).toContainText('L’espace de stockage de l’ordinateur est plein');
  await expect(alert).not.toContainText('ENGLISH-TECHNICAL');
  expect(await seriousA11yViolations()).toEqual([]);
});

test('Données: a file too large, a file that cannot be read, safety copies out of reach — each has its French message', async ({ page }) => {
  await page.goto('/#/donnees');
  const restore = page.getByRole('region', { name: 'Restaurer une sauvegarde' });
  await restore.getByRole('button', { name: 'Choisir un fichier de sauvegarde' }).click();
  await expect(restore.getByRole('alert')).toHaveText('Ce fichier est trop volumineux pour être une sauvegarde Jalon.');

  const csv = page.getByRole('region', { name: 'Importer des gestionnaires de dossiers (CSV)' });
  await csv.getByRole('button', { name: 'Choisir un fichier CSV' }).click();
  await expect(csv.getByRole('alert')).toHaveText('Ce fichier est trop volumineux (plus de 5 Mo) pour une liste de personnes.');

  await page.evaluate(() => (window as unknown as { jalonOpenFileFails: (code: string) => void }).jalonOpenFileFails('platform-failed'));
  await restore.getByRole('button', { name: 'Choisir un fichier de sauvegarde' }).click();
  await expect(restore.getByRole('alert')).toHaveText('Ce fichier n’a pas pu être lu. Aucune donnée n’a été modifiée.');

  const safety = page.getByRole('region', { name: 'Sauvegardes de sécurité automatiques' });
  await expect(safety.getByRole('alert')).toHaveText('L’ordinateur n’a pas pu faire ce qui était demandé (fichier, dossier ou impression). Réessayez.');
  await expect(page.getByText('ENGLISH-TECHNICAL')).toHaveCount(0);
});

test('erasing a person whose safety copies are out of reach: said in French, nothing erased (issue 11)', async ({ page }) => {
  await page.goto('/');
  const team = new TeamPage(page);
  await team.addPerson({ name: 'Jan Claes', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  const before = await countStored(page, PERSON_STORES);
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('alert')).toHaveText('L’ordinateur n’a pas pu faire ce qui était demandé (fichier, dossier ou impression). Réessayez.');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByText('ENGLISH-TECHNICAL')).toHaveCount(0);
  expect(await countStored(page, PERSON_STORES)).toEqual(before);
  expect(before[0]).toBe(1);
});
