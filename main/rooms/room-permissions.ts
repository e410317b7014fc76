/**
 * Permission handlers of the rooms session, both of them: Chromium asks the
 * check handler first (navigator.permissions, device labels) and the request
 * handler when a page actually asks. Both answer with core's permission policy,
 * for the allowlist of the room that owns the asking WebContents; a WebContents
 * that is not a registered room gets nothing.
 */
import type { Session } from 'electron';
import { decidePermission, queryFromCheck, queryFromRequest } from '../../core/rooms/permission-policy';
import { osAllowsMedia } from './media-access';
import type { RoomRegistry } from './room-registry';

export function installRoomPermissions(session: Session, rooms: RoomRegistry, osAllows: typeof osAllowsMedia = osAllowsMedia): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const context = rooms.contextOf(contents?.id);
    const query = queryFromRequest(permission, details);
    const verdict = context ? decidePermission(query, context.allowedHosts) : { granted: false, reason: 'not a room window' };
    if (!verdict.granted) {
      // The permission name is Chromium's own vocabulary; never the page's URL.
      console.info(`[rooms] refused ${permission}: ${verdict.reason}`);
      callback(false);
      return;
    }
    if (permission !== 'media') {
      callback(true);
      return;
    }
    osAllows(query.mediaTypes ?? []).then(callback, () => callback(false));
  });

  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) => {
    const context = rooms.contextOf(contents?.id);
    if (!context) return false;
    return decidePermission(queryFromCheck(permission, requestingOrigin, details), context.allowedHosts).granted;
  });
}
