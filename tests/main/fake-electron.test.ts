/**
 * Each test gets a whole new fake electron: what one test leaves behind (a
 * handler, a window, a notification, a listener) is not there in the next,
 * including for main modules that imported `electron` before the test began.
 */
import { describe, expect, it } from 'vitest';
import * as electron from 'electron';
import electronDefault from 'electron';
import { FakeBrowserWindow, FakeNotification, FakeTray, app, ipcMain, session } from './fake-electron';

const seenApps: unknown[] = [];

describe('the fake electron is new in every test', () => {
  it('leaves state behind on purpose', () => {
    seenApps.push(electron.app);
    ipcMain.handle('left-behind', () => 'stale');
    new FakeBrowserWindow({});
    new FakeNotification({ title: 'stale' }).show();
    new FakeTray('icon.png');
    FakeNotification.supported = false;
    app.on('before-quit', () => undefined);
    app.paths['userData'] = '/stale';
    session.fromPartition('persist:room');
    expect(ipcMain.handlers.has('left-behind')).toBe(true);
  });

  it('sees none of it in the next test', () => {
    seenApps.push(electron.app);
    expect(ipcMain.handlers.size).toBe(0);
    expect(FakeBrowserWindow.created).toEqual([]);
    expect(FakeBrowserWindow.getAllWindows()).toEqual([]);
    expect(FakeNotification.created).toEqual([]);
    expect(FakeNotification.supported).toBe(true);
    expect(FakeTray.created).toEqual([]);
    expect(app.listenerCount('before-quit')).toBe(0);
    expect(app.paths).toEqual({});
    expect(session.partitions.size).toBe(0);
  });

  it('reaches code that imported electron earlier: the mocked module is the current fake', () => {
    expect(electron.app).toBe(app);
    expect(electron.ipcMain).toBe(ipcMain);
    expect(electronDefault.app).toBe(app);
    expect(seenApps).toHaveLength(2);
    expect(seenApps[0]).not.toBe(seenApps[1]);
  });
});
