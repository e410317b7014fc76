import type { Session } from 'electron';

/**
 * Our own pages need no camera, microphone, notifications API or anything else,
 * so the default session says no to every request and every check. The BBB room
 * window gets its own partition with its own, narrower allowlist.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
