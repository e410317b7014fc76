/**
 * Main-process entry: security switches first (they must precede 'ready'),
 * then the service, the IPC bridge and the window.
 */
import { app, dialog, ipcMain, protocol, session } from 'electron';
import bundledFeed from '../assets/programme/golocal-2024.json?raw';
import { createCompanionService } from './create-service';
import { forwardServiceEvents } from './ipc/forward-events';
import { registerActionHandlers } from './ipc/register-handlers';
import { isTrustedSender } from './ipc/sender-check';
import { preloadPath, rendererDir } from './paths';
import { registerAppSchemeAsPrivileged } from './protocol/app-scheme';
import { createRendererFileHandler } from './protocol/renderer-files';
import { APP_ENTRY_URL, APP_SCHEME, appOriginFor, devRendererUrl, isOwnPageUrl } from './security/app-origin';
import { denyAllPermissions } from './security/permissions';
import { guardAllWebContents } from './security/web-contents-guard';
import { createMainWindow } from './windows/main-window';
import { OwnWindows } from './windows/own-windows';

app.enableSandbox();
registerAppSchemeAsPrivileged(protocol);

const devUrl = devRendererUrl(process.env, app.isPackaged);
const origin = appOriginFor(devUrl);
const windows = new OwnWindows();

function openMainWindow(): void {
  windows.add(createMainWindow({ preloadPath, startUrl: devUrl ?? APP_ENTRY_URL }));
}

function showMainWindow(): void {
  const window = windows.first();
  if (!window) return openMainWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createRendererFileHandler(rendererDir));

  const service = createCompanionService({
    userDataDir: app.getPath('userData'),
    bundledFeed,
    parentWindow: () => windows.first(),
  });
  service.start();

  registerActionHandlers(ipcMain, service, (event) =>
    isTrustedSender(event, { origin, ownContents: () => windows.list().map((window) => window.webContents) }),
  );
  forwardServiceEvents(service.events, () => windows.list());
  app.on('before-quit', () => service.stop());

  openMainWindow();
}

// A second copy would fight over the store files and double every reminder; hand over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  guardAllWebContents(app, (url) => isOwnPageUrl(url, origin));
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });
  // macOS apps stay in the dock with no windows; elsewhere closing the last window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && windows.list().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] could not start', error);
      dialog.showErrorBox('Go Local Companion could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
