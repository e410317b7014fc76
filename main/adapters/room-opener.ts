import type { RoomOpener } from '../../core/ports';
import { checkRoomUrl } from '../../core/rooms/room-url';
import { openExternalSafely } from '../security/open-external';

/**
 * For now a room opens in the system browser. The in-app BBB room window (its
 * own session, permissions and navigation allowlist) is a later issue.
 * Personal join links are refused and never logged (DESIGN.md section 3).
 */
export const browserRoomOpener: RoomOpener = {
  async open({ url }) {
    const verdict = checkRoomUrl(url);
    if (!verdict.ok) {
      console.warn(`[rooms] refused a room link: ${verdict.reason}`);
      return;
    }
    await openExternalSafely(verdict.url);
  },
};
