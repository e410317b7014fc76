/**
 * Main's side of the toolbar page: it keeps the toolbar's state and answers
 * its buttons and the consent bar's answer. Messages arrive on the toolbar's own webContents.ipc (so no
 * other page can send them) and must come from the toolbar page itself, not from
 * a frame or a page it was navigated to.
 */
import type { IpcMainEvent, WebContents } from 'electron';
import { TOOLBAR_CHANNELS, isConsentAnswer } from '../../core/room-toolbar-channels';
import type { ConsentAnswer, ToolbarMessages, ToolbarState } from '../../core/room-toolbar-channels';
import type { MainLanguage } from '../i18n/main-language';
import type { ConsentQuestion } from './room-consent';
import { TOOLBAR_PAGE_URL, isRoomPageUrl } from './room-pages';
import type { Message, RoomStatus } from './room-status';
import { toolbarTexts } from './toolbar-texts';
import { onPageMessage, pushTo } from '../ipc/bridge';

export interface ToolbarActions {
  leave(): void;
  openInBrowser(): void;
  retry(): void;
  answerConsent(answer: ConsentAnswer): void;
}

export class RoomToolbar {
  private current: RoomStatus;
  private question: ConsentQuestion | null = null;

  constructor(
    private readonly contents: WebContents,
    private readonly title: string,
    initial: RoomStatus,
    actions: ToolbarActions,
    private readonly language: MainLanguage,
  ) {
    this.current = initial;
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
    return this.question !== null;
  }

  /** Shows a consent question (or none) in the bar; the question names only a host and a kind. */
  ask(question: ConsentQuestion | null): void {
    this.question = question;
    this.send();
  }

  get showingProblem(): boolean {
    return this.current.problem !== null;
  }

  get status(): RoomStatus {
    return this.current;
  }

  update(status: RoomStatus): void {
    this.current = status;
    this.send();
  }

  /** Sends the same state again in main's language now (after the language setting changed). */
  retranslate(): void {
    this.send();
  }

  private send(): void {
    if (!this.contents.isDestroyed()) pushTo(this.contents, TOOLBAR_CHANNELS.state, this.translatedState());
  }

  /** Everything the page shows, in words: the page itself holds no catalogue. */
  private translatedState(): ToolbarState {
    const { t, code, dir } = this.language;
    const say = ({ key, values }: Message): string => t(key, values);
    const { status, label, problem } = this.current;
    const question = this.question;
    return {
      title: this.title,
      lang: code,
      dir,
      status,
      label: say(label),
      problem: problem === null ? null : { heading: say(problem.heading), detail: say(problem.detail), canRetry: problem.canRetry },
      consent:
        question === null
          ? null
          : { id: question.id, host: question.host, kind: question.kind, question: t('roomPage.consent.question', { host: question.host, kind: question.kind }) },
      texts: toolbarTexts(t),
    };
  }
}
