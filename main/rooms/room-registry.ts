/**
 * The open rooms: one window per room URL, and which WebContents show a room
 * page (with that room's allowlist). The permission, screen-share and
 * navigation handlers look rooms up here; a WebContents that is not listed
 * gets nothing, and the app-wide guard keeps its own-origin policy for it.
 */
export interface RoomContext {
  /** The room link from the feed: the only URL "Open in browser" ever hands out. */
  roomUrl: string;
  allowedHosts: readonly string[];
  signInHost?: string | null;
}

export interface OpenRoom {
  focus(): void;
}

export class RoomRegistry {
  private readonly byUrl = new Map<string, OpenRoom>();
  private readonly byContents = new Map<number, RoomContext>();

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
