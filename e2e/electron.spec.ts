import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { IPC_CHANNELS } from '../shared/ipc-channels';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';

/**
 * The desktop app itself, driven through Playwright's Electron support: the
 * built app (`out/`, from `npm run build`) run by the Electron binary that
 * `npm install` downloads. Where there is no binary (installed with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1, as CI and this project's own machine do),
 * every test here skips and says why.
 */

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

/** Chromium refuses to run its sandbox as root (containers): only then is the OS-level sandbox switched off. */
const ROOT_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

function appArgs(profile: string): string[] {
  return [...ROOT_ARGS, mainScript, `--user-data-dir=${profile}`];
}

/** The app as a user starts it: no dev-server URL in its environment. */
function appEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  return env;
}

async function launch(profile: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({ executablePath: binary!, args: appArgs(profile), env: appEnv() });
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { app, page };
}

/** Kills the app the hard way (as a crash or a power cut would), and waits until it is gone. */
async function kill(app: ElectronApplication): Promise<void> {
  const child = app.process();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Answers the app's next save dialog with `file` (dialogs cannot be clicked by Playwright). */
async function answerSaveDialog(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, file);
}

/** Answers the app's next open dialog with `file`. */
async function answerOpenDialog(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as typeof dialog.showOpenDialog;
  }, file);
}

