import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST } from '../security/app-origin';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { mimeTypeFor } from './mime-types';

/**
 * Serves the built renderer at app://companion/. Every request is resolved
 * inside rendererDir; a path that escapes it (../, encoded ..%2f, an absolute
 * path, a NUL byte) is refused, so a page can never read other files on disk.
 */
export function createRendererFileHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rendererDir);

  return async (request) => {
    const filePath = resolveInside(root, request.url);
    if (filePath === null) return plain(404, 'Not found');
    try {
      const body = await readFile(filePath);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'Content-Type': mimeTypeFor(filePath),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

/** The file a request URL names, or null when it is not ours or would leave root. */
export function resolveInside(root: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const candidate = resolve(root, `.${sep}${pathname}`);
  const fromRoot = relative(root, candidate);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return null;
  return candidate;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}
