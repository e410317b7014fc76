/**
 * The screen-share picker's bridge: choose one offered source or cancel.
 * Bundled into one CommonJS file (sandboxed preloads cannot load modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { PICKER_CHANNELS, isPickerSourceList } from './picker-channels';
import type { PickerSource, SourcePickerApi } from './picker-channels';

const sourcePicker = {
  choose: (id: string): void => {
    if (typeof id === 'string') ipcRenderer.send(PICKER_CHANNELS.choose, id);
  },
  cancel: (): void => ipcRenderer.send(PICKER_CHANNELS.cancel),
  onSources: (listener: (sources: PickerSource[]) => void): void => {
    if (typeof listener !== 'function') throw new TypeError('onSources needs a function');
    ipcRenderer.on(PICKER_CHANNELS.sources, (_event: IpcRendererEvent, sources: unknown) => {
      if (isPickerSourceList(sources)) listener(sources);
    });
    ipcRenderer.send(PICKER_CHANNELS.ready);
  },
} satisfies SourcePickerApi;

contextBridge.exposeInMainWorld('sourcePicker', sourcePicker);
