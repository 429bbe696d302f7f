import { describe, expect, it } from 'vitest';
import { ipcErrorCodeOf, IpcFailure } from './ipc';
import { ERROR_CODES, fail, isErrorCode, ok } from './result';

describe('one result shape', () => {
  it('builds both branches', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail({ code: 'not-a-backup' })).toEqual({ ok: false, error: { code: 'not-a-backup' } });
  });

  it('has stable, distinct codes and recognises only them', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(ERROR_CODES.every((code) => /^[a-z]+(-[a-z]+)*$/.test(code))).toBe(true);
    expect(isErrorCode('passphrase-wrong')).toBe(true);
    expect(isErrorCode('failed')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });

  it('names what a main-process handler threw with a stable code', () => {
    expect(ipcErrorCodeOf(new IpcFailure('file-too-large', 'File too large'))).toBe('file-too-large');
    expect(ipcErrorCodeOf(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))).toBe('disk-full');
    expect(ipcErrorCodeOf(new Error('No application is registered'))).toBe('platform-failed');
  });
});
