/** Serving built files from a folder: content types, paths that cannot leave the folder, and requests that make no sense. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The decoded path of a request, or null for one that cannot name a file:
 * malformed %-encoding (`/%E0%A4%A`, `/%`) would throw from decodeURIComponent
 * inside the request handler and take the whole server down; a NUL byte is no
 * part of any file name.
 */
export function requestPath(requestUrl: string | undefined): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(requestUrl ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
  return path.includes('\0') ? null : path;
}

/** The file a URL path names inside `root` ("/" and "…/" mean index.html), or null when it would leave `root`. */
export function fileWithin(root: string, urlPath: string): string | null {
  const file = normalize(join(root, urlPath === '/' || urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));
  return file.startsWith(root + sep) ? file : null;
}

/** A request handler for the files in `root`: 400 for a malformed path, 403 outside the folder, 404 for a missing file. */
export function staticFileHandler(root: string, headers: Readonly<Record<string, string>> = {}): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const path = requestPath(request.url);
    if (path === null) return void response.writeHead(400, { ...headers, 'Content-Type': 'text/plain' }).end('Bad request');
    const file = fileWithin(root, path);
    if (!file) return void response.writeHead(403, headers).end();
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' })
          .end(body),
      () => response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found'),
    );
  };
}
