import type { App, WebContents } from 'electron';
import { openExternalSafely } from './open-external';

/** Answers whether a WebContents shows a BBB room (main/rooms registers them before they load anything). */
export type IsRoomContents = (contentsId: number) => boolean;

/**
 * Applied to every WebContents the app ever creates, so a page that slipped
 * past the CSP still cannot open windows, leave our origin or embed <webview>.
 * A safe link the page tried to open goes to the system browser instead.
 *
 * Room pages are the one exception to "stay on our origin": for a WebContents
 * the room registry knows, navigation is left to the room navigation policy
 * (main/rooms/room-navigation.ts), which the room window attaches itself. The
 * registry is asked at each navigation, not at creation, because a view is
 * registered just after Electron announces it; an unknown WebContents, and
 * every one that stops being a room, keeps the own-origin rule.
 */
export function guardWebContents(contents: WebContents, isAllowedUrl: (url: string) => boolean, isRoomContents: IsRoomContents = () => false): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (isRoomContents(contents.id)) return;
    if (isAllowedUrl(event.url)) return;
    event.preventDefault();
    void openExternalSafely(event.url);
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

export function guardAllWebContents(app: App, isAllowedUrl: (url: string) => boolean, isRoomContents?: IsRoomContents): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAllowedUrl, isRoomContents));
}
