/**
 * The room page's navigation rules (core/rooms/navigation-policy) wired to
 * Electron. Electron emits will-frame-navigate first, for every frame, and
 * will-navigate after it only for the main frame and only if nothing cancelled
 * it; so side effects (closing on leave, handing a link to the browser) happen
 * in will-frame-navigate, and will-navigate just re-checks. Redirects are
 * judged again: Greenlight's join hands over to a BBB node, which must be listed;
 * a redirect chain that started on the room's own host ties that node to this
 * room (core/rooms/room-trust.ts). Popups go to the browser only right after
 * real input on the room page, a few a minute (core/rooms/popup-policy.ts).
 */
import type { WebContents } from 'electron';
import { isLeaveNavigation, isMeetingClientUrl } from '../../core/rooms/leave-detection';
import { decideNavigation } from '../../core/rooms/navigation-policy';
import type { NavigationVerdict } from '../../core/rooms/navigation-policy';
import { PopupGate } from '../../core/rooms/popup-policy';
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
  isSameDocument?: boolean;
  /** The frame that started it (will-frame-navigate): null when no page did; absent in older Electron. */
  initiator?: { url: string; parent: unknown } | null;
  preventDefault(): void;
}

/**
 * The page that asked for this navigation. A child frame may move the main
 * frame (`<a target="_top">`) while the main frame still shows the room host;
 * then the asking page is the frame's, and only the main frame's own page counts.
 */
function askingPageUrl(contents: WebContents, event: NavigationEvent): string | null {
  if (event.initiator === undefined) return contents.getURL();
  // The main frame is the one frame without a parent (popups are other WebContents, and refused).
  if (event.initiator === null || event.initiator.parent !== null) return null;
  return event.initiator.url;
}

/** Input that counts as the attendee acting on the page (as Chromium's activation-triggering events). */
const GESTURE_INPUT = new Set(['mouseDown', 'rawKeyDown', 'keyDown', 'gestureTap']);

export function guardRoomNavigation(contents: WebContents, context: RoomContext, actions: RoomNavigationActions, now: () => number = Date.now): void {
  let wasInMeeting = false;
  const popups = new PopupGate();
  // A link leaving the room (window.open or a top-level navigation off the room hosts) goes to the browser only after real input.
  const openOutside = (url: string): void => {
    const verdict = popups.decide(url, now());
    if (verdict.open) actions.openExternal(url);
    else console.info(`[rooms] did not open a link from the room page: ${verdict.reason}`);
  };
  const decide = (url: string, isMainFrame: boolean): NavigationVerdict =>
    decideNavigation(url, context.trust.navigableHosts, { signInHost: context.signInHost ?? null, isMainFrame });
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
    if (verdict.decision === 'allow') {
      const asking = askingPageUrl(contents, event);
      if (asking !== null && context.trust.pageNavigated(asking, event.url, event.isMainFrame)) console.info(`[rooms] the room page handed over to ${hostOf(event.url)}: trusted for this room`);
      return;
    }
    event.preventDefault();
    if (verdict.decision === 'external') openOutside(event.url);
    else console.warn(`[rooms] blocked a navigation: ${verdict.reason}`);
  });

  contents.on('will-navigate', (event: NavigationEvent) => {
    if (decide(event.url, true).decision !== 'allow') event.preventDefault();
  });

  // Where the current top-level navigation began: only a chain from the room's own host may tie a node to the room.
  contents.on('did-start-navigation', (event: NavigationEvent) => {
    if (event.isSameDocument !== true) context.trust.navigationStarted(event.url, event.isMainFrame);
  });

  contents.on('will-redirect', (event: NavigationEvent) => {
    if (leftTheMeeting(event)) return;
    const verdict = decide(event.url, event.isMainFrame);
    if (verdict.decision === 'allow') {
      if (context.trust.redirected(event.url, event.isMainFrame)) console.info(`[rooms] the join redirected to ${hostOf(event.url)}: trusted for this room`);
      return;
    }
    event.preventDefault();
    console.warn(`[rooms] blocked a redirect: ${verdict.reason}`);
    if (event.isMainFrame) actions.blockedRedirect(hostOf(event.url));
  });

  contents.on('did-navigate', (_event: unknown, url: string) => {
    if (isMeetingClientUrl(url)) {
      wasInMeeting = true;
      context.trust.meetingLoaded();
      actions.enteredMeeting();
    }
  });

  contents.on('input-event', (_event: unknown, input: { type?: string }) => {
    if (typeof input?.type === 'string' && GESTURE_INPUT.has(input.type)) popups.noteInput(now());
  });

  // BBB opens shared links and "help" in new tabs: none inside the app, safe ones in the browser, after a click.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
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
