import { describe, expect, it } from 'vitest';
import { FakeBrowserWindow, app, ipcMain } from './fake-electron';


describe('main entry when another copy is running', () => {
  it('quits at once without opening a window or registering handlers', async () => {
    app.hasSingleInstanceLock = false;
    await import('../../main/index');
    app.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.quit).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    // Still sandboxed and the scheme still registered: those run before the lock is asked for.
    expect(app.sandboxEnabled).toBe(true);
  });
});
