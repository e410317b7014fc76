/**
 * The room page's navigation rules (core/rooms/navigation-policy) wired to
 * Electron. Electron emits will-frame-navigate first, for every frame, and
 * will-navigate after it only for the main frame and only if nothing cancelled
 * it; so side effects (closing on leave, handing a link to the browser) happen
 * in will-frame-navigate, and will-navigate just re-checks. Redirects are
 * judged again: Greenlight's join hands over to a BBB node, which must be listed.
 */
import type { WebContents } from 'electron';
import { isLeaveNavigation, isMeetingClientUrl } from '../../core/rooms/leave-detection';
import { decideNavigation } from '../../core/rooms/navigation-policy';
import type { NavigationVerdict } from '../../core/rooms/navigation-policy';
import type { RoomContext } from './room-registry';

export interface RoomNavigationActions {
  /** BBB went to its logout page: close the room window. */
  leave(): void;
  /** A link the attendee followed off the room hosts: the system browser gets it. */
  openExternal(url: string): void;
  /** The main frame was redirected somewhere we refuse: say so instead of leaving a blank page. */
  blockedRedirect(host: string): void;
  /** The HTML5 client is showing: the attendee is in the meeting. */
  enteredMeeting(): void;
}

interface NavigationEvent {
  url: string;
  isMainFrame: boolean;
  preventDefault(): void;
}

export function guardRoomNavigation(contents: WebContents, context: RoomContext, actions: RoomNavigationActions): void {
  let wasInMeeting = false;
  const decide = (url: string, isMainFrame: boolean): NavigationVerdict =>
    decideNavigation(url, context.allowedHosts, { signInHost: context.signInHost ?? null, isMainFrame });
  // BBB's or Greenlight's logout page, by link or by redirect: close the window instead of showing it.
  const leftTheMeeting = (event: NavigationEvent): boolean => {
    if (!event.isMainFrame || !isLeaveNavigation(event.url, wasInMeeting)) return false;
    event.preventDefault();
    actions.leave();
    return true;
  };

  contents.on('will-frame-navigate', (event: NavigationEvent) => {
    if (leftTheMeeting(event)) return;
    const verdict = decide(event.url, event.isMainFrame);
    if (verdict.decision === 'allow') return;
    event.preventDefault();
    if (verdict.decision === 'external') actions.openExternal(event.url);
    else console.warn(`[rooms] blocked a navigation: ${verdict.reason}`);
  });

  contents.on('will-navigate', (event: NavigationEvent) => {
    if (decide(event.url, true).decision !== 'allow') event.preventDefault();
  });

  contents.on('will-redirect', (event: NavigationEvent) => {
    if (leftTheMeeting(event)) return;
    const verdict = decide(event.url, event.isMainFrame);
    if (verdict.decision === 'allow') return;
    event.preventDefault();
    console.warn(`[rooms] blocked a redirect: ${verdict.reason}`);
    if (event.isMainFrame) actions.blockedRedirect(hostOf(event.url));
  });

  contents.on('did-navigate', (_event: unknown, url: string) => {
    if (isMeetingClientUrl(url)) {
      wasInMeeting = true;
      actions.enteredMeeting();
    }
  });

  // BBB opens shared links and "help" in new tabs: none inside the app, safe ones in the browser.
  contents.setWindowOpenHandler(({ url }) => {
    actions.openExternal(url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
}

function hostOf(raw: string): string {
  try {
    return new URL(raw).host || 'an unknown server';
  } catch {
    return 'an unknown server';
  }
}
