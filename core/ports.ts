/**
 * The capabilities CompanionService needs from its host. main/ implements them
 * with Electron and Node; web/ implements them in the browser;
 * tests use in-memory fakes.
 */

export interface FeedRequest {
  url: string;
  etag?: string;
  lastModified?: string;
  timeoutMs: number;
  maxBytes: number;
}

export type FeedResponse =
  | { status: 'ok'; body: string; etag?: string; lastModified?: string; contentType?: string }
  | { status: 'not-modified' };

/** Conditional GET. Rejects with FeedTransportError on network faults, HTTP errors or oversize bodies. */
export interface FeedTransport {
  fetch(request: FeedRequest): Promise<FeedResponse>;
}

export class FeedTransportError extends Error {
  override name = 'FeedTransportError';
}

/** Persisted JSON values. Implementations must write atomically and never throw on a corrupt backing file. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** Where a damaged backing file was copied before the store started afresh; null when nothing was damaged. */
  readonly recoveredFrom?: string | null;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Notification {
  title: string;
  body: string;
  /** The session the notification is about; clicking it opens that session. */
  sessionId?: string;
}

export interface Notifier {
  notify(notification: Notification, onClick: () => void): void;
}

export interface RoomToOpen {
  /** A room URL that passed core/rooms' checks. */
  url: string;
  title: string;
  sessionId: string;
  /** Hosts this room may load and that may ask for devices: the room link's host and the attendee's extra hosts. */
  trustedHosts: string[];
  /** Hosts this room may load but that may not ask for devices unless the join's redirects tie them to it (core/rooms/room-trust.ts). */
  navigationHosts: string[];
}

export interface RoomOpener {
  open(room: RoomToOpen): Promise<void>;
}

export interface FileSaver {
  /** Returns false when the attendee cancelled. */
  save(file: { suggestedName: string; mimeType: string; content: string | Uint8Array }): Promise<boolean>;
}

export interface LinkOpener {
  /** Opens an already-vetted http(s) or mailto link outside the app. */
  openExternal(url: string): Promise<void>;
}

/** Prints the page the attendee is looking at (My schedule): a PDF file in the app, the print dialog on the web. */
export interface SchedulePrinter {
  /** False when the attendee cancelled. */
  print(suggestedName: string): Promise<boolean>;
}

export interface CompanionPorts {
  transport: FeedTransport;
  store: KeyValueStore;
  clock: Clock;
  notifier: Notifier;
  rooms: RoomOpener;
  files: FileSaver;
  links: LinkOpener;
  printer: SchedulePrinter;
}
