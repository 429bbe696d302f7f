import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppPath } from './app-protocol';

const root = path.resolve('/opt/jalon/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://jalon/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://jalon/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://jalon/assets/index-1.js?v=2#x')).toBe(path.join(root, 'assets/index-1.js'));
    expect(resolveAppPath(root, 'app://jalon/fonts/%C3%A9t%C3%A9.woff2')).toBe(path.join(root, 'fonts/été.woff2'));
  });

  it('keeps dot segments that the URL itself resolves inside the folder', () => {
    expect(resolveAppPath(root, 'app://jalon/../package.json')).toBe(path.join(root, 'package.json'));
    expect(resolveAppPath(root, 'app://jalon/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
  });

  it.each([
    'app://jalon/assets/..%2f..%2f..%2fetc/passwd',
    'app://jalon/..%5c..%5csecret',
    'app://jalon/a%00.js',
    'app://jalon/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://jalon/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('the app:// protocol handler', () => {
  const files: Record<string, string> = { [path.join(root, 'index.html')]: '<html></html>', [path.join(root, 'assets/a.js')]: 'x()' };
  const handler = createAppProtocolHandler(root, async (file) => {
    const content = files[file];
    if (content === undefined) throw new Error('ENOENT');
    return new TextEncoder().encode(content);
  });

  it('serves files with their type and the strict CSP', async () => {
    const response = await handler(new Request('app://jalon/assets/a.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('x()');
  });

  it('answers 403 to a path that leaves the folder and 404 to a missing file', async () => {
    expect((await handler(new Request('app://jalon/..%2f..%2fetc/passwd'))).status).toBe(403);
    expect((await handler(new Request('app://jalon/missing.js'))).status).toBe(404);
  });

  it('answers only GET', async () => {
    expect((await handler(new Request('app://jalon/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('is registered as a standard, secure scheme so the origin is stable', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });
});

describe('the CSP', () => {
  it('allows no inline script, no eval and no remote source', () => {
    const script = CONTENT_SECURITY_POLICY.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
