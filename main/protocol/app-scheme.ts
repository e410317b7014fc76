import type { Protocol } from 'electron';
import { APP_SCHEME } from '../security/app-origin';

/**
 * Must run before the app is ready. standard: relative URLs and a real origin
 * (so localStorage and same-origin checks work); secure: a secure context like
 * https; supportFetchAPI: the page may fetch its own assets. Deliberately not
 * corsEnabled or bypassCSP: other origins must not read our pages, and our CSP
 * must apply.
 */
export function registerAppSchemeAsPrivileged(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}
