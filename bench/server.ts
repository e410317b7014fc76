/**
 * A static server on 127.0.0.1 for the browser figures: the built web edition
 * at /, generated feeds at /bench-feeds/<name> (with Access-Control-Allow-Origin: *,
 * as a feed host must send), the peer page at /peer/, and an empty page at
 * /bench-blank for seeding localStorage. No compression, for both alike.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CONTENT_TYPES, fileWithin, requestPath } from '../scripts/static-files';
import type { AddressInfo } from 'node:net';


export interface BenchServer {
  origin: string;
  feeds: Map<string, string>;
  close(): Promise<void>;
}


export async function startServer(webRoot: string, peerRoot: string | null): Promise<BenchServer> {
  const feeds = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' };
    const path = requestPath(request.url);
    if (path === null) {
      response.writeHead(400, headers).end();
      return;
    }
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
    const file = path.startsWith('/peer/') ? (peerRoot ? fileWithin(peerRoot, path.slice('/peer'.length)) : null) : fileWithin(webRoot, path);
    if (!file) {
      response.writeHead(404, headers).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
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
