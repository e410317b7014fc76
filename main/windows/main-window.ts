import { BrowserWindow } from 'electron';
import { mainLanguage } from '../i18n/main-language';

export interface MainWindowOptions {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** app://companion/index.html, or the dev server URL. */
  startUrl: string;
}

/** Matches the renderer's light background so the window does not flash white or black while loading. */
const BACKGROUND_COLOR = '#f6f5f1';

export function createMainWindow({ preloadPath, startUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    // Until the page sets its own title (the renderer's, in the same language).
    title: mainLanguage.t('app.title'),
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    webPreferences: {
      // The security baseline (docs/architecture.md): the page gets the companion API and nothing else.
      // Written out at every window, not shared through a helper: Electronegativity checks these
      // flags where each window is created and cannot see through a function call.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: preloadPath,
      // Spellcheck would fetch dictionaries from Google's servers, which locked-down networks block and we do not need.
      spellcheck: false,
    },
  });

  // Shown once painted so attendees never see an empty frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}
