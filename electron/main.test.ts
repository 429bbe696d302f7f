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
  it('registers app:// as a standard, secure scheme before ready, and serves it', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
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

  it('denies every permission request and check', () => {
    const session = fake.electron.session.defaultSession as FakeSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission)).toBe(false);
    }
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
