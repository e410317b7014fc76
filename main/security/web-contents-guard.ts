import type { App, WebContents } from 'electron';
import { openExternalSafely } from './open-external';

/**
 * Applied to every WebContents the app ever creates, so a page that slipped
 * past the CSP still cannot open windows, leave our origin or embed <webview>.
 * A safe link the page tried to open goes to the system browser instead.
 */
export function guardWebContents(contents: WebContents, isAllowedUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (isAllowedUrl(event.url)) return;
    event.preventDefault();
    void openExternalSafely(event.url);
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

export function guardAllWebContents(app: App, isAllowedUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAllowedUrl));
}
