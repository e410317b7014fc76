/** Links a room page opens (window.open, or leaving the room hosts) reach the browser only after real input, a few a minute. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoomWindow } from '../../../main/rooms/room-window';
import { RoomRegistry } from '../../../main/rooms/room-registry';
import { FakeBaseWindow, shell } from '../fake-electron';
import { ROOM, click, lastRoom, navigation, settle } from './room-helpers';


const T0 = Date.parse('2024-02-05T12:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  openRoomWindow(ROOM, new RoomRegistry());
});

afterEach(() => {
  for (const window of FakeBaseWindow.created) window.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const open = (url: string): unknown => lastRoom().room.webContents.windowOpenHandler!({ url });

describe('room popups', () => {
  it('does not open anything a page script opens by itself', async () => {
    expect(open('https://www.example.org/ad')).toEqual({ action: 'deny' });
    const leave = navigation('https://www.example.org/elsewhere');
    lastRoom().room.webContents.emit('will-frame-navigate', leave);
    await settle();
    expect(leave.defaultPrevented).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens one link per click or key press, within a few seconds of it', async () => {
    const contents = lastRoom().room.webContents;
    click(contents, 'mouseMove'); // moving the mouse is not acting on the page
    open('https://www.example.org/0');
    click(contents, 'keyDown');
    open('https://www.example.org/1');
    click(contents, 'mouseUp'); // the end of the same click does not allow a second tab
    open('https://www.example.org/2');
    click(contents);
    vi.setSystemTime(T0 + 6_000);
    open('https://www.example.org/3');
    await settle();
    expect(shell.openExternal.mock.calls).toEqual([['https://www.example.org/1']]);
  });

  it('opens at most three links a minute, whatever the clicks', async () => {
    const contents = lastRoom().room.webContents;
    for (let i = 0; i < 5; i++) {
      vi.setSystemTime(T0 + i * 1_000);
      click(contents);
      open(`https://www.example.org/${i}`);
    }
    vi.setSystemTime(T0 + 61_000);
    click(contents);
    open('https://www.example.org/later');
    await settle();
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://www.example.org/0',
      'https://www.example.org/1',
      'https://www.example.org/2',
      'https://www.example.org/later',
    ]);
  });

  it('never opens a mail with a prefilled subject or body, and opens a plain mailto after a click', async () => {
    const contents = lastRoom().room.webContents;
    click(contents);
    open('mailto:board@example.org?subject=Resignation&body=I%20quit');
    click(contents);
    open('mailto:board@example.org');
    await settle();
    expect(shell.openExternal.mock.calls).toEqual([['mailto:board@example.org']]);
  });
});
