import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS } from '../shared/ipc-channels';
import { createFakeElectron, type FakeSession, type FakeWebContents } from './testing/fake-electron';

const fake = createFakeElectron();
vi.mock('electron', () => fake.electron);

beforeAll(async () => {
  await import('./main');
  // Let app.whenReady() resolve and the window open.
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('the main process, with electron faked', () => {
  it('registers app:// as a standard, secure scheme with a code cache before ready, and serves it', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }),
    ]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('opens one window, sandboxed and isolated, without Node, loading app://jalon', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
    expect(String(window.options.webPreferences['preload'])).toMatch(/preload[/\\]index\.cjs$/);
    expect(window.loadedUrl).toBe('app://jalon/index.html');
  });

  it('denies navigation away from the app, new windows and webviews', () => {
    const contents = fake.windows[0]!.webContents as FakeWebContents;
    expect(contents.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'https://example.org/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://jalon/index.html')).toBe(false);
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://jalon/index.html' })).toEqual({ action: 'deny' });
  });

  it('sandboxes every renderer, before the app is ready', () => {
    const { enableSandbox, whenReady } = fake.electron.app;
    expect(enableSandbox).toHaveBeenCalledTimes(1);
    expect(enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(whenReady.mock.invocationCallOrder[0]!);
  });

  it('stops any frame, not only the main one, from navigating away from the app', () => {
    const contents = fake.windows[0]!.webContents as FakeWebContents;
    expect(contents.fireDetails('will-frame-navigate', { url: 'https://example.org/', isMainFrame: false })).toBe(true);
    expect(contents.fireDetails('will-frame-navigate', { url: 'file:///etc/passwd', isMainFrame: true })).toBe(true);
    expect(contents.fireDetails('will-frame-navigate', { url: 'app://jalon/index.html', isMainFrame: false })).toBe(false);
  });

  it('sets a French application menu', () => {
    const menu = fake.electron.Menu.setApplicationMenu.mock.calls[0]![0] as { template: MenuItemConstructorOptions[] };
    expect(menu.template.map((item) => item.label)).toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Aide']));
  });

  it('shows the version and the data folder in « À propos de Jalon »', async () => {
    const menu = fake.electron.Menu.setApplicationMenu.mock.calls[0]![0] as { template: MenuItemConstructorOptions[] };
    const help = menu.template.find((item) => item.label === 'Aide')!.submenu as MenuItemConstructorOptions[];
    help.find((item) => item.label === 'À propos de Jalon')!.click!({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(fake.electron.dialog.showMessageBox).toHaveBeenCalled());
    const options = fake.electron.dialog.showMessageBox.mock.calls[0]!.at(-1) as { detail: string };
    expect(options.detail).toContain('Version 0.1.0');
    expect(options.detail).toContain(fake.userData);
  });

  it('opens the data folder and the safety copies for the Données screen, named, never by path', async () => {
    const open = fake.ipcHandlers.get(IPC_CHANNELS.openFolder)!;
    const event = { senderFrame: { url: 'app://jalon/index.html' } };
    expect(await open(event, { folder: 'safety' })).toEqual({ ok: true, value: { opened: true } });
    expect(fake.electron.shell.openPath).toHaveBeenLastCalledWith(path.join(fake.userData, 'safety-backups'));
    expect(await open(event, { folder: 'data' })).toEqual({ ok: true, value: { opened: true } });
    expect(fake.electron.shell.openPath).toHaveBeenLastCalledWith(fake.userData);
    const calls = fake.electron.shell.openPath.mock.calls.length;
    for (const payload of [{ folder: '/etc' }, { folder: 'data', path: '/etc' }, undefined]) {
      expect(await open(event, payload)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(fake.electron.shell.openPath).toHaveBeenCalledTimes(calls);
    fake.electron.shell.openPath.mockResolvedValueOnce('No application is registered for this folder');
    expect(await open(event, { folder: 'data' })).toMatchObject({ ok: false, error: { code: 'platform-failed', message: expect.stringContaining('No application') } });
  });

  it('a folder the menu cannot open is told in a French box, without the system’s English reason', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const menu = fake.electron.Menu.setApplicationMenu.mock.calls[0]![0] as { template: MenuItemConstructorOptions[] };
    const file = menu.template.find((item) => item.label === 'Fichier')!.submenu as MenuItemConstructorOptions[];
    fake.electron.shell.openPath.mockResolvedValueOnce('No application is registered for this folder');
    file.find((item) => item.label === 'Ouvrir le dossier des données')!.click!({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(fake.electron.dialog.showErrorBox).toHaveBeenCalled());
    const [title, message] = fake.electron.dialog.showErrorBox.mock.calls.at(-1)! as [string, string];
    expect(title).toBe('Dossier inaccessible');
    expect(message).toBe(`Le dossier ${fake.userData} n’a pas pu être ouvert\u00a0: le système n’a pas trouvé d’application pour l’afficher ou l’a refusé. Ouvrez-le vous-même dans l’explorateur de fichiers.`);
    expect(message).not.toContain('No application');
    warn.mockRestore();
  });

  it('a second launch brings the window forward', () => {
    const window = fake.windows[0]!;
    window.minimized = true;
    fake.electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('opens at the default size the first time, and remembers size and place when it closes', () => {
    const window = fake.windows[0]!;
    expect(window.options).toMatchObject({ width: 1280, height: 860, minWidth: 900, minHeight: 600 });
    window.bounds = { x: 40, y: 30, width: 1111, height: 777 };
    window.emit('close', { preventDefault: () => undefined });
    const stored = JSON.parse(readFileSync(path.join(fake.userData, 'window-state.json'), 'utf8')) as unknown;
    expect(stored).toEqual({ bounds: { x: 40, y: 30, width: 1111, height: 777 }, maximized: false });
  });

  it('denies every permission request and check', () => {
    const session = fake.electron.session.defaultSession as FakeSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission)).toBe(false);
    }
  });

  it('keeps safety copies encrypted at rest in userData, and reads them back; the key file is protected by safeStorage', async () => {
    const event = { senderFrame: { url: 'app://jalon/index.html' } };
    const secretText = 'Léa Dubois-Effacée ZX-98765 Observation unique';
    const bytes = new TextEncoder().encode(`JALONBK1${secretText}`);
    const kept = (await fake.ipcHandlers.get(IPC_CHANNELS.keepSafetyBackup)!(event, { bytes, reason: 'import' })) as { ok: true; value: { id: string } };
    expect(kept).toMatchObject({ ok: true, value: { reason: 'import' } });
    const onDisk = readFileSync(path.join(fake.userData, 'safety-backups', kept.value.id));
    expect(onDisk.toString('latin1')).not.toContain('Dubois');
    expect(onDisk.subarray(0, 8).toString()).toBe('JALONSC1');
    expect(await fake.ipcHandlers.get(IPC_CHANNELS.readSafetyBackup)!(event, { id: kept.value.id })).toEqual({ ok: true, value: new Uint8Array(bytes) });
    expect(fake.electron.safeStorage.encryptString).toHaveBeenCalledTimes(1);
    // The key file holds only what safeStorage encrypted.
    const keyFile = readFileSync(path.join(fake.userData, 'installation-key.bin')).toString();
    expect(keyFile.startsWith('fake-os-protected:')).toBe(true);
  });

  it('hands the renderer the seal key through the contract: 32 bytes, the same at every call', async () => {
    const event = { senderFrame: { url: 'app://jalon/index.html' } };
    const first = (await fake.ipcHandlers.get(IPC_CHANNELS.getSealKey)!(event, undefined)) as { ok: true; value: Uint8Array };
    const second = (await fake.ipcHandlers.get(IPC_CHANNELS.getSealKey)!(event, undefined)) as { ok: true; value: Uint8Array };
    expect(first.ok).toBe(true);
    expect(first.value).toHaveLength(32);
    expect(second.value).toEqual(first.value);
    expect(await fake.ipcHandlers.get(IPC_CHANNELS.getSealKey)!(event, { anything: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await fake.ipcHandlers.get(IPC_CHANNELS.getSealKey)!({ senderFrame: { url: 'https://example.com/' } }, undefined)).toMatchObject({ ok: false });
  });

  it('registers a handler for every channel of the contract, and no other', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('refuses a payload that fails its schema, before any dialog opens', async () => {
    const save = fake.ipcHandlers.get(IPC_CHANNELS.saveFile)!;
    const event = { senderFrame: { url: 'app://jalon/index.html' } };
    for (const payload of [
      undefined,
      { suggestedName: '../../etc/passwd', filters: [], content: 'x' },
      { suggestedName: 'a.pdf', filters: [], content: 42 },
      { suggestedName: 'a.pdf', filters: [{ name: 'PDF', extensions: ['p d f'] }], content: 'x' },
    ]) {
      expect(await save(event, payload)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(fake.electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses requests from a frame that is not the app', async () => {
    const info = fake.ipcHandlers.get(IPC_CHANNELS.getAppInfo)!;
    expect(await info({ senderFrame: { url: 'https://evil.example/' } })).toMatchObject({ ok: false });
    expect(await info({ senderFrame: null })).toMatchObject({ ok: false });
    expect(await info({ senderFrame: { url: 'app://jalon/index.html' } })).toEqual({
      ok: true,
      value: { name: 'Jalon', version: '0.1.0', platform: process.platform },
    });
  });

  it('asks the renderer to write what is pending before the window closes, then closes it', async () => {
    const window = fake.windows[0]!;
    const contents = window.webContents as FakeWebContents;
    let prevented = false;
    window.emit('close', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    const request = contents.sent.find((message) => message.channel === IPC_EVENTS.flushBeforeClose);
    expect(request?.args).toEqual([expect.stringMatching(/^\d+$/)]);
    expect(window.close).not.toHaveBeenCalled();
    fake.electron.ipcMain.emit(IPC_EVENTS.flushed, { sender: contents }, request!.args[0]);
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
  });
});
