/** Hosts a development server may listen on: this machine only. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's URL (set by `electron-vite dev` in ELECTRON_RENDERER_URL),
 * or `undefined` when it must not be used: in a packaged app always, and
 * otherwise when it is not plain http(s) on a loopback address. An
 * environment variable must never make the app load a page from elsewhere.
 */
export function trustedDevServerUrl(value: string | undefined, isPackaged: boolean, warn: (message: string) => void = console.warn): string | undefined {
  if (isPackaged || value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    warn(`Ignoring ELECTRON_RENDERER_URL: not a URL (${value}).`);
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname) || url.username !== '' || url.password !== '') {
    warn(`Ignoring ELECTRON_RENDERER_URL: only a development server on this machine (localhost, 127.0.0.1, [::1]) is loaded, not ${url.origin}.`);
    return undefined;
  }
  return url.href;
}
