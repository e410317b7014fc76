/**
 * Auto-update from GitHub releases with electron-updater (the `publish`
 * section of electron-builder.yml says where). It is a convenience, never a
 * reason to fail: every error is logged and swallowed, and it stays off where
 * it cannot or must not work.
 */
import type * as ElectronUpdater from 'electron-updater';

export type UpdatePolicy =
  | { enabled: true }
  | { enabled: false; reason: 'development' | 'disabled-by-environment' | 'portable' };

export interface UpdatePolicyInput {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
}

export function updatePolicy({ isPackaged, env }: UpdatePolicyInput): UpdatePolicy {
  // Unpackaged there is no app-update.yml and nothing to replace.
  if (!isPackaged) return { enabled: false, reason: 'development' };
  // For managed machines whose IT ships versions itself, and for anyone who does not want the app to phone home.
  if (env['GLC_DISABLE_UPDATES'] === '1') return { enabled: false, reason: 'disabled-by-environment' };
  // The Windows portable build has no installer to update through.
  if (env['PORTABLE_EXECUTABLE_DIR']) return { enabled: false, reason: 'portable' };
  return { enabled: true };
}

/** The part of electron-updater's AppUpdater this module uses. */
export interface AutoUpdaterLike {
  logger: unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

export interface UpdaterLog {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

async function loadAutoUpdater(): Promise<AutoUpdaterLike> {
  type UpdaterModule = typeof ElectronUpdater;
  const loaded = (await import('electron-updater')) as UpdaterModule & { default?: UpdaterModule };
  // electron-updater is CommonJS and defines autoUpdater with a getter Node's ESM loader cannot see,
  // so from our ESM bundle it is only reachable through the default export.
  return (loaded.default ?? loaded).autoUpdater;
}

export interface StartUpdatesOptions extends UpdatePolicyInput {
  log?: UpdaterLog;
  /** Tests pass a fake; the app uses electron-updater, loaded only when updates are on. */
  load?: () => Promise<AutoUpdaterLike>;
}

export type UpdateStart = 'checking' | 'failed' | Extract<UpdatePolicy, { enabled: false }>['reason'];

/** Checks once at start-up; electron-updater downloads in the background and notifies when ready to install. */
export async function startAutoUpdates({ isPackaged, env, log = console, load = loadAutoUpdater }: StartUpdatesOptions): Promise<UpdateStart> {
  const policy = updatePolicy({ isPackaged, env });
  if (!policy.enabled) {
    if (policy.reason !== 'development') log.info(`[updater] automatic updates are off (${policy.reason})`);
    return policy.reason;
  }
  try {
    const updater = await load();
    updater.logger = log;
    updater.on('error', (error) => log.warn('[updater] update failed:', error.message));
    await updater.checkForUpdatesAndNotify();
    return 'checking';
  } catch (error) {
    log.warn('[updater] could not check for updates:', error instanceof Error ? error.message : error);
    return 'failed';
  }
}
