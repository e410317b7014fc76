/**
 * What the room toolbar says, and the overlay text for every way a room can
 * fail to show. No URL ever appears here (room links and BBB client URLs can
 * carry personal tokens); at most a host name.
 */
import type { RoomStatusKind, ToolbarState } from '../../core/room-toolbar-channels';

export type RoomProblem = NonNullable<ToolbarState['problem']>;
export interface RoomStatus {
  status: RoomStatusKind;
  label: string;
  problem: RoomProblem | null;
}

/** Chromium's net error codes that mean "no network" rather than "the server said no". */
const OFFLINE_CODES = new Set([-7, -15, -21, -100, -101, -102, -104, -105, -106, -109, -118, -130, -137]);
/** ERR_ABORTED: a navigation we (or the page) stopped; not a failure to show. */
export const ABORTED = -3;

export const CONNECTING: RoomStatus = { status: 'connecting', label: 'Connecting…', problem: null };
export const CONNECTED: RoomStatus = { status: 'connected', label: 'Connected', problem: null };
export const IN_MEETING: RoomStatus = { status: 'in-meeting', label: 'In the meeting', problem: null };

const BROWSER_HINT = 'If your organisation’s network blocks the app, opening the room in your browser may still work.';

export function statusForLoadFailure(errorCode: number): RoomStatus {
  if (OFFLINE_CODES.has(errorCode)) {
    return problem('offline', 'Offline', 'The room cannot be reached', `Check your internet connection, then retry. ${BROWSER_HINT}`);
  }
  if (errorCode <= -200 && errorCode > -300) {
    return problem('failed', 'Not secure', 'The room’s connection is not secure', `Its security certificate was not accepted (error ${errorCode}), so the app did not open it. ${BROWSER_HINT}`);
  }
  return problem('failed', 'Could not load', 'The room could not be loaded', `The room’s server did not answer as expected (error ${errorCode}). Retry in a moment. ${BROWSER_HINT}`);
}

export function statusForCrash(): RoomStatus {
  return problem('crashed', 'Stopped', 'The room stopped unexpectedly', 'Retry to join again. Your camera and microphone were switched off when it stopped.');
}

export function statusForUnresponsive(): RoomStatus {
  return problem('unresponsive', 'Not responding', 'The room is not responding', 'Wait a moment, or retry to load it again.');
}

export function statusForBlockedRedirect(host: string): RoomStatus {
  return problem(
    'blocked',
    'Blocked',
    'The room sent you to a server the programme does not list',
    `${host} is not one of this conference’s room servers, so the app did not follow. You can open the room in your browser, or add the host under Settings if the organisers asked you to.`,
  );
}

function problem(status: RoomStatusKind, label: string, heading: string, detail: string): RoomStatus {
  return { status, label, problem: { heading, detail, canRetry: true } };
}
