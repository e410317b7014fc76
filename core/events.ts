import type { CompanionEvents, EventName, Unsubscribe } from './api';

type Listener<E extends EventName> = (payload: CompanionEvents[E]) => void;
type AnyListener = Listener<EventName>;

/** A tiny typed event hub: CompanionService emits, the IPC bridge or the web platform listens. */
export class EventHub {
  private readonly listeners = new Map<EventName, Set<AnyListener>>();

  on<E extends EventName>(event: E, listener: Listener<E>): Unsubscribe {
    const set = this.listeners.get(event) ?? new Set<AnyListener>();
    // Stored by event name, so a listener only ever receives its own event's payload.
    const stored = listener as unknown as AnyListener;
    set.add(stored);
    this.listeners.set(event, set);
    return () => set.delete(stored);
  }

  emit<E extends EventName>(event: E, payload: CompanionEvents[E]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as unknown as Listener<E>)(payload);
  }
}
