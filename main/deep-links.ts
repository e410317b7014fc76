/**
 * go-local-companion://session/<id> links, from every door the OS uses:
 * 'open-url' on macOS, the command line of the first launch and of
 * 'second-instance' on Windows and Linux. The link is parsed by core (one
 * shape only), held until the window can show it, and shown by navigating our
 * own page to its #/session/<id> route, which the renderer already serves.
 */
import { resolve } from 'node:path';
import type { App, BrowserWindow } from 'electron';
import { DEEP_LINK_SCHEME, deepLinkFromArgv, parseDeepLink } from '../core/deep-link';
import type { SessionDeepLink } from '../core/deep-link';

export interface LaunchInfo {
  /** True when running as `electron <app dir>` (development), where the OS must relaunch Electron with our path. */
  defaultApp?: boolean;
  execPath: string;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
}

/** Makes the OS send our scheme to this copy of the app. Returns what Electron reports. */
export function registerProtocolClient(app: Pick<App, 'setAsDefaultProtocolClient'>, launch: LaunchInfo): boolean {
  if (launch.defaultApp) {
    const appPath = launch.argv[1];
    if (!appPath || appPath.startsWith('-')) return false;
    return app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, launch.execPath, [resolve(appPath)]);
  }
  // The Windows portable build runs from a temporary copy; register the .exe the user actually keeps.
  const portable = launch.env['PORTABLE_EXECUTABLE_FILE'];
  if (portable) return app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, portable, []);
  return app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
}

/** Our page's URL with the session route as its hash (any hash it had is replaced). */
export function sessionPageUrl(pageUrl: string, sessionId: string): string {
  const [base] = pageUrl.split('#');
  return `${base}#/session/${encodeURIComponent(sessionId)}`;
}

/**
 * Collects links as they arrive and hands them to the window once there is
 * one: macOS sends 'open-url' and Windows/Linux the first argv before 'ready'.
 * Only the latest link is kept; it is the one the user clicked last.
 */
export class DeepLinkRouter {
  private pending: SessionDeepLink | null = null;
  private open: ((sessionId: string) => void) | null = null;

  /** A link as the OS delivered it. Returns whether it was accepted. */
  handleUrl(raw: unknown): boolean {
    const link = typeof raw === 'string' ? parseDeepLink(raw) : null;
    if (link === null) {
      // The link itself is not logged: whoever crafted it may have put something private in it.
      console.warn('[deep-links] ignored a link that is not go-local-companion://session/<id>');
      return false;
    }
    this.deliver(link);
    return true;
  }

  /** A command line that may carry a link (first launch, 'second-instance'). */
  handleArgv(argv: readonly string[]): boolean {
    const link = deepLinkFromArgv(argv);
    if (link === null) return false;
    this.deliver(link);
    return true;
  }

  /** From now on links are shown at once; one that arrived earlier is shown now. */
  attach(open: (sessionId: string) => void): void {
    this.open = open;
    const pending = this.pending;
    this.pending = null;
    if (pending) open(pending.sessionId);
  }

  private deliver(link: SessionDeepLink): void {
    if (this.open) this.open(link.sessionId);
    else this.pending = link;
  }
}

/** Wires the OS events to the router. Call before 'ready': macOS may send 'open-url' during launch. */
export function listenForDeepLinks(app: Pick<App, 'on'>, router: DeepLinkRouter): void {
  app.on('open-url', (event, url) => {
    event.preventDefault();
    router.handleUrl(url);
  });
  app.on('second-instance', (_event, argv) => {
    if (Array.isArray(argv)) router.handleArgv(argv);
  });
}

export interface SessionPageTarget {
  /** Our renderer's entry URL: app://companion/index.html, or the dev server. */
  pageUrl: string;
  /** The main window, if one is open. */
  window(): BrowserWindow | undefined;
  /** Opens a main window on the given URL. */
  openWindow(startUrl: string): void;
}

/** Restores, shows and focuses a window the attendee asked for. */
export function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * A session the service asked for (a clicked reminder): its 'sessionRequested'
 * event already reaches an open window, whose renderer navigates, so that
 * window is only brought forward; with none left, one opens on the session.
 */
export function revealSession(target: SessionPageTarget, sessionId: string): void {
  const window = target.window();
  if (window) bringForward(window);
  else target.openWindow(sessionPageUrl(target.pageUrl, sessionId));
}

/** Brings the main window forward on the session (opening one if none is left, as on macOS). */
export function showSessionPage(target: SessionPageTarget, sessionId: string): void {
  const url = sessionPageUrl(target.pageUrl, sessionId);
  const window = target.window();
  if (!window) {
    target.openWindow(url);
    return;
  }
  bringForward(window);
  // Same document, new hash: Chromium treats it as an in-page navigation and the renderer's hash router follows.
  window.loadURL(url).catch((error: unknown) => {
    console.warn('[deep-links] could not show the session:', error instanceof Error ? error.message : error);
  });
}
