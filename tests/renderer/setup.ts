/**
 * Setup for the renderer project (jsdom): Testing Library's matchers, a clean
 * DOM and the real clock after every test, and the few browser features jsdom
 * lacks that the views call.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy… and waitFor wait for what the app does after a click; on a busy machine jsdom may need more than 1 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // A test that fixed the clock (render-app's `now`) must not leave it fixed for the next one.
  vi.useRealTimers();
  window.location.hash = '';
  delete document.documentElement.dataset.theme;
});

// jsdom lays nothing out: "Jump to now" scrolls to the now marker, which here is a no-op.
if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = function scrollIntoView() {};

// jsdom has <dialog> but not its modal methods (ShortcutHelp opens a native modal dialog). As in browsers: showModal
// and close set and clear `open`, close fires "close", and Escape closes an open modal dialog.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !this.open) return;
      document.removeEventListener('keydown', onEscape);
      if (this.dispatchEvent(new Event('cancel', { cancelable: true }))) this.close();
    };
    document.addEventListener('keydown', onEscape);
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
