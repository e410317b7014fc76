/** Reminders as browser notifications; silently none where the attendee or a policy says no. */
import type { Notification as CompanionNotification, Notifier } from '../../core/ports';

export class BrowserNotifier implements Notifier {
  notify(notification: CompanionNotification, onClick: () => void): void {
    if (typeof Notification === 'undefined') return;
    const show = (): void => {
      const shown = new Notification(notification.title, { body: notification.body, tag: notification.sessionId });
      shown.onclick = () => {
        window.focus();
        onClick();
      };
    };
    if (Notification.permission === 'granted') show();
    else if (Notification.permission === 'default') {
      void Notification.requestPermission().then((permission) => {
        if (permission === 'granted') show();
      });
    }
  }
}
