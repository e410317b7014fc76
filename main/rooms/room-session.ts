/**
 * The rooms' own persistent session ('persist:rooms'): BBB and Greenlight
 * cookies survive restarts (attendees stay signed in) but live apart from our
 * app pages' session. Its handlers are installed once, the first time a room
 * opens, and look rooms up in the registry on every call.
 */
import { app, session as sessions } from 'electron';
import type { BaseWindow, Session } from 'electron';
import { chromeLikeUserAgent } from '../../core/rooms/user-agent';
import { installDisplayMediaHandler } from './display-media';
import { roomTestMode, trustLocalTestCertificate } from './e2e-test-mode';
import { installRoomPermissions } from './room-permissions';
import type { RoomRegistry } from './room-registry';
import { showSourcePicker } from './source-picker';

export const ROOM_PARTITION = 'persist:rooms';

const prepared = new WeakSet<Session>();

export interface RoomSessionDeps {
  rooms: RoomRegistry;
  windowOf: (contentsId: number) => BaseWindow | undefined;
}

export function roomSession(deps: RoomSessionDeps): Session {
  const session = sessions.fromPartition(ROOM_PARTITION);
  if (prepared.has(session)) return session;
  prepared.add(session);

  installRoomPermissions(session, deps.rooms);
  installDisplayMediaHandler(session, { rooms: deps.rooms, windowOf: deps.windowOf, pickSource: showSourcePicker });
  // Derived from the real agent, so the Chromium version stays true.
  session.setUserAgent(chromeLikeUserAgent(sessions.defaultSession.getUserAgent(), `${app.getName()}/${app.getVersion()}`));
  if (roomTestMode(process.env, app.isPackaged).trustLocalCertificate) trustLocalTestCertificate(session);
  return session;
}
