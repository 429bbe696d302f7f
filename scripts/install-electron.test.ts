import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { ELECTRON_NODE, atLeast, installElectron, skipRequested } from './install-electron.mjs';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  allowScripts?: Record<string, boolean>;
  devDependencies: Record<string, string>;
  engines: { node: string };
};
const electronPackage = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('electron/package.json'), 'utf8')) as {
  version: string;
  engines: { node: string };
};

function quietLog() {
  return { log: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

describe('installing Electron with the project (npm install)', () => {
  it('runs from package.json on every install, and nothing there blocks Electron', () => {
    expect(packageJson.scripts['postinstall']).toBe('node scripts/install-electron.mjs');
    expect(packageJson.allowScripts?.['electron']).not.toBe(false);
    expect(packageJson.devDependencies['electron']).toBe(electronPackage.version);
  });

  it('states the Node version Electron declares', () => {
    expect(electronPackage.engines.node.replace(/[>= ]/g, '')).toBe(ELECTRON_NODE);
  });

  it('skips the download only when ELECTRON_SKIP_BINARY_DOWNLOAD asks for it', () => {
    expect(skipRequested({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(true);
    expect(skipRequested({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' })).toBe(true);
    expect(skipRequested({})).toBe(false);
    expect(skipRequested({ ELECTRON_SKIP_BINARY_DOWNLOAD: '' })).toBe(false);
    expect(skipRequested({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(false);
    expect(skipRequested({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'false' })).toBe(false);
  });

  it('compares Node versions', () => {
    expect(atLeast('v22.12.0', '22.12.0')).toBe(true);
    expect(atLeast('v24.1.0', '22.12.0')).toBe(true);
    expect(atLeast('v22.11.9', '22.12.0')).toBe(false);
    expect(atLeast('v20.20.2', '22.12.0')).toBe(false);
  });

  it('runs Electron\'s own installer when no skip is asked, and passes its failure on', () => {
    const run = vi.fn(() => ({ status: 1 }));
    const log = quietLog();
    const code = installElectron({ env: {}, nodeVersion: 'v22.12.0', log, run: run as unknown as typeof spawnSync });
    expect(code).toBe(1);
    expect(run).toHaveBeenCalledWith(process.execPath, [createRequire(import.meta.url).resolve('electron/install.js')], expect.objectContaining({ stdio: 'inherit' }));
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD=1'));
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('warns on a Node older than Electron declares, and still tries', () => {
    const run = vi.fn(() => ({ status: 0 }));
    const log = quietLog();
    expect(installElectron({ env: {}, nodeVersion: 'v20.19.0', log, run: run as unknown as typeof spawnSync })).toBe(0);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('22.12.0'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('with ELECTRON_SKIP_BINARY_DOWNLOAD=1, exits 0 and says what works without the binary', () => {
    const result = spawnSync(process.execPath, ['scripts/install-electron.mjs'], {
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('npm run web');
  });
});
