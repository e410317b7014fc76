/**
 * Main's one bridge to pages: every push from main names its channel in one
 * typed map, so a payload cannot drift from what the page's preload expects;
 * every message a room page sends main names its channel in another; and
 * main's action handlers are registered here. Lint forbids raw
 * webContents.send and ipcMain.* anywhere else in main/.
 */
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import type { CompanionEvents, EventName } from '../../core/api';
import type { PickerMessages, PickerPushes } from '../../core/room-picker-channels';
import type { ToolbarMessages, ToolbarPushes } from '../../core/room-toolbar-channels';

/** Every message main pushes to a page, by channel: the main window's events, the room toolbar's state, the picker's sources. */
export type MainPushes = { [E in EventName as `companion-event:${E}`]: CompanionEvents[E] } & ToolbarPushes & PickerPushes;

/** Every message a room page sends main, by channel: the toolbar's buttons and consent answer, the picker's choice. */
export type PageMessages = ToolbarMessages & PickerMessages;

export function pushTo<C extends keyof MainPushes>(contents: WebContents, channel: C, payload: MainPushes[C]): void {
  contents.send(channel, payload);
}

/**
 * Listens for one room-page message on that page's own webContents.ipc, so no
 * other page reaches the listener. The payload arrives as unknown on purpose:
 * PageMessages says what the page's preload sends, but a compromised page may
 * send anything, so the listener checks the sender and the payload itself.
 */
export function onPageMessage<C extends keyof PageMessages>(contents: WebContents, channel: C, listener: (event: IpcMainEvent, payload: unknown) => void): void {
  contents.ipc.on(channel, (event: IpcMainEvent, payload: unknown) => listener(event, payload));
}

/** Registers the handler of one invoked channel (the main window's actions). */
export function handleInvoke(ipcMain: IpcMain, channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void {
  ipcMain.handle(channel, handler);
}
