import { Notification } from 'electron';
import type { Notifier } from '../../core/ports';

/**
 * On Linux the notification server gets our text over D-Bus, and many servers
 * (GNOME Shell, KDE, dunst, mako) render a markup subset in it: `<b>`, `<a href>`,
 * `<img>`, entities. Session titles come from the feed, so they are escaped
 * there to show as written. Windows and macOS show text literally, and
 * escaping would put "&amp;" on screen.
 */
const escapeMarkup = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Reminders as native notifications. Each one is held until it is clicked or
 * closed: a Notification that is garbage-collected loses its click handler.
 */
export function createNotifier(platform: NodeJS.Platform = process.platform): Notifier {
  const showing = new Set<Notification>();
  const shown = platform === 'linux' ? escapeMarkup : (text: string): string => text;
  return {
    notify({ title, body }, onClick) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title: shown(title), body: shown(body) });
      const release = (): boolean => showing.delete(notification);
      notification.on('click', () => {
        release();
        onClick();
      });
      notification.on('close', release);
      showing.add(notification);
      notification.show();
    },
  };
}
