/**
 * Serves the built web edition (out/web) on 127.0.0.1. `npm run web` uses it,
 * and so does the Playwright web project. Static files only; no directory listing.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { CONTENT_TYPES, fileWithin } from './static-files';

const root = resolve(import.meta.dirname, '../out/web');
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 4173);


if (!existsSync(join(root, 'index.html'))) {
  console.error('out/web is missing: run `npm run build:web` first.');
  process.exit(1);
}

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = fileWithin(root, path);
  if (!file) {
    response.writeHead(403).end();
    return;
  }
  readFile(file).then(
    (body) => {
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    },
    () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'),
  );
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Go Local Companion (web edition) on http://127.0.0.1:${port}/`);
});
