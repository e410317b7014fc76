/**
 * The room window's two preloads (preload/room-toolbar.ts, preload/room-picker.ts): each exposes its
 * named API only, sends each message on its contract channel with exactly its payload, and hands the
 * page only pushes that pass the contract's guard.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoomToolbarApi, ToolbarState } from '../../core/room-toolbar-channels';
import type { PickerSource, PickerTexts, SourcePickerApi } from '../../core/room-picker-channels';
import { contextBridge, ipcRenderer, shareOneFakeElectron } from './fake-electron';

// The fake records invokes only; these preloads send, so this file records the sends itself.
const send = vi.fn();
let toolbar: RoomToolbarApi;
let picker: SourcePickerApi;

// The preloads are loaded once and checked across tests: they keep the fake they were loaded with.
shareOneFakeElectron();

beforeAll(async () => {
  Object.assign(ipcRenderer, { send });
  await import('../../preload/room-toolbar');
  await import('../../preload/room-picker');
  toolbar = contextBridge.exposed.get('roomToolbar') as RoomToolbarApi;
  picker = contextBridge.exposed.get('sourcePicker') as SourcePickerApi;
});

beforeEach(() => {
  send.mockClear();
});

const texts = { openInBrowser: 'Open in browser', leave: 'Leave', retry: 'Retry', remember: 'Remember for this host', allow: 'Allow', deny: 'Deny' };
const state: ToolbarState = { title: 'Plenary', lang: 'en', dir: 'ltr', status: 'connected', label: 'Connected', problem: null, consent: null, texts };
const pickerTexts: PickerTexts = { lang: 'ar', dir: 'rtl', title: 'T', hint: 'H', empty: 'E', screens: 'S', windows: 'W', cancel: 'C' };
const source: PickerSource = { id: 'screen:1:0', name: 'Screen 1', kind: 'screen', thumbnail: '' };

describe('room toolbar preload', () => {
  it('exposes the toolbar API only, as window.roomToolbar', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['roomToolbar', 'sourcePicker']);
    expect(Object.keys(toolbar).sort()).toEqual(['answerConsent', 'leave', 'onState', 'openInBrowser', 'retry']);
  });

  it('sends each button as a bare signal on its room-toolbar channel', () => {
    toolbar.leave();
    toolbar.openInBrowser();
    toolbar.retry();
    expect(send.mock.calls).toEqual([['room-toolbar:leave'], ['room-toolbar:open-in-browser'], ['room-toolbar:retry']]);
  });

  it('sends a consent answer as a fresh object of exactly its three fields, and refuses anything else', () => {
    toolbar.answerConsent({ id: 3, allow: true, remember: false, extra: 'page data' } as Parameters<RoomToolbarApi['answerConsent']>[0]);
    expect(send.mock.calls).toEqual([['room-toolbar:consent', { id: 3, allow: true, remember: false }]]);
    expect(() => toolbar.answerConsent({ id: 0, allow: true, remember: false })).toThrow(TypeError);
  });

  it('asks for the state once listened to, and passes on states only', () => {
    const states: ToolbarState[] = [];
    toolbar.onState((next) => states.push(next));
    expect(send.mock.calls).toEqual([['room-toolbar:ready']]);
    ipcRenderer.emitFromMain('room-toolbar:state', { title: 42 });
    // A state without its words (or with a direction that is neither) would leave the page half in English.
    ipcRenderer.emitFromMain('room-toolbar:state', { ...state, texts: undefined });
    ipcRenderer.emitFromMain('room-toolbar:state', { ...state, dir: 'up' });
    ipcRenderer.emitFromMain('room-toolbar:state', state);
    expect(states).toEqual([state]);
  });
});

describe('screen picker preload', () => {
  it('exposes the picker API only, as window.sourcePicker', () => {
    expect(Object.keys(picker).sort()).toEqual(['cancel', 'choose', 'onSources', 'onTexts']);
  });

  it('sends a chosen id and a cancel on their room-picker channels', () => {
    picker.choose('screen:1:0');
    picker.cancel();
    expect(send.mock.calls).toEqual([['room-picker:choose', 'screen:1:0'], ['room-picker:cancel']]);
  });

  it('asks for the sources once listened to, and passes on source lists only', () => {
    const lists: PickerSource[][] = [];
    picker.onSources((sources) => lists.push(sources));
    expect(send.mock.calls).toEqual([['room-picker:ready']]);
    ipcRenderer.emitFromMain('room-picker:sources', [{ id: 7 }]);
    ipcRenderer.emitFromMain('room-picker:sources', [source]);
    expect(lists).toEqual([[source]]);
  });

  it('passes on the texts, without asking for anything, and only complete texts', () => {
    const received: PickerTexts[] = [];
    picker.onTexts((next) => received.push(next));
    expect(send).not.toHaveBeenCalled();
    ipcRenderer.emitFromMain('room-picker:texts', { ...pickerTexts, cancel: undefined });
    ipcRenderer.emitFromMain('room-picker:texts', { ...pickerTexts, dir: 'sideways' });
    ipcRenderer.emitFromMain('room-picker:texts', pickerTexts);
    expect(received).toEqual([pickerTexts]);
  });
});
