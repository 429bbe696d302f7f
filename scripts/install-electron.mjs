// `npm install` runs this (package.json "postinstall"): it fetches Electron's
// binary, which the desktop app (`npm start`, `npm run dev`) and the desktop
// e2e suite need. Electron 45's package downloads its binary only when asked
// (its own `install-electron`), and electron-vite does not ask: without this
// step `npm start` stops with "Error: Electron uninstall".
//
// Where the download is impossible or unwanted (CI, locked-down networks),
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips it: web mode and the tests need no binary.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node version Electron 45's package and its downloader declare (`engines`). */
export const ELECTRON_NODE = '22.12.0';

/** Whether the environment asks to skip the download ("", "0" and "false" do not). */
export function skipRequested(env) {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** Whether `version` ("v22.12.0" or "22.12.0") is at least `minimum`. */
export function atLeast(version, minimum) {
  const parse = (text) => text.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [a, b] = [parse(version), parse(minimum)];
  for (let i = 0; i < 3; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** Runs Electron's own installer (a no-op when the binary is already there); returns the exit code. */
export function installElectron({ env = process.env, nodeVersion = process.version, log = console, run = spawnSync } = {}) {
  if (skipRequested(env)) {
    log.log('[jalon] ELECTRON_SKIP_BINARY_DOWNLOAD is set: Electron\'s binary is not downloaded. Web mode (npm run web) and the tests work without it; the desktop app does not.');
    return 0;
  }
  if (!atLeast(nodeVersion, ELECTRON_NODE)) {
    log.warn(`[jalon] Node ${nodeVersion}: Electron 45 declares Node >= ${ELECTRON_NODE} for its download and the desktop app. Trying anyway; web mode needs only Node >= 20.19.`);
  }
  const installer = createRequire(import.meta.url).resolve('electron/install.js');
  const result = run(process.execPath, [installer], { stdio: 'inherit', env });
  const code = result.status ?? 1;
  if (code !== 0) {
    log.error(
      '[jalon] Electron\'s binary could not be downloaded (see above). ' +
        'Where the network does not allow it, install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and use web mode (npm run web).',
    );
  }
  return code;
}

/** Whether this file is the one Node was asked to run (and not imported by a test). */
function runDirectly() {
  if (!process.argv[1]) return false;
  const same = (a, b) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
  return same(path.resolve(process.argv[1]), fileURLToPath(import.meta.url));
}

if (runDirectly()) {
  process.exitCode = installElectron();
}
