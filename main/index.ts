/**
 * Main-process entry: security switches first (they must precede 'ready'),
 * then the service, the IPC bridge and the window.
 */
import { app, dialog, ipcMain, protocol, session } from 'electron';
import bundledFeed from '../assets/programme/golocal-2024.json?raw';
import { openStores } from './adapters/stores';
import { installAppMenu } from './app-menu';
import { BackgroundMode, followReminderClicks } from './background';
import { createCompanionService } from './create-service';
import { DeepLinkRouter, listenForDeepLinks, registerProtocolClient, showSessionPage } from './deep-links';
import { followLanguageSetting } from './i18n/follow-language-setting';
import { mainLanguage } from './i18n/main-language';
import { forwardServiceEvents } from './ipc/forward-events';
import { registerActionHandlers } from './ipc/register-handlers';
import { isTrustedSender } from './ipc/sender-check';
import { preloadPath, rendererDir } from './paths';
import { registerAppSchemeAsPrivileged } from './protocol/app-scheme';
import { createRendererFileHandler } from './protocol/renderer-files';
import { APP_ENTRY_URL, APP_SCHEME, appOriginFor, devRendererUrl, isOwnPageUrl } from './security/app-origin';
import { applyRoomTestSwitches } from './rooms/e2e-test-mode';
import { openRooms } from './rooms/room-registry';
import { denyAllPermissions } from './security/permissions';
import { openExternalSafely } from './security/open-external';
import { guardAllWebContents } from './security/web-contents-guard';
import { startAutoUpdates } from './updater';
import { createMainWindow } from './windows/main-window';
import { redactConsole } from './redacted-console';
import { OwnWindows } from './windows/own-windows';

// Before anything can log: no credential reaches the main process's log.
redactConsole(console);
app.enableSandbox();
registerAppSchemeAsPrivileged(protocol);
applyRoomTestSwitches(app, process.env);

const devUrl = devRendererUrl(process.env, app.isPackaged);
const origin = appOriginFor(devUrl);
const windows = new OwnWindows();
const deepLinks = new DeepLinkRouter();
/** Set once the service runs; before that, closing the last window quits as it always did. */
let background: BackgroundMode | null = null;

function openMainWindow(): void {
  windows.add(createMainWindow({ preloadPath, startUrl: devUrl ?? APP_ENTRY_URL }));
}

function showMainWindow(): void {
  const window = windows.first();
  if (!window) return openMainWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createRendererFileHandler(rendererDir));

  const stores = openStores(app.getPath('userData'));
  const service = createCompanionService({
    stores,
    bundledFeed,
    parentWindow: () => windows.first(),
  });
  service.start();
  // Main's own words (menu, tray, window titles, dialogs, room pages) in the attendee's language; a change in Settings switches them live.
  await followLanguageSetting(service, mainLanguage);

  registerActionHandlers(ipcMain, service, (event) =>
    isTrustedSender(event, { origin, ownContents: () => windows.list().map((window) => window.webContents) }),
  );
  forwardServiceEvents(service.events, () => windows.list());
  app.on('before-quit', () => service.stop());
  // Saves are written behind the attendee's clicks; the last of them reach the disk before the process ends.
  app.on('will-quit', () => stores.flushSync());
  // The one-time tray notice is a declared key of the layout, in a file of its own (desktop-notices.json).
  background = new BackgroundMode({ reminders: service.reminderOutlook, openWindow: showMainWindow, flags: stores.kept });

  installAppMenu({ platform: process.platform, isDevelopment: !app.isPackaged, appName: app.getName(), openExternal: openExternalSafely });
  const sessionPages = { pageUrl: devUrl ?? APP_ENTRY_URL, window: () => windows.first(), openWindow: (startUrl: string) => windows.add(createMainWindow({ preloadPath, startUrl })) };
  // A link that launched the app opens the window straight on its session.
  deepLinks.attach((sessionId) => showSessionPage(sessionPages, sessionId));
  followReminderClicks(service.events, sessionPages);
  if (!windows.first()) openMainWindow();
  void startAutoUpdates({ isPackaged: app.isPackaged, env: process.env });
}

// A second copy would fight over the store files and double every reminder; hand over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Room views follow the room navigation policy instead of the own-origin rule (main/rooms).
  guardAllWebContents(app, (url) => isOwnPageUrl(url, origin), (id) => openRooms.isRoomContents(id));
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });
  // go-local-companion://session/<id>: macOS sends 'open-url', Windows and Linux put the link on the command line.
  registerProtocolClient(app, process);
  listenForDeepLinks(app, deepLinks);
  deepLinks.handleArgv(process.argv);
  // macOS apps stay in the dock with no windows; elsewhere closing the last window quits, unless reminders keep the app in the tray.
  app.on('window-all-closed', () => {
    if (background) background.allWindowsClosed();
    else if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && windows.list().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] could not start', error);
      dialog.showErrorBox(mainLanguage.t('app.startFailed.heading'), error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
