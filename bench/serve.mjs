// The one origin the benchmark and its profiles use: the app (out/renderer), the harness
// (out/bench, under /bench/) and pages served from memory (the print view's static copy).
// The app's files carry the cache headers web mode sends (scripts/cache-control.mjs).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { REVALIDATE, cacheControlFor } from '../scripts/cache-control.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Serves `root`'s built files on 127.0.0.1:`port`; `pages` (path → HTML) can be added to while it runs. Resolves with its base URL and a close. */
export async function serve(root, port, pages = new Map()) {
  const server = createServer((request, response) => {
    const url = decodeURIComponent((request.url ?? '/').split('?')[0]);
    if (pages.has(url)) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(pages.get(url));
      return;
    }
    const harness = url.startsWith('/bench/');
    const [base, relative] = harness ? ['out/bench', url.slice(7)] : ['out/renderer', url.slice(1)];
    const folder = path.join(root, base);
    const file = path.resolve(folder, relative || 'index.html');
    if (!file.startsWith(folder) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': harness ? REVALIDATE : cacheControlFor(url),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${port}`, close: () => server.close() };
}
