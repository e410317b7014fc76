/**
 * The open rooms: one window per room URL, and which WebContents show a room
 * page, each with its own room's trust and consent gate (never a union over
 * rooms). The permission, screen-share and navigation handlers look rooms up
 * here; a WebContents that is not listed gets nothing, and the app-wide guard
 * keeps its own-origin policy for it.
 */
import type { KeyValueStore } from '../../core/ports';
import { RoomConsents } from '../../core/rooms/room-consents';
import type { RoomTrust } from '../../core/rooms/room-trust';
import type { RoomConsentGate } from './room-consent';

export interface RoomContext {
  /** The room link from the feed: the only URL "Open in browser" ever hands out. */
  roomUrl: string;
  /** This room's hosts: which may load, which may ask for devices. */
  trust: RoomTrust;
  /** The attendee's answers for this window, and the prompt for new questions. */
  consent: RoomConsentGate;
  signInHost?: string | null;
}

export interface OpenRoom {
  focus(): void;
}

/** Until the app hands over its store, answers are remembered for this run only. */
function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value), delete: (key) => void values.delete(key) };
}

export class RoomRegistry {
  private readonly byUrl = new Map<string, OpenRoom>();
  private readonly byContents = new Map<number, RoomContext>();
  private consentStore = new RoomConsents(memoryStore());

  /** The remembered answers the service lists and revokes: the same object, so a revocation counts at once. */
  useConsents(consents: RoomConsents): void {
    this.consentStore = consents;
  }

  get consents(): RoomConsents {
    return this.consentStore;
  }

  find(roomUrl: string): OpenRoom | undefined {
    return this.byUrl.get(roomUrl);
  }

  add(roomUrl: string, room: OpenRoom, contentsId: number, context: RoomContext): void {
    this.byUrl.set(roomUrl, room);
    this.byContents.set(contentsId, context);
  }

  remove(roomUrl: string, contentsId: number): void {
    this.byUrl.delete(roomUrl);
    this.byContents.delete(contentsId);
  }

  contextOf(contentsId: number | undefined): RoomContext | undefined {
    return contentsId === undefined ? undefined : this.byContents.get(contentsId);
  }

  isRoomContents(contentsId: number): boolean {
    return this.byContents.has(contentsId);
  }

  get size(): number {
    return this.byUrl.size;
  }
}

/** The app's one registry: room windows, the room session's handlers and the guard share it. */
export const openRooms = new RoomRegistry();
