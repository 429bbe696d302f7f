import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS } from '../shared/ipc-channels';
import { createFakeElectron } from './testing/fake-electron';

const fake = createFakeElectron();
vi.mock('electron', () => fake.electron);

describe('the preload', () => {
  it('exposes one object, window.jalon, with one function per method and nothing else', async () => {
    await import('./preload');
    expect(fake.electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe('jalon');
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IPC_CHANNELS), 'onFlushBeforeClose'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(fake.electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(fake.electron.ipcRenderer.invoke);
  });

  it('sends each call on its own channel only', async () => {
    await import('./preload');
    const api = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Record<string, (request?: unknown) => Promise<unknown>>;
    const request = { filters: [] };
    expect(await api['openFile']!(request)).toEqual({ channel: IPC_CHANNELS.openFile, payload: request });
    expect(await api['getAppInfo']!()).toEqual({ channel: IPC_CHANNELS.getAppInfo, payload: undefined });
  });

  it('before the window closes, runs what the renderer registered, then answers main with the same token', async () => {
    await import('./preload');
    const api = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as { onFlushBeforeClose: (flush: () => Promise<void>) => void };
    const written: string[] = [];
    const replaced = vi.fn(async () => undefined);
    api.onFlushBeforeClose(replaced);
    api.onFlushBeforeClose(async () => void written.push('pending edits'));
    fake.electron.ipcRenderer.emit(IPC_EVENTS.flushBeforeClose, {}, '7');
    await vi.waitFor(() => expect(fake.electron.ipcRenderer.send).toHaveBeenCalledWith(IPC_EVENTS.flushed, '7'));
    expect(written).toEqual(['pending edits']);
    expect(replaced).not.toHaveBeenCalled();
  });

  it('answers main even when the flush fails, so that closing is never stuck', async () => {
    await import('./preload');
    const api = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as { onFlushBeforeClose: (flush: () => Promise<void>) => void };
    api.onFlushBeforeClose(() => Promise.reject(new Error('disk full')));
    fake.electron.ipcRenderer.emit(IPC_EVENTS.flushBeforeClose, {}, '8');
    await vi.waitFor(() => expect(fake.electron.ipcRenderer.send).toHaveBeenCalledWith(IPC_EVENTS.flushed, '8'));
  });
});
