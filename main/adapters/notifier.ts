import { Notification } from 'electron';
import type { Notifier } from '../../core/ports';

/**
 * Reminders as native notifications. Each one is held until it is clicked or
 * closed: a Notification that is garbage-collected loses its click handler.
 */
export function createNotifier(): Notifier {
  const showing = new Set<Notification>();
  return {
    notify({ title, body }, onClick) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
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
