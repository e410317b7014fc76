/**
 * The room toolbar's bridge: four named actions and one state feed, nothing
 * else. Bundled into one CommonJS file (sandboxed preloads cannot load modules).
 * It imports only its contract, core/room-toolbar-channels.ts, whose maps fix
 * every channel's payload in both directions.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { TOOLBAR_CHANNELS, isConsentAnswer, isToolbarState } from '../core/room-toolbar-channels';
import type { ConsentAnswer, RoomToolbarApi, ToolbarMessages, ToolbarState } from '../core/room-toolbar-channels';

/** Sends one of the toolbar's messages: a bare signal takes no payload, the others exactly theirs. */
function send<C extends keyof ToolbarMessages>(channel: C, ...payload: ToolbarMessages[C] extends undefined ? [] : [ToolbarMessages[C]]): void {
  ipcRenderer.send(channel, ...payload);
}

const roomToolbar = {
  leave: (): void => send(TOOLBAR_CHANNELS.leave),
  openInBrowser: (): void => send(TOOLBAR_CHANNELS.openInBrowser),
  retry: (): void => send(TOOLBAR_CHANNELS.retry),
  answerConsent: (answer: ConsentAnswer): void => {
    if (!isConsentAnswer(answer)) throw new TypeError('answerConsent needs { id, allow, remember }');
    // A fresh object of exactly these fields: nothing else of the page's crosses.
    send(TOOLBAR_CHANNELS.consent, { id: answer.id, allow: answer.allow, remember: answer.remember });
  },
  onState: (listener: (state: ToolbarState) => void): void => {
    if (typeof listener !== 'function') throw new TypeError('onState needs a function');
    // The page gets the state only, never the IpcRendererEvent (it would expose ipcRenderer).
    ipcRenderer.on(TOOLBAR_CHANNELS.state, (_event: IpcRendererEvent, state: unknown) => {
      if (isToolbarState(state)) listener(state);
    });
    send(TOOLBAR_CHANNELS.ready);
  },
} satisfies RoomToolbarApi;

contextBridge.exposeInMainWorld('roomToolbar', roomToolbar);
