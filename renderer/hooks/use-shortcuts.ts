/**
 * Keyboard shortcuts, listed in the help panel. Single keys only fire when the
 * attendee is not typing in a field, and never with Ctrl/Alt/Meta, so they do
 * not clash with the browser's, the system's or screen readers' own keys.
 */
import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** The keys pressed one after another ("g", "p"), or two keys that do the same in both directions ("[", "]"). */
  keys: readonly string[];
  /** How the keys combine, for the words between them. */
  combine: 'single' | 'then' | 'pair';
  /** The catalogue key of what the shortcut does. */
  descriptionKey: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['/'], combine: 'single', descriptionKey: 'shortcuts.search' },
  { keys: ['g', 'p'], combine: 'then', descriptionKey: 'shortcuts.goProgramme' },
  { keys: ['g', 'n'], combine: 'then', descriptionKey: 'shortcuts.goNow' },
  { keys: ['g', 'm'], combine: 'then', descriptionKey: 'shortcuts.goMy' },
  { keys: ['g', 'c'], combine: 'then', descriptionKey: 'shortcuts.goChanges' },
  { keys: ['g', 's'], combine: 'then', descriptionKey: 'shortcuts.goSettings' },
  { keys: ['[', ']'], combine: 'pair', descriptionKey: 'shortcuts.days' },
  { keys: ['t'], combine: 'single', descriptionKey: 'shortcuts.jumpToNow' },
  { keys: ['?'], combine: 'single', descriptionKey: 'shortcuts.help' },
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
