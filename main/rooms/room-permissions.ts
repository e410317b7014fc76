/**
 * Permission handlers of the rooms session, both of them: Chromium asks the
 * check handler first (navigator.permissions, device labels) and the request
 * handler when a page actually asks. Both answer with core's permission policy,
 * for the media hosts of the room that owns the asking WebContents; a
 * WebContents that is not a registered room gets nothing.
 * Camera, microphone and screen then need the attendee's consent too
 * (room-consent.ts): the request waits for the toolbar's answer, the check
 * says no until there is one. macOS's own prompt comes after ours.
 */
import { answerOnce } from './answer-once';
import type { Session } from 'electron';
import { hostKeyOf } from '../../core/rooms/host-allowlist';
import type { ConsentKind } from '../../core/rooms/room-consents';
import { decidePermission, queryFromCheck, queryFromRequest } from '../../core/rooms/permission-policy';
import type { PermissionQuery } from '../../core/rooms/permission-policy';
import { osAllowsMedia } from './media-access';
import type { RoomRegistry } from './room-registry';

const CONSENT_KINDS: Record<string, ConsentKind> = { media: 'media', 'display-capture': 'screen' };

/** The host a consent is about: the asking page's. The policy has already checked that every origin is an https media host. */
export function consentHostOf(query: PermissionQuery): string | null {
  const [first] = query.origins;
  try {
    return first === undefined ? null : hostKeyOf(new URL(first));
  } catch {
    return null;
  }
}

export function installRoomPermissions(session: Session, rooms: RoomRegistry, osAllows: typeof osAllowsMedia = osAllowsMedia): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    // Exactly one answer, whatever happens in between (a closed window, a throwing OS call).
    const answer = answerOnce(callback, 'a permission request');
    const context = rooms.contextOf(contents?.id);
    const query = queryFromRequest(permission, details);
    const verdict = context ? decidePermission(query, context.trust.mediaHosts) : { granted: false, reason: 'not a room window' };
    if (!context || !verdict.granted) {
      // The permission name is Chromium's own vocabulary; never the page's URL.
      console.info(`[rooms] refused ${permission}: ${verdict.reason}`);
      answer(false);
      return;
    }
    const kind = CONSENT_KINDS[permission];
    const host = consentHostOf(query);
    if (kind === undefined) {
      answer(true);
      return;
    }
    if (host === null) {
      answer(false);
      return;
    }
    context.consent
      .ask(host, kind)
      .then((allowed) => (allowed && permission === 'media' ? osAllows(query.mediaTypes ?? []) : allowed))
      .then(answer, () => answer(false));
  });

  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) => {
    const context = rooms.contextOf(contents?.id);
    if (!context) return false;
    const query = queryFromCheck(permission, requestingOrigin, details);
    if (!decidePermission(query, context.trust.mediaHosts).granted) return false;
    const kind = CONSENT_KINDS[permission];
    if (kind === undefined) return true;
    const host = consentHostOf(query);
    // Not asked yet (or waiting for an answer): no, so a check never grants what only a request may.
    return host !== null && context.consent.known(host, kind) === true;
  });
}
