/**
 * Main's side of the toolbar page: it keeps the toolbar's state and answers
 * its three buttons. Messages arrive on the toolbar's own webContents.ipc (so no
 * other page can send them) and must come from the toolbar page itself, not from
 * a frame or a page it was navigated to.
 */
import type { IpcMainEvent, WebContents } from 'electron';
import { TOOLBAR_CHANNELS } from './pages/toolbar-channels';
import type { ToolbarState } from './pages/toolbar-channels';
import { TOOLBAR_PAGE_URL, isRoomPageUrl } from './room-pages';
import type { RoomStatus } from './room-status';

export interface ToolbarActions {
  leave(): void;
  openInBrowser(): void;
  retry(): void;
}

export class RoomToolbar {
  private state: ToolbarState;

  constructor(
    private readonly contents: WebContents,
    title: string,
    initial: RoomStatus,
    actions: ToolbarActions,
  ) {
    this.state = { title, ...initial };
    const fromToolbar = (event: IpcMainEvent): boolean =>
      event.senderFrame !== null && event.senderFrame === contents.mainFrame && isRoomPageUrl(event.senderFrame.url, TOOLBAR_PAGE_URL);
    const on = (channel: string, action: () => void): void => {
      contents.ipc.on(channel, (event: IpcMainEvent) => {
        if (fromToolbar(event)) action();
      });
    };
    on(TOOLBAR_CHANNELS.ready, () => this.send());
    on(TOOLBAR_CHANNELS.leave, () => actions.leave());
    on(TOOLBAR_CHANNELS.openInBrowser, () => actions.openInBrowser());
    on(TOOLBAR_CHANNELS.retry, () => actions.retry());
  }

  get showingProblem(): boolean {
    return this.state.problem !== null;
  }

  get status(): RoomStatus {
    return { status: this.state.status, label: this.state.label, problem: this.state.problem };
  }

  update(status: RoomStatus): void {
    this.state = { title: this.state.title, ...status };
    this.send();
  }

  private send(): void {
    if (!this.contents.isDestroyed()) this.contents.send(TOOLBAR_CHANNELS.state, this.state);
  }
}
