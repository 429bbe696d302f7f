import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from './testing/fake-electron';

/** The main process unpackaged (`npm run dev`), with a window state left by the last run. */
const fake = createFakeElectron({ isPackaged: false, displays: [{ x: 0, y: 0, width: 1440, height: 870 }, { x: 1440, y: 0, width: 2560, height: 1400 }] });
vi.mock('electron', () => fake.electron);

async function startMain(rendererUrl: string) {
  vi.resetModules();
  vi.stubEnv('ELECTRON_RENDERER_URL', rendererUrl);
  const before = fake.windows.length;
  await import('./main');
  await vi.waitFor(() => expect(fake.windows.length).toBe(before + 1));
  return fake.windows.at(-1)!;
}

afterAll(() => vi.unstubAllEnvs());

describe('the main process in development', () => {
  it('loads the dev server when it is on this machine', async () => {
    const window = await startMain('http://localhost:5173/');
    expect(window.loadedUrl).toBe('http://localhost:5173/');
  });

  it('ignores a dev-server URL pointing elsewhere, and loads app://jalon', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const window = await startMain('https://evil.example/');
    expect(window.loadedUrl).toBe('app://jalon/index.html');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ELECTRON_RENDERER_URL'));
    warn.mockRestore();
  });

  it('reopens the window where it was, maximized if it was', async () => {
    mkdirSync(fake.userData, { recursive: true });
    writeFileSync(path.join(fake.userData, 'window-state.json'), JSON.stringify({ bounds: { x: 1600, y: 80, width: 1500, height: 1000 }, maximized: true }));
    const window = await startMain('');
    expect(window.options).toMatchObject({ x: 1600, y: 80, width: 1500, height: 1000 });
    expect(window.maximize).toHaveBeenCalled();
  });

  it('reopens on the main screen when the saved place is on a screen no longer there', async () => {
    writeFileSync(path.join(fake.userData, 'window-state.json'), JSON.stringify({ bounds: { x: 5000, y: 80, width: 1200, height: 800 }, maximized: false }));
    const window = await startMain('');
    expect(window.options).toMatchObject({ x: 120, y: 35, width: 1200, height: 800 });
  });
});
