/**
 * Switches for the Electron end-to-end suite only (tests/e2e/electron/rooms.spec.ts),
 * which runs a room on https://127.0.0.1 with a self-signed test certificate and
 * Chromium's fake camera and microphone. A packaged app ignores them: an
 * environment variable must never weaken certificate checks for a real attendee.
 */
import type { App, Session } from 'electron';

export interface RoomTestMode {
  trustLocalCertificate: boolean;
  fakeMediaDevices: boolean;
}

export function roomTestMode(env: NodeJS.ProcessEnv, isPackaged: boolean): RoomTestMode {
  if (isPackaged) return { trustLocalCertificate: false, fakeMediaDevices: false };
  return {
    trustLocalCertificate: env['GLC_E2E_TRUST_LOCAL_CERT'] === '1',
    fakeMediaDevices: env['GLC_E2E_FAKE_MEDIA'] === '1',
  };
}

/** Must run before 'ready': Chromium reads its switches once. Fake devices, but our permission handlers still decide. */
export function applyRoomTestSwitches(app: App, env: NodeJS.ProcessEnv): void {
  if (roomTestMode(env, app.isPackaged).fakeMediaDevices) app.commandLine.appendSwitch('use-fake-device-for-media-stream');
}

/** 127.0.0.1 only, any port; every other host keeps Chromium's own verdict (-3). */
export function trustLocalTestCertificate(session: Session): void {
  session.setCertificateVerifyProc((request, callback) => callback(request.hostname === '127.0.0.1' ? 0 : -3));
}