async function openNav(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const PERSON = { name: 'Zoë Ünal', staffNumber: 'ab-1234', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025', service: 'Recouvrement' };
const FIRST_COMPETENCY = 'Penser de manière critique';

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, SKIP_REASON);
  test.describe.configure({ timeout: 120_000 });

  test('launches into app://jalon with the CSP, sandboxed, isolated, in French, refusing new windows and navigation', // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
  async ({}, testInfo) => {
    const { app, page } = await launch(testInfo.outputPath('profile'));
    try {
      await expect(page.getByRole('heading', { level: 1, name: 'Référentiel' })).toBeVisible();
      expect(page.url()).toBe('app://jalon/index.html');
      expect(await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'))).toBe(CONTENT_SECURITY_POLICY);
      // The CSP holds: an inline script is refused.
      const violated = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
            const script = document.createElement('script');
            script.textContent = 'window.inlineRan = true';
            document.body.append(script);
          }),
      );
      expect(violated).toBe('script-src-elem');
      expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();

      // Context isolation: the page sees window.jalon (one function per method of the contract), never require or process.
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys(window.jalon ?? {}).sort())).toEqual(Object.keys(IPC_CHANNELS).sort());
      expect(await page.evaluate(() => window.jalon!.getAppInfo())).toMatchObject({ ok: true, value: { version: expect.any(String) } });
      expect(await app.evaluate(({ app: electronApp }) => electronApp.isPackaged)).toBe(false);

      // A new window and a navigation away are refused.
      await page.evaluate(() => window.open('https://example.org/'));
      await page.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await expect(page.getByRole('heading', { level: 1, name: 'Référentiel' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/jalon\//);
      expect(app.windows()).toHaveLength(1);

      const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
      expect(menu).toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Aide']));
    } finally {
      await app.close();
    }
  });

  test('a review rated and saved is printed to PDF by printToPDF, and survives the app being killed', // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
  async ({}, testInfo) => {
    const profile = testInfo.outputPath('profile');
    let { app, page } = await launch(profile);
    try {
      await openNav(page, 'Équipe');
      await new TeamPage(page).addPerson(PERSON);
      const person = new PersonPage(page);
      await person.waitFor(PERSON.name);
      await person.openReview(1);
      const review = new ReviewPage(page);
      await page.locator('[data-rating-card]').first().focus();
      await page.keyboard.press('2');
      await expect(review.card(FIRST_COMPETENCY)).toContainText('Au-delà du niveau attendu (+1)');
      await review.evidence(FIRST_COMPETENCY).fill('Analyse du dossier 2025/118, mars 2025.');
      await review.waitSaved();

      // Electron's printToPDF, in its hidden window, to the file the (answered) save dialog names.
      const pdfFile = testInfo.outputPath('evaluation.pdf');
      await answerSaveDialog(app, pdfFile);
      await page.getByRole('button', { name: 'Exporter en PDF' }).click();
      await expect(page.getByText(`PDF enregistré : ${path.basename(pdfFile)}`)).toBeVisible({ timeout: 30_000 });
      const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(PERSON.name);
      expect(text).toContain(FIRST_COMPETENCY);
      expect(text).toContain('Analyse du dossier 2025/118, mars 2025.');

      // Killed, not closed: what was saved is there on the next launch.
      await kill(app);
      ({ app, page } = await launch(profile));
      await openNav(page, 'Équipe');
      await page.getByRole('link', { name: PERSON.name }).click();
      await person.waitFor(PERSON.name);
      await person.openReview(1);
      await expect(review.card(FIRST_COMPETENCY)).toContainText('Au-delà du niveau attendu (+1)');
      await expect(review.evidence(FIRST_COMPETENCY)).toHaveValue('Analyse du dossier 2025/118, mars 2025.');
    } finally {
      await app.close();
    }
  });

  test('a CSV import leaves a safety copy on disk, listed in Données', // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
  async ({}, testInfo) => {
    const { app, page } = await launch(testInfo.outputPath('profile'));
    try {
      const csv = testInfo.outputPath('equipe.csv');
      writeFileSync(csv, 'Nom;Matricule;Classe;Classe depuis;Statut;Service\r\nJan Claes;J1;B;01/01/2020;contractuel;Accueil\r\n');
      await openNav(page, 'Données');
      await answerOpenDialog(app, csv);
      await page.getByRole('button', { name: 'Choisir un fichier CSV' }).click();
      await page.getByRole('button', { name: 'Importer les 1 ligne(s) valide(s)' }).click();
      await expect(page.getByText('1 personne(s) importée(s).')).toBeVisible();

      const safetyFolder = path.join(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData')), 'safety-backups');
      const copies = readdirSync(safetyFolder).filter((name) => name.endsWith('.jalon'));
      expect(copies).toHaveLength(1);
      expect(readFileSync(path.join(safetyFolder, copies[0]!)).byteLength).toBeGreaterThan(0);
      // Encrypted at rest (issue 10): the safety cipher's magic, not a readable backup, and the key file protected by safeStorage beside it.
      const onDisk = readFileSync(path.join(safetyFolder, copies[0]!));
      expect(onDisk.subarray(0, 8).toString()).toBe('JALONSC1');
      expect(onDisk.includes(Buffer.from('JALONBK1'))).toBe(false);
      expect(existsSync(path.join(safetyFolder, '..', 'installation-key.bin'))).toBe(true);
      await page.reload();
      await expect(page.getByRole('region', { name: 'Sauvegardes de sécurité automatiques' }).getByRole('listitem')).toHaveCount(1);
    } finally {
      await app.close();
    }
  });

  test('a second launch quits and brings the first window forward', // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
  async ({}, testInfo) => {
    const profile = testInfo.outputPath('profile');
    const { app } = await launch(profile);
    try {
      // Watch the first window: minimized, with its focus() counted.
      await app.evaluate(({ BrowserWindow }) => {
        const window = BrowserWindow.getAllWindows()[0]!;
        const counter = globalThis as unknown as { focusCalls: number };
        counter.focusCalls = 0;
        const focus = window.focus.bind(window);
        window.focus = () => {
          counter.focusCalls += 1;
          focus();
        };
        window.minimize();
      });

      const second = spawn(binary!, appArgs(profile), { env: appEnv(), stdio: 'ignore' });
      const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
      expect(code).toBe(0);

      await expect.poll(() => app.evaluate(() => (globalThis as unknown as { focusCalls: number }).focusCalls)).toBeGreaterThan(0);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMinimized())).toBe(false);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
