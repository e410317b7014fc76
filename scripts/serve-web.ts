/**
 * Serves the built web edition (out/web) on 127.0.0.1. `npm run web` uses it,
 * and so does the Playwright web project. Static files only; no directory listing.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { staticFileHandler } from './static-files';

const root = resolve(import.meta.dirname, '../out/web');
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 4173);

if (!existsSync(join(root, 'index.html'))) {
  console.error('out/web is missing: run `npm run build:web` first.');
  process.exit(1);
}

const server = createServer(staticFileHandler(root, { 'Cache-Control': 'no-cache' }));

server.listen(port, '127.0.0.1', () => {
  console.log(`Go Local Companion (web edition) on http://127.0.0.1:${port}/`);
});
