import type { BrowserWindow } from 'electron';
import type { CompanionEvents, EventName, Unsubscribe } from '../../core/api';
import { EVENT_NAMES, eventChannel } from '../../core/api';
import { pushTo } from './bridge';

export interface EventSource {
  on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void): Unsubscribe;
}

/** Pushes every service event to our windows (only ours: a room window must not learn the attendee's state). */
export function forwardServiceEvents(events: EventSource, windows: () => readonly BrowserWindow[]): Unsubscribe {
  const unsubscribes = EVENT_NAMES.map((name) =>
    events.on(name, (payload) => {
      for (const window of windows()) {
        if (!window.isDestroyed()) pushTo(window.webContents, eventChannel(name), payload);
      }
    }),
  );
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
