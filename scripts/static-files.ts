/** Serving built files from a folder: content types, and paths that cannot leave the folder. */
import { join, normalize, sep } from 'node:path';

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

/** The file a URL path names inside `root` ("/" and "…/" mean index.html), or null when it would leave `root`. */
export function fileWithin(root: string, urlPath: string): string | null {
  const file = normalize(join(root, urlPath === '/' || urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));
  return file.startsWith(root + sep) ? file : null;
}
