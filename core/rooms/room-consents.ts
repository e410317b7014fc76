/**
 * The attendee's remembered answers to "<host> wants to use your microphone
 * and camera" / "… to share your screen": one entry per host and kind, kept in
 * the app's store under its own key. Small and validated on every read: a
 * damaged or hand-edited store loses only its bad entries, and the list never
 * grows past MAX_REMEMBERED (the oldest answer goes first). Answers that were
 * not remembered never get here; they last only while their room stays open.
 */
import type { KeyValueStore } from '../ports';
import { normalizeAllowedHost } from './host-allowlist';

export type ConsentKind = 'media' | 'screen';

export interface RoomPermission {
  /** host or host:port, in the allowlist's normal form. */
  host: string;
  kind: ConsentKind;
  allowed: boolean;
}

export const ROOM_PERMISSIONS_KEY = 'room-permissions';
export const MAX_REMEMBERED = 100;

export const isConsentKind = (value: unknown): value is ConsentKind => value === 'media' || value === 'screen';

/** A host as stored and as IPC may name it: already in normal form. */
export const isConsentHost = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 260 && normalizeAllowedHost(value) === value;

function isRoomPermission(value: unknown): value is RoomPermission {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return isConsentHost(entry['host']) && isConsentKind(entry['kind']) && typeof entry['allowed'] === 'boolean';
}

export class RoomConsents {
  constructor(private readonly store: KeyValueStore) {}

  list(): RoomPermission[] {
    const stored = this.store.get(ROOM_PERMISSIONS_KEY);
    if (!Array.isArray(stored)) return [];
    return stored
      .slice(-MAX_REMEMBERED)
      .filter(isRoomPermission)
      .map(({ host, kind, allowed }) => ({ host, kind, allowed }));
  }

  answerFor(host: string, kind: ConsentKind): boolean | undefined {
    return this.list().find((entry) => entry.host === host && entry.kind === kind)?.allowed;
  }

  remember(rawHost: string, kind: ConsentKind, allowed: boolean): void {
    const host = normalizeAllowedHost(rawHost);
    if (host === null || !isConsentKind(kind)) return;
    const others = this.list().filter((entry) => !(entry.host === host && entry.kind === kind));
    this.store.set(ROOM_PERMISSIONS_KEY, [...others, { host, kind, allowed }].slice(-MAX_REMEMBERED));
  }

  /** True when there was an answer to forget. The next request from that host asks again. */
  revoke(host: string, kind: ConsentKind): boolean {
    const entries = this.list();
    const rest = entries.filter((entry) => !(entry.host === host && entry.kind === kind));
    if (rest.length === entries.length) return false;
    this.store.set(ROOM_PERMISSIONS_KEY, rest);
    return true;
  }
}
