/** What the fake's classes record (their instances), one set per fake electron. */
import type { FakeNotification, FakeTray } from './notifications';
import type { FakeWebContents } from './web-contents';
import type { FakeBaseWindow, FakeBrowserWindow, FakeWebContentsView } from './windows';

export class FakeRecords {
  readonly browserWindows: FakeBrowserWindow[] = [];
  readonly baseWindows: FakeBaseWindow[] = [];
  readonly webContentsViews: FakeWebContentsView[] = [];
  readonly webContents: FakeWebContents[] = [];
  readonly notifications: FakeNotification[] = [];
  readonly trays: FakeTray[] = [];
  notificationsSupported = true;
  nextWebContentsId = 1;
}
