import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The Electron binary's path, read the way the `electron` package does but
 * without its side effect: requiring `electron` from Node would try to
 * download a missing binary.
 */
function electronBinary(): string | null {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const mainScript = path.resolve('out/main/index.js');

const SKIP_REASON =
  'Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1): desktop e2e skipped. ' +
  'Run `npx install-electron` (or `npm install` without that variable) where the download is allowed.';
if (binary === null) console.warn(`[electron e2e] ${SKIP_REASON}`);

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, SKIP_REASON);

  test('opens the Référentiel from app://jalon in a sandboxed window', // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
  async ({}, testInfo) => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [mainScript, `--user-data-dir=${testInfo.outputPath('profile')}`],
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1, name: 'Référentiel' })).toBeVisible();
      expect(page.url()).toBe('app://jalon/index.html');
      // Context isolation: the page sees window.jalon, never require or process.
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys(window.jalon ?? {}).sort())).toEqual(['getAppInfo', 'openFile', 'saveFile']);
      const info = await page.evaluate(() => window.jalon!.getAppInfo());
      expect(info).toMatchObject({ ok: true });
      // A new window is refused.
      await page.evaluate(() => window.open('https://example.org/'));
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
