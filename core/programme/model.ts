/**
 * The normalized programme: what every feed format is parsed into.
 * Instants are ISO 8601 strings in UTC ("2024-02-05T10:30:00Z") so the model
 * survives JSON, IPC and storage unchanged; wall times are derived at the edge.
 */

export type RoomKind = 'bbb' | 'online' | 'physical' | 'unknown';

export interface Room {
  name: string;
  /** A validated https room link, or null when the feed has none or it was rejected. */
  url: string | null;
  kind: RoomKind;
}

export interface Person {
  name: string;
}

export interface Link {
  title: string;
  url: string;
}

export interface Session {
  /** Stable across feed versions: guid, else pretalx code, else a hash of title, start and room. */
  id: string;
  title: string;
  subtitle: string;
  /** Plain text (feeds' markup is reduced to text by the parsers). */
  abstract: string;
  start: string;
  end: string;
  /** IANA zone the session is held in (the conference zone). */
  timeZone: string;
  room: Room;
  track: string;
  type: string;
  language: string;
  persons: Person[];
  links: Link[];
  /**
   * An all-day entry (iCalendar VALUE=DATE): start and end are midnights in
   * timeZone, end exclusive (the day after the last day). Shown as a day
   * banner, never in the timeline grid, clashes or gaps.
   */
  allDay?: true;
  /** The feed cancelled this session (or this instance of a series): still listed, struck, never reminded. */
  status?: 'cancelled';
}

export interface Conference {
  title: string;
  subtitle: string;
  /** IANA zone of the event. */
  timeZone: string;
  /** First and last day in the event zone, YYYY-MM-DD. */
  start: string;
  end: string;
  url: string;
  /** True for the bundled sample programme; the real one comes from the organisers' feed. */
  isSample: boolean;
  /**
   * Extra hosts a room may redirect to (BigBlueButton nodes behind a Greenlight
   * front end), as the feed lists them. Room URLs' own hosts are always allowed.
   */
  roomHosts?: string[];
}

export interface Programme {
  conference: Conference;
  sessions: Session[];
  /** Version label from the feed, when it has one. */
  version: string;
}

/** Something usable but wrong in a feed; shown to organisers and in the feed checker. */
export interface FeedWarning {
  message: string;
  /** Where: "line 42" for XML and ICS, "$.days[0].rooms.Main[3]" for JSON. */
  at?: string;
}
