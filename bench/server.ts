/**
 * A static server on 127.0.0.1 for the browser figures: the built web edition
 * at /, generated feeds at /bench-feeds/<name> (with Access-Control-Allow-Origin: *,
 * as a feed host must send), the peer page at /peer/, and an empty page at
 * /bench-blank for seeding localStorage. No compression, for both alike.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface BenchServer {
  origin: string;
  feeds: Map<string, string>;
  close(): Promise<void>;
}

function within(root: string, path: string): string | null {
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(root + sep) ? file : null;
}

export async function startServer(webRoot: string, peerRoot: string | null): Promise<BenchServer> {
  const feeds = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' };
    if (path === '/bench-blank') {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>seed</title>');
      return;
    }
    if (path.startsWith('/bench-feeds/')) {
      const body = feeds.get(path.slice('/bench-feeds/'.length));
      if (body === undefined) response.writeHead(404, headers).end();
      else response.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }).end(body);
      return;
    }
    const file = path.startsWith('/peer/') ? (peerRoot ? within(peerRoot, path.slice('/peer'.length)) : null) : within(webRoot, path === '/' ? '/index.html' : path);
    if (!file) {
      response.writeHead(404, headers).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404, headers).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    feeds,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
