import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { denyAllPermissions } from '../../../main/security/permissions';
import { FakeSession } from '../fake-electron';


describe('denyAllPermissions', () => {
  it.each(['media', 'display-capture', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses requests and checks for %s',
    (permission) => {
      const session = new FakeSession();
      denyAllPermissions(session as unknown as Session);
      const callback = vi.fn();
      session.permissionRequestHandler!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler!({}, permission, 'app://companion', {})).toBe(false);
    },
  );
});
