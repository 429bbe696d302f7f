import { describe, expect, it, vi } from 'vitest';
import { trustedDevServerUrl } from './dev-server';

describe('the dev-server URL (ELECTRON_RENDERER_URL)', () => {
  it('is never used by a packaged app', () => {
    expect(trustedDevServerUrl('http://localhost:5173/', true)).toBeUndefined();
  });

  it('is used unpackaged when it is http(s) on this machine', () => {
    const warn = vi.fn();
    expect(trustedDevServerUrl('http://localhost:5173/', false, warn)).toBe('http://localhost:5173/');
    expect(trustedDevServerUrl('http://127.0.0.1:5173', false, warn)).toBe('http://127.0.0.1:5173/');
    expect(trustedDevServerUrl('https://[::1]:5173/', false, warn)).toBe('https://[::1]:5173/');
    expect(warn).not.toHaveBeenCalled();
  });

  it('is refused, with a warning, anywhere else or in any other form', () => {
    for (const value of [
      'https://example.org/',
      'http://192.168.1.20:5173/',
      'http://localhost.example.org:5173/',
      'http://127.0.0.1.nip.io/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://user:secret@localhost:5173/',
      'not a url',
    ]) {
      const warn = vi.fn();
      expect(trustedDevServerUrl(value, false, warn), value).toBeUndefined();
      expect(warn, value).toHaveBeenCalledWith(expect.stringContaining('ELECTRON_RENDERER_URL'));
    }
  });

  it('is simply absent when the variable is', () => {
    expect(trustedDevServerUrl(undefined, false)).toBeUndefined();
    expect(trustedDevServerUrl('', false)).toBeUndefined();
  });
});
