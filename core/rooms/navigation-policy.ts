/**
 * Where a room window may go. The room page, its redirects to the BBB nodes and
 * a configured sign-in host stay in the window; any other web page is the
 * attendee's business and belongs in their own browser; everything else
 * (javascript:, file:, data:, custom schemes, credentials in the URL) is refused.
 * Reasons name at most a host, never a path or query.
 */
import { hostKeyOf, isAllowedHost, normalizeAllowedHost } from './host-allowlist';

export type NavigationDecision = 'allow' | 'external' | 'block';

export interface NavigationVerdict {
  decision: NavigationDecision;
  reason: string;
}

export interface NavigationOptions {
  /** A single-sign-on host the attendee's organisation uses to log in to Greenlight. */
  signInHost?: string | null;
  /** Sub-frames load by themselves, so they are never sent to the browser: 'external' becomes 'block'. */
  isMainFrame?: boolean;
}

export function decideNavigation(raw: string, allowedHosts: readonly string[], options: NavigationOptions = {}): NavigationVerdict {
  const isMainFrame = options.isMainFrame ?? true;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return block('not a valid URL');
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    if (url.username !== '' || url.password !== '') return block('the URL carries a user name or password');
    const hosts = options.signInHost ? [...allowedHosts, options.signInHost] : allowedHosts;
    if (url.protocol === 'https:' && isAllowedHost(url, hosts)) return { decision: 'allow', reason: 'a room host' };
    const where = `${hostKeyOf(url)} is not a room host`;
    return isMainFrame ? { decision: 'external', reason: `${where}: opened in the browser` } : block(where);
  }
  if (!isMainFrame && url.protocol === 'about:' && (url.pathname === 'blank' || url.pathname === 'srcdoc')) {
    // BBB and its plugins create empty frames and fill them by script; they load nothing.
    return { decision: 'allow', reason: 'an empty frame' };
  }
  if (!isMainFrame && url.protocol === 'blob:' && isAllowedBlob(url, allowedHosts)) {
    return { decision: 'allow', reason: 'a frame with content made by the room page' };
  }
  return block(`${describeScheme(url.protocol)} is never opened in a room window`);
}

/** blob:https://host/uuid inherits its creator's origin; only a room host's own blobs may fill a frame. */
function isAllowedBlob(url: URL, allowedHosts: readonly string[]): boolean {
  try {
    const inner = new URL(url.pathname);
    return inner.protocol === 'https:' && allowedHosts.some((entry) => normalizeAllowedHost(entry) === hostKeyOf(inner));
  } catch {
    return false;
  }
}

function block(reason: string): NavigationVerdict {
  return { decision: 'block', reason };
}

function describeScheme(protocol: string): string {
  const name = protocol.replace(/:$/, '');
  return /^[a-z][a-z0-9+.-]{0,15}$/i.test(name) ? `a ${name}: link` : 'this kind of link';
}
