/** Shared bits for the room window tests: a room to open and Electron-shaped navigation events. */
import type { RoomToOpen } from '../../../core/ports';
import { RoomRegistry } from '../../../main/rooms/room-registry';
import { FakeBaseWindow, FakeWebContentsView } from '../fake-electron';
import type { FakeWebContents } from '../fake-electron';

export const ROOM: RoomToOpen = {
  url: 'https://gl.example.org/rooms/abc-def-ghi-jkl/join',
  title: 'Plenary: What works locally',
  sessionId: 's1',
  // As if Settings named node1; node2 is a feed roomHost, navigation only until a join redirect ties it to the room.
  trustedHosts: ['gl.example.org', 'node1.bbb.example.org'],
  navigationHosts: ['node2.bbb.example.org'],
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

/** A registry where the attendee already said "yes, remember" to camera, microphone and screen for the room's trusted hosts. */
export function consentingRooms(): RoomRegistry {
  const rooms = new RoomRegistry();
  for (const host of ROOM.trustedHosts) {
    rooms.consents.remember(host, 'media', true);
    rooms.consents.remember(host, 'screen', true);
  }
  return rooms;
}

/** The consent question the toolbar shows now, or null. */
export function consentShown(contents: FakeWebContents): { id: number; host: string; kind: string } | null {
  return (lastToolbarState(contents)?.['consent'] as { id: number; host: string; kind: string } | null | undefined) ?? null;
}

/** The attendee answering the question on screen in the toolbar. */
export function answerConsent(contents: FakeWebContents, allow: boolean, remember = false): void {
  const question = consentShown(contents);
  if (question === null) throw new Error('no consent question is shown');
  contents.emitIpc('room-toolbar:consent', { id: question.id, allow, remember });
}

/** Real input reaching a page, as Electron reports it to main ('input-event'); a page script cannot fake this. */
export function click(contents: FakeWebContents, type = 'mouseDown'): void {
  contents.emit('input-event', {}, { type });
}
