/**
 * Keyboard shortcuts, listed in the help panel. Single keys only fire when the
 * attendee is not typing in a field, and never with Ctrl/Alt/Meta, so they do
 * not clash with the browser's, the system's or screen readers' own keys.
 */
import { useEffect, useRef } from 'react';

export interface Shortcut {
  keys: string;
  description: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: '/', description: 'Search the programme' },
  { keys: 'g then p', description: 'Go to the programme' },
  { keys: 'g then n', description: 'Go to Now & next' },
  { keys: 'g then m', description: 'Go to My schedule' },
  { keys: 'g then c', description: 'Go to What changed' },
  { keys: 'g then s', description: 'Go to Settings' },
  { keys: '[ and ]', description: 'Previous and next day' },
  { keys: 't', description: 'Jump to now (during the conference)' },
  { keys: '?', description: 'Show these shortcuts' },
];

const GO_TO: Record<string, string> = { p: '#/', n: '#/now', m: '#/my', c: '#/changes', s: '#/settings' };

export interface ShortcutActions {
  focusSearch(): void;
  toggleHelp(): void;
  shiftDay(step: -1 | 1): void;
  jumpToNow(): void;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

export function useShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    let pendingGo = false;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || isTyping(event.target)) return;
      const key = event.key;
      if (pendingGo) {
        pendingGo = false;
        const target = GO_TO[key];
        if (target) {
          event.preventDefault();
          window.location.hash = target;
        }
        return;
      }
      const act: Record<string, () => void> = {
        '/': () => latest.current.focusSearch(),
        '?': () => latest.current.toggleHelp(),
        '[': () => latest.current.shiftDay(-1),
        ']': () => latest.current.shiftDay(1),
        t: () => latest.current.jumpToNow(),
        g: () => {
          pendingGo = true;
        },
      };
      const action = act[key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
