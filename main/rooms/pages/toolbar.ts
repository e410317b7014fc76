/**
 * The room window's own strip: session title, room status, Leave and Open in
 * browser. When the room cannot be shown, main stretches this page over the
 * whole window and it becomes the overlay with Retry, so the attendee never
 * faces a white screen. Text is set with textContent only: titles come from the feed.
 */
import type { ToolbarState } from './toolbar-channels';
import type { RoomToolbarApi } from './toolbar-channels';

const api = (window as unknown as { roomToolbar: RoomToolbarApi }).roomToolbar;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The toolbar page lacks #${id}`);
  return found as T;
}

function render(state: ToolbarState): void {
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
api.onState(render);
