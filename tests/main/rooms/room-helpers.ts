/** Shared bits for the room window tests: a room to open and Electron-shaped navigation events. */
import type { RoomToOpen } from '../../../core/ports';
import { FakeBaseWindow, FakeWebContentsView } from '../fake-electron';
import type { FakeWebContents } from '../fake-electron';

export const ROOM: RoomToOpen = {
  url: 'https://gl.example.org/rooms/abc-def-ghi-jkl/join',
  title: 'Plenary: What works locally',
  sessionId: 's1',
  allowedHosts: ['gl.example.org', 'node1.bbb.example.org'],
};

export interface NavigationEvent {
  url: string;
  isMainFrame: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function navigation(url: string, isMainFrame = true): NavigationEvent {
  return {
    url,
    isMainFrame,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** The parts of the room window most recently opened. */
export function lastRoom(): { window: FakeBaseWindow; toolbar: FakeWebContentsView; room: FakeWebContentsView } {
  const window = FakeBaseWindow.created.at(-1);
  // The toolbar view is made first, then the room view.
  const [toolbar, room] = FakeWebContentsView.created.slice(-2);
  if (!window || !room || !toolbar) throw new Error('no room window was opened');
  return { window, toolbar, room };
}

/** Lets fire-and-forget promises (openExternal, permission callbacks) settle. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function lastToolbarState(contents: FakeWebContents): Record<string, unknown> | undefined {
  const sent = contents.sent.filter((message) => message.channel === 'room-toolbar:state').at(-1);
  return sent?.args[0] as Record<string, unknown> | undefined;
}
