/**
 * The screen-share picker's bridge: choose one offered source or cancel.
 * Bundled into one CommonJS file (sandboxed preloads cannot load modules).
 * It imports only its contract, core/room-picker-channels.ts, whose maps fix
 * every channel's payload in both directions.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { PICKER_CHANNELS, isPickerSourceList, isPickerTexts } from '../core/room-picker-channels';
import type { PickerMessages, PickerSource, PickerTexts, SourcePickerApi } from '../core/room-picker-channels';

/** Sends one of the picker's messages: a bare signal takes no payload, the others exactly theirs. */
function send<C extends keyof PickerMessages>(channel: C, ...payload: PickerMessages[C] extends undefined ? [] : [PickerMessages[C]]): void {
  ipcRenderer.send(channel, ...payload);
}

const sourcePicker = {
  choose: (id: string): void => {
    if (typeof id === 'string') send(PICKER_CHANNELS.choose, id);
  },
  cancel: (): void => send(PICKER_CHANNELS.cancel),
  onTexts: (listener: (texts: PickerTexts) => void): void => {
    if (typeof listener !== 'function') throw new TypeError('onTexts needs a function');
    ipcRenderer.on(PICKER_CHANNELS.texts, (_event: IpcRendererEvent, texts: unknown) => {
      if (isPickerTexts(texts)) listener(texts);
    });
  },
  onSources: (listener: (sources: PickerSource[]) => void): void => {
    if (typeof listener !== 'function') throw new TypeError('onSources needs a function');
    ipcRenderer.on(PICKER_CHANNELS.sources, (_event: IpcRendererEvent, sources: unknown) => {
      if (isPickerSourceList(sources)) listener(sources);
    });
    send(PICKER_CHANNELS.ready);
  },
} satisfies SourcePickerApi;

contextBridge.exposeInMainWorld('sourcePicker', sourcePicker);
