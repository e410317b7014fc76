/**
 * Main's one bridge to pages: every push from main names its channel in one
 * typed map, so a payload cannot drift from what the page's preload expects,
 * and main's action handlers are registered here. Lint forbids raw
 * webContents.send and ipcMain.* anywhere else in main/.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { CompanionEvents, EventName } from '../../core/api';
import type { PICKER_CHANNELS, PickerSource } from '../rooms/pages/picker-channels';
import type { TOOLBAR_CHANNELS, ToolbarState } from '../rooms/pages/toolbar-channels';

/** Every message main pushes to a page, by channel: the main window's events, the room toolbar's state, the picker's sources. */
export type MainPushes = { [E in EventName as `companion-event:${E}`]: CompanionEvents[E] } & {
  [K in (typeof TOOLBAR_CHANNELS)['state']]: ToolbarState;
} & {
  [K in (typeof PICKER_CHANNELS)['sources']]: PickerSource[];
};

export function pushTo<C extends keyof MainPushes>(contents: WebContents, channel: C, payload: MainPushes[C]): void {
  contents.send(channel, payload);
}

/** Registers the handler of one invoked channel (the main window's actions). */
export function handleInvoke(ipcMain: IpcMain, channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void {
  ipcMain.handle(channel, handler);
}
