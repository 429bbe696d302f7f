// How long a browser may keep what web mode serves. Vite names every file it
// emits under assets/ after its content (name-<8-character hash>.ext), so such
// a file never changes under its name: kept for a year without asking again,
// which also lets Chromium keep the compiled code of the scripts (its code
// cache is tied to the cached response). Everything else (index.html, the
// icon) is checked on every load, so a new version is seen at once.
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(?:js|css|woff2)$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The `Cache-Control` header for a request path of the built renderer. */
export function cacheControlFor(urlPath) {
  return HASHED_ASSET.test(urlPath) ? IMMUTABLE : REVALIDATE;
}
