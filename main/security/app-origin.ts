/**
 * What counts as "our own page". Node's URL gives non-special schemes such as
 * app: the opaque origin "null", so our scheme is matched by protocol and host,
 * never by comparing origin strings.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'companion';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface AppOrigin {
  /** The electron-vite dev server origin, or null when serving the built renderer. */
  readonly devOrigin: string | null;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

export function isOwnPageUrl(raw: string, origin: AppOrigin): boolean {
  const url = parse(raw);
  if (url === null) return false;
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return origin.devOrigin !== null && url.origin === origin.devOrigin;
}

/**
 * electron-vite dev sets ELECTRON_RENDERER_URL. A packaged app ignores it: an
 * environment variable must never be able to point our privileged preload at a
 * page of someone else's choosing.
 */
export function devRendererUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || raw === undefined || raw === '') return null;
  const url = parse(raw);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return null;
  return url.href;
}

export function appOriginFor(devUrl: string | null): AppOrigin {
  return { devOrigin: devUrl === null ? null : new URL(devUrl).origin };
}
