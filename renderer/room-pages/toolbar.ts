/**
 * The room window's own strip: session title, room status, Leave and Open in
 * browser. When the room cannot be shown, main stretches this page over the
 * whole window and it becomes the overlay with Retry, so the attendee never
 * faces a white screen. Text is set with textContent only: titles come from the feed.
 * Below the bar, the consent question: "<host> wants to use your microphone and
 * camera" with Allow, Deny and "Remember for this host"; main waits for the answer.
 * Every word comes from main, already in the attendee's language, with the
 * language's lang and dir for <html>: each state may bring another language.
 */
import type { ToolbarState, ToolbarTexts } from '../../core/room-toolbar-channels';
import type { RoomToolbarApi } from '../../core/room-toolbar-channels';

const api = (window as unknown as { roomToolbar: RoomToolbarApi }).roomToolbar;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The toolbar page lacks #${id}`);
  return found as T;
}

let shownConsent: number | null = null;

function renderConsent(consent: ToolbarState['consent']): void {
  const bar = element('consent');
  bar.hidden = consent === null;
  if (consent === null) {
    shownConsent = null;
    return;
  }
  // A question in another language is the same question: the text follows, the focus and the tick stay.
  element('consent-question').textContent = consent.question;
  if (shownConsent === consent.id) return;
  shownConsent = consent.id;
  element<HTMLInputElement>('consent-remember').checked = false;
  // A new question takes the focus, so the keyboard answers it and screen readers read it.
  element<HTMLButtonElement>('consent-allow').focus();
}

function answerConsent(allow: boolean): void {
  if (shownConsent === null) return;
  api.answerConsent({ id: shownConsent, allow, remember: element<HTMLInputElement>('consent-remember').checked });
}

/** Which of main's texts each fixed element of the page shows. */
const TEXT_OF: Readonly<Record<string, keyof ToolbarTexts>> = {
  'open-in-browser': 'openInBrowser',
  'problem-open-in-browser': 'openInBrowser',
  leave: 'leave',
  retry: 'retry',
  'consent-remember-text': 'remember',
  'consent-allow': 'allow',
  'consent-deny': 'deny',
};

function renderTexts({ lang, dir, texts }: ToolbarState): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  for (const [id, name] of Object.entries(TEXT_OF)) element(id).textContent = texts[name];
}

function render(state: ToolbarState): void {
  renderTexts(state);
  renderConsent(state.consent ?? null);
  element('title').textContent = state.title;
  element('status').textContent = state.label;
  document.title = state.title;
  const problem = element('problem');
  problem.hidden = state.problem === null;
  document.body.classList.toggle('has-problem', state.problem !== null);
  if (state.problem !== null) {
    element('problem-heading').textContent = state.problem.heading;
    element('problem-detail').textContent = state.problem.detail;
    const retry = element<HTMLButtonElement>('retry');
    retry.hidden = !state.problem.canRetry;
    (state.problem.canRetry ? retry : element<HTMLButtonElement>('problem-open-in-browser')).focus();
  }
}

element('leave').addEventListener('click', () => api.leave());
element('open-in-browser').addEventListener('click', () => api.openInBrowser());
element('problem-open-in-browser').addEventListener('click', () => api.openInBrowser());
element('retry').addEventListener('click', () => api.retry());
element('consent-allow').addEventListener('click', () => answerConsent(true));
element('consent-deny').addEventListener('click', () => answerConsent(false));
element('consent').addEventListener('keydown', (event) => {
  if (event.key === 'Escape') answerConsent(false);
});
api.onState(render);
