/**
 * What the room toolbar says, and the overlay text for every way a room can
 * fail to show. No URL ever appears here (room links and BBB client URLs can
 * carry personal tokens); at most a host name. The words are catalogue keys
 * with their values, translated when the toolbar is sent its state, so an
 * open room window follows a change of language.
 */
import type { RoomStatusKind } from '../../core/room-toolbar-channels';
import type { MessageKey, MessageValues } from '../i18n/main-language';

/** A message still to translate: a catalogue key and its placeholders' values. */
export interface Message {
  key: MessageKey;
  values?: MessageValues;
}

export interface RoomProblem {
  heading: Message;
  detail: Message;
  canRetry: boolean;
}

export interface RoomStatus {
  status: RoomStatusKind;
  label: Message;
  problem: RoomProblem | null;
}

/** Chromium's net error codes that mean "no network" rather than "the server said no". */
const OFFLINE_CODES = new Set([-7, -15, -21, -100, -101, -102, -104, -105, -106, -109, -118, -130, -137]);
/** ERR_ABORTED: a navigation we (or the page) stopped; not a failure to show. */
export const ABORTED = -3;

export const CONNECTING: RoomStatus = { status: 'connecting', label: { key: 'roomPage.status.connecting' }, problem: null };
export const CONNECTED: RoomStatus = { status: 'connected', label: { key: 'roomPage.status.connected' }, problem: null };
export const IN_MEETING: RoomStatus = { status: 'in-meeting', label: { key: 'roomPage.status.inMeeting' }, problem: null };

export function statusForLoadFailure(errorCode: number): RoomStatus {
  // The code as written, not as a number formatted for the language: it is what a help desk searches for.
  const code = String(errorCode);
  if (OFFLINE_CODES.has(errorCode)) {
    return problem('offline', 'roomPage.status.offline', 'roomPage.problem.offline.heading', { key: 'roomPage.problem.offline.detail' });
  }
  if (errorCode <= -200 && errorCode > -300) {
    return problem('failed', 'roomPage.status.notSecure', 'roomPage.problem.insecure.heading', { key: 'roomPage.problem.insecure.detail', values: { code } });
  }
  return problem('failed', 'roomPage.status.couldNotLoad', 'roomPage.problem.loadFailed.heading', { key: 'roomPage.problem.loadFailed.detail', values: { code } });
}

export function statusForCrash(): RoomStatus {
  return problem('crashed', 'roomPage.status.stopped', 'roomPage.problem.crashed.heading', { key: 'roomPage.problem.crashed.detail' });
}

export function statusForUnresponsive(): RoomStatus {
  return problem('unresponsive', 'roomPage.status.notResponding', 'roomPage.problem.unresponsive.heading', { key: 'roomPage.problem.unresponsive.detail' });
}

export function statusForBlockedRedirect(host: string): RoomStatus {
  return problem('blocked', 'roomPage.status.blocked', 'roomPage.problem.blocked.heading', { key: 'roomPage.problem.blocked.detail', values: { host } });
}

function problem(status: RoomStatusKind, label: MessageKey, heading: MessageKey, detail: Message): RoomStatus {
  return { status, label: { key: label }, problem: { heading: { key: heading }, detail, canRetry: true } };
}
