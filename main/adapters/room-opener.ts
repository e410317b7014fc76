import type { RoomOpener } from '../../core/ports';
import { checkRoomUrl } from '../../core/rooms/room-url';
import { openRoomWindow } from '../rooms/room-window';
import { openRooms } from '../rooms/room-registry';

/**
 * A room opens in its own in-app window (main/rooms): its own session,
 * permission and navigation allowlists, our toolbar. The link is checked once
 * more here because this is the last door before a page gets camera rights.
 * Personal join links are refused and never logged (docs/architecture.md, The room window).
 */
export const roomWindowOpener: RoomOpener = {
  async open(room) {
    const verdict = checkRoomUrl(room.url);
    if (!verdict.ok) {
      console.warn(`[rooms] refused a room link: ${verdict.reason}`);
      return;
    }
    openRoomWindow({ ...room, url: verdict.url }, openRooms);
  },
};
