/**
 * Our own screen-share picker: one button per screen or window, with its
 * thumbnail. Keyboard first: focus lands on the first source, arrows move,
 * Enter/Space (native button behaviour) shares, Escape cancels. Every way out
 * answers main, so the room page's getDisplayMedia never hangs. Its words come
 * from main, already in the attendee's language, before the sources and again
 * when the language changes.
 */
import type { PickerSource, PickerTexts, SourcePickerApi } from '../../core/room-picker-channels';

const api = (window as unknown as { sourcePicker: SourcePickerApi }).sourcePicker;
let answered = false;

function answer(id: string | null): void {
  if (answered) return;
  answered = true;
  if (id === null) api.cancel();
  else api.choose(id);
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The picker page lacks #${id}`);
  return found as T;
}

function sourceButton(source: PickerSource): HTMLLIElement {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'source';
  button.dataset['sourceId'] = source.id;
  const image = document.createElement('img');
  image.alt = '';
  if (source.thumbnail.startsWith('data:image/')) image.src = source.thumbnail;
  const name = document.createElement('span');
  name.textContent = source.name;
  button.append(image, name);
  button.addEventListener('click', () => answer(source.id));
  item.append(button);
  return item;
}

/** Which of main's texts each fixed element of the page shows. */
const TEXT_OF: Readonly<Record<string, Exclude<keyof PickerTexts, 'lang' | 'dir'>>> = {
  'picker-heading': 'title',
  'picker-hint': 'hint',
  'picker-empty': 'empty',
  'screens-heading': 'screens',
  'windows-heading': 'windows',
  cancel: 'cancel',
};

function renderTexts(texts: PickerTexts): void {
  document.documentElement.lang = texts.lang;
  document.documentElement.dir = texts.dir;
  // The window's title follows the page's.
  document.title = texts.title;
  for (const [id, name] of Object.entries(TEXT_OF)) element(id).textContent = texts[name];
}

function render(sources: PickerSource[]): void {
  const screens = element('screens');
  const windows = element('windows');
  screens.replaceChildren(...sources.filter((s) => s.kind === 'screen').map(sourceButton));
  windows.replaceChildren(...sources.filter((s) => s.kind === 'window').map(sourceButton));
  screens.parentElement!.hidden = screens.childElementCount === 0;
  windows.parentElement!.hidden = windows.childElementCount === 0;
  element('picker-empty').hidden = sources.length > 0;
  (document.querySelector<HTMLButtonElement>('button.source') ?? element<HTMLButtonElement>('cancel')).focus();
}

function moveFocus(step: number): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button.source')];
  if (buttons.length === 0) return;
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = current === -1 ? 0 : (current + step + buttons.length) % buttons.length;
  buttons[next]!.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    answer(null);
  } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
    event.preventDefault();
    moveFocus(1);
  } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
    event.preventDefault();
    moveFocus(-1);
  }
});
element('cancel').addEventListener('click', () => answer(null));
api.onTexts(renderTexts);
api.onSources(render);
