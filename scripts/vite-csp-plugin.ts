import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/**
 * Puts the app's CSP in the built index.html, so web mode gets it too. Left
 * out of the dev server, whose hot reload needs inline scripts.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'jalon-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}
