/** The keyboard shortcuts, in a native modal dialog (focus is trapped and Escape closes it). */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../hooks/use-shortcuts';
import './ShortcutHelp.css';

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby="shortcut-heading" onClose={onClose}>
      <h2 id="shortcut-heading">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} className="shortcut">
            <dt>
              {shortcut.keys.split(' ').map((part, index) =>
                part === 'then' || part === 'and' ? <span key={index}> {part} </span> : <kbd key={index}>{part}</kbd>,
              )}
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">Tab moves between controls; Enter or Space presses a button; Escape closes this panel.</p>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
