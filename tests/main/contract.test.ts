/**
 * The contract (core/api.ts), the preload and the main handlers must list the
 * same channels: a name added to one and forgotten in another fails here.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { ACTION_ARGUMENT_GUARDS, ACTION_NAMES, actionChannel } from '../../core/api';
import type { CompanionActions } from '../../core/api';
import { registerActionHandlers } from '../../main/ipc/register-handlers';
import { contextBridge, ipcMain, ipcRenderer, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const contractChannels = ACTION_NAMES.map(actionChannel).sort();
let preloadApi: Record<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../preload/index');
  preloadApi = contextBridge.exposed.get('companion') as typeof preloadApi;
});

describe('contract, preload and main agree', () => {
  it('the contract names a guard for every action', () => {
    expect(Object.keys(ACTION_ARGUMENT_GUARDS).sort()).toEqual([...ACTION_NAMES].sort());
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
