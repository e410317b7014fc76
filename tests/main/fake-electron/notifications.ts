/** Notification and Tray, with the menu template a tray was given. */
import { EventEmitter } from 'node:events';
import { currentFake } from './current';

export class FakeNotification extends EventEmitter {
  static get created(): FakeNotification[] {
    return currentFake().records.notifications;
  }

  /** What Notification.isSupported() answers under the current fake. */
  static get supported(): boolean {
    return currentFake().records.notificationsSupported;
  }

  static set supported(supported: boolean) {
    currentFake().records.notificationsSupported = supported;
  }

  shown = false;

  constructor(readonly options: { title?: string; body?: string }) {
    super();
    FakeNotification.created.push(this);
  }

  static isSupported(): boolean {
    return FakeNotification.supported;
  }

  show(): void {
    this.shown = true;
  }
}

/** A tray icon: what it shows, its tooltip and the menu last set (Menu.buildFromTemplate returns its template). */
export class FakeTray extends EventEmitter {
  static get created(): FakeTray[] {
    return currentFake().records.trays;
  }

  toolTip = '';
  contextMenu: { template: MenuTemplateItem[] } | null = null;
  destroyed = false;

  constructor(readonly image: unknown) {
    super();
    FakeTray.created.push(this);
  }

  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }

  setContextMenu(menu: { template: MenuTemplateItem[] } | null): void {
    this.contextMenu = menu;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
  }

  /** Test helper: the menu item with this label (or starting with it). */
  item(label: string): MenuTemplateItem | undefined {
    return this.contextMenu?.template.find((entry) => typeof entry.label === 'string' && entry.label.startsWith(label));
  }
}

export interface MenuTemplateItem {
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
}
