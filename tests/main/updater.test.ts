import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoUpdates, updatePolicy } from '../../main/updater';

/** A recording stand-in for electron-updater's autoUpdater. */
class FakeAutoUpdater extends EventEmitter {
  logger: unknown = 'default';
  readonly checkForUpdatesAndNotify = vi.fn(async (): Promise<unknown> => null);
}

const hoisted = vi.hoisted((): { updater: unknown } => ({ updater: null }));

// electron-updater is CommonJS; from ESM its autoUpdater is reachable only through the default export,
// which is what main/updater.ts reads. Virtual: the test does not need the package installed.
vi.mock('electron-updater', () => ({ default: { get autoUpdater() { return hoisted.updater; } } }));

let updater: FakeAutoUpdater;
const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

beforeEach(() => {
  updater = new FakeAutoUpdater();
  hoisted.updater = updater;
  vi.clearAllMocks();
});

describe('updatePolicy', () => {
  it('is off unpackaged, with GLC_DISABLE_UPDATES=1, and in the Windows portable build', () => {
    expect(updatePolicy({ isPackaged: false, env: {} })).toEqual({ enabled: false, reason: 'development' });
    expect(updatePolicy({ isPackaged: true, env: { GLC_DISABLE_UPDATES: '1' } })).toEqual({ enabled: false, reason: 'disabled-by-environment' });
    expect(updatePolicy({ isPackaged: true, env: { PORTABLE_EXECUTABLE_DIR: 'D:\\' } })).toEqual({ enabled: false, reason: 'portable' });
  });

  it('is on for a packaged, installed app', () => {
    expect(updatePolicy({ isPackaged: true, env: {} })).toEqual({ enabled: true });
    expect(updatePolicy({ isPackaged: true, env: { GLC_DISABLE_UPDATES: '0' } })).toEqual({ enabled: true });
  });
});

describe('startAutoUpdates', () => {
  it('checks and notifies through electron-updater when packaged', async () => {
    await expect(startAutoUpdates({ isPackaged: true, env: {}, log })).resolves.toBe('checking');
    expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledOnce();
    expect(updater.logger).toBe(log);
  });

  it('never loads electron-updater when off', async () => {
    const load = vi.fn();
    await expect(startAutoUpdates({ isPackaged: false, env: {}, log, load })).resolves.toBe('development');
    await expect(startAutoUpdates({ isPackaged: true, env: { GLC_DISABLE_UPDATES: '1' }, log, load })).resolves.toBe('disabled-by-environment');
    expect(load).not.toHaveBeenCalled();
    expect(updater.checkForUpdatesAndNotify).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith('[updater] automatic updates are off (disabled-by-environment)');
  });

  it('logs a failed check instead of throwing', async () => {
    updater.checkForUpdatesAndNotify.mockRejectedValue(new Error('net::ERR_INTERNET_DISCONNECTED'));
    await expect(startAutoUpdates({ isPackaged: true, env: {}, log })).resolves.toBe('failed');
    expect(log.warn).toHaveBeenCalledWith('[updater] could not check for updates:', 'net::ERR_INTERNET_DISCONNECTED');
  });

  it('logs errors the updater emits later (download, signature) instead of letting them crash main', async () => {
    await startAutoUpdates({ isPackaged: true, env: {}, log });
    updater.emit('error', new Error('sha512 checksum mismatch'));
    expect(log.warn).toHaveBeenCalledWith('[updater] update failed:', 'sha512 checksum mismatch');
  });

  it('logs when electron-updater cannot be loaded', async () => {
    const load = vi.fn(async () => {
      throw new Error('Cannot find module');
    });
    await expect(startAutoUpdates({ isPackaged: true, env: {}, log, load })).resolves.toBe('failed');
    expect(log.warn).toHaveBeenCalledWith('[updater] could not check for updates:', 'Cannot find module');
  });
});
