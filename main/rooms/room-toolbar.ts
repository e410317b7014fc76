/**
 * Main's side of the toolbar page: it keeps the toolbar's state and answers
 * its buttons and the consent bar's answer. Messages arrive on the toolbar's own webContents.ipc (so no
 * other page can send them) and must come from the toolbar page itself, not from
 * a frame or a page it was navigated to.
 */
import type { IpcMainEvent, WebContents } from 'electron';
import { TOOLBAR_CHANNELS, isConsentAnswer } from '../../core/room-toolbar-channels';
import type { ConsentAnswer, ToolbarMessages, ToolbarState } from '../../core/room-toolbar-channels';
import type { ConsentQuestion } from './room-consent';
import { TOOLBAR_PAGE_URL, isRoomPageUrl } from './room-pages';
import type { RoomStatus } from './room-status';
import { onPageMessage, pushTo } from '../ipc/bridge';

export interface ToolbarActions {
  leave(): void;
  openInBrowser(): void;
  retry(): void;
  answerConsent(answer: ConsentAnswer): void;
}

export class RoomToolbar {
  private state: ToolbarState;

  constructor(
    private readonly contents: WebContents,
    title: string,
    initial: RoomStatus,
    actions: ToolbarActions,
  ) {
    this.state = { title, ...initial, consent: null };
    const fromToolbar = (event: IpcMainEvent): boolean =>
      event.senderFrame !== null && event.senderFrame === contents.mainFrame && isRoomPageUrl(event.senderFrame.url, TOOLBAR_PAGE_URL);
    const on = (channel: Exclude<keyof ToolbarMessages, typeof TOOLBAR_CHANNELS.consent>, action: () => void): void => {
      onPageMessage(contents, channel, (event) => {
        if (fromToolbar(event)) action();
      });
    };
    on(TOOLBAR_CHANNELS.ready, () => this.send());
    on(TOOLBAR_CHANNELS.leave, () => actions.leave());
    on(TOOLBAR_CHANNELS.openInBrowser, () => actions.openInBrowser());
    on(TOOLBAR_CHANNELS.retry, () => actions.retry());
    onPageMessage(contents, TOOLBAR_CHANNELS.consent, (event, answer) => {
      if (fromToolbar(event) && isConsentAnswer(answer)) actions.answerConsent({ id: answer.id, allow: answer.allow, remember: answer.remember });
    });
  }

  get asking(): boolean {
    return this.state.consent !== null;
  }

  /** Shows a consent question (or none) in the bar; the question names only a host and a kind. */
  ask(question: ConsentQuestion | null): void {
    this.state = { ...this.state, consent: question === null ? null : { id: question.id, host: question.host, kind: question.kind } };
    this.send();
  }

  get showingProblem(): boolean {
    return this.state.problem !== null;
  }

  get status(): RoomStatus {
    return { status: this.state.status, label: this.state.label, problem: this.state.problem };
  }

  update(status: RoomStatus): void {
    this.state = { title: this.state.title, ...status, consent: this.state.consent };
    this.send();
  }

  private send(): void {
    if (!this.contents.isDestroyed()) pushTo(this.contents, TOOLBAR_CHANNELS.state, this.state);
  }
}
