// Serves the built renderer (out/renderer) for web mode, on 127.0.0.1 only and
// always on the same port: IndexedDB belongs to the origin, so another port
// would show an empty app. JALON_PORT exists for the test suite alone.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheControlFor } from './cache-control.mjs';

export const WEB_PORT = 5317;
const HOST = '127.0.0.1';
const root = path.resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));
const port = Number(process.env.JALON_PORT ?? WEB_PORT);


const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

let indexHtml;
try {
  indexHtml = readFileSync(path.join(root, 'index.html'), 'utf8');
} catch {
  console.error('out/renderer/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
// The build writes the CSP (shared/csp.ts) into index.html; send it as a header too, with what a meta tag cannot say.
const metaCsp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1];
if (!metaCsp) {
  console.error('out/renderer/index.html carries no Content-Security-Policy: rebuild with `npm run build`.');
  process.exit(1);
}
const CSP = `${metaCsp}; frame-ancestors 'none'`;

const server = createServer((request, response) => {
  const file = request.method === 'GET' || request.method === 'HEAD' ? resolveFile(request.url ?? '/') : null;
  let size = -1;
  try {
    if (file) size = statSync(file).isFile() ? statSync(file).size : -1;
  } catch {
    size = -1;
  }
  const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
  if (!file || size < 0) {
    response.writeHead(file ? 404 : 403, { ...headers, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(file ? 'Not found' : 'Forbidden');
    return;
  }
  response.writeHead(200, {
    ...headers,
    'Cache-Control': cacheControlFor(request.url?.split('?')[0] ?? '/'),
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is taken: is Jalon already open? Close it, or open http://${HOST}:${port}/`);
  } else {
    console.error(error.message);
  }
  process.exit(1);
});

server.listen(port, HOST, () => {
  console.log(`Jalon (web mode): http://${HOST}:${port}/  — Ctrl+C to stop`);
});
