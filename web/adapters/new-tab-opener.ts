/** In the web edition both rooms and outside links open in a new tab, without access back to us. */
import type { LinkOpener, RoomOpener } from '../../core/ports';

export class NewTabOpener implements RoomOpener, LinkOpener {
  async open(room: { url: string }): Promise<void> {
    window.open(room.url, '_blank', 'noopener,noreferrer');
  }
  async openExternal(url: string): Promise<void> {
    window.open(url, '_blank', 'noopener,noreferrer');
  }
}
