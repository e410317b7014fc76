import { describe, expect, it } from 'vitest';
import type { App, Session } from 'electron';
import { applyRoomTestSwitches, roomTestMode, trustLocalTestCertificate } from '../../../main/rooms/e2e-test-mode';
import { FakeSession, app } from '../fake-electron';


describe('room test mode', () => {
  const env = { GLC_E2E_TRUST_LOCAL_CERT: '1', GLC_E2E_FAKE_MEDIA: '1' };

  it('is off in a packaged app whatever the environment says', () => {
    expect(roomTestMode(env, true)).toEqual({ trustLocalCertificate: false, fakeMediaDevices: false });
    app.isPackaged = true;
    applyRoomTestSwitches(app as unknown as App, env);
    expect(app.commandLine.switches).toEqual([]);
  });

  it('needs the exact value 1', () => {
    expect(roomTestMode({ GLC_E2E_TRUST_LOCAL_CERT: 'true' }, false)).toEqual({ trustLocalCertificate: false, fakeMediaDevices: false });
    expect(roomTestMode(env, false)).toEqual({ trustLocalCertificate: true, fakeMediaDevices: true });
  });

  it('adds only the fake-device switch (our permission handlers still decide)', () => {
    applyRoomTestSwitches(app as unknown as App, env);
    expect(app.commandLine.switches).toEqual(['use-fake-device-for-media-stream']);
  });

  it('trusts certificates for 127.0.0.1 only', () => {
    const session = new FakeSession('persist:rooms');
    trustLocalTestCertificate(session as unknown as Session);
    const verdict = (hostname: string): number => {
      let result = NaN;
      session.certificateVerifyProc!({ hostname }, (value) => (result = value));
      return result;
    };
    expect(verdict('127.0.0.1')).toBe(0);
    for (const host of ['localhost', '127.0.0.2', 'gl.example.org', '127.0.0.1.evil.com']) expect(verdict(host)).toBe(-3);
  });
});
