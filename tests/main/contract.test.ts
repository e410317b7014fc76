/**
 * The contract (core/api.ts), the preload and the main handlers must list the
 * same channels: a name added to one and forgotten in another fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import { ACTION_ARGUMENT_GUARDS, ACTION_NAMES, actionChannel } from '../../core/api';
import type { ActionName, CompanionActions } from '../../core/api';
import { CompanionService } from '../../core/service';
import { fakePorts } from '../core/support/fake-ports';
import { nativeFeed, opening } from '../core/support/native-feed';
import { registerActionHandlers } from '../../main/ipc/register-handlers';
import { contextBridge, ipcMain, ipcRenderer, shareOneFakeElectron } from './fake-electron';


/**
 * One call per action as the renderer makes it, written out by hand so a new action
 * without its row (or a row for an action the contract lost) fails here.
 */
const A_REAL_CALL: Record<ActionName, unknown[]> = {
  getState: [],
  refreshFeed: [],
  setFeedUrl: ['https://programme.example.org/feed.json'],
  updateSettings: [{ reminderMinutes: 5 }],
  openLink: ['https://example.org/'],
  joinRoom: ['opening'],
  setBookmark: ['opening', true],
  dismissBookmarkFlags: [['opening']],
  exportBookmarks: [],
  importBookmarks: ['{}'],
  dismissNotice: [],
  exportCalendar: [{ kind: 'bookmarks' }],
  printSchedule: [],
  listRoomPermissions: [],
  revokeRoomPermission: ['bbb.example.org', 'media'],
};

const contractChannels = ACTION_NAMES.map(actionChannel).sort();
let preloadApi: Record<string, (...args: unknown[]) => unknown>;

// The preload is loaded once, below; every test checks what it exposed.
shareOneFakeElectron();

beforeAll(async () => {
  await import('../../preload/index');
  preloadApi = contextBridge.exposed.get('companion') as typeof preloadApi;
});

describe('contract, preload and main agree', () => {
  it('every contract action is one the service implements, and its guard admits a real call and nothing longer', () => {
    expect(Object.keys(A_REAL_CALL).sort()).toEqual([...ACTION_NAMES].sort());
    const service = new CompanionService({ ...fakePorts() }, { bundledFeed: nativeFeed([opening]), systemZone: 'Europe/Vienna' });
    for (const name of ACTION_NAMES) {
      expect(typeof service[name], name).toBe('function');
      const args = A_REAL_CALL[name];
      expect(ACTION_ARGUMENT_GUARDS[name](args), `${name}(${JSON.stringify(args)})`).toBe(true);
      expect(ACTION_ARGUMENT_GUARDS[name]([...args, 'one too many']), `${name} with an extra argument`).toBe(false);
    }
  });

  it('the preload exposes exactly the contract actions (plus on), each invoking its own channel', async () => {
    expect(Object.keys(preloadApi).filter((key) => key !== 'on').sort()).toEqual([...ACTION_NAMES].sort());
    ipcRenderer.invoke.mockClear();
    for (const name of ACTION_NAMES) await preloadApi[name]!();
    expect(ipcRenderer.invoke.mock.calls.map(([channel]) => channel).sort()).toEqual(contractChannels);
  });

  it('main registers a handler for exactly those channels', () => {
    registerActionHandlers(ipcMain as unknown as IpcMain, {} as CompanionActions, () => true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(contractChannels);
  });
});
