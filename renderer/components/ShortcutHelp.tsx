/** The keyboard shortcuts, in a native modal dialog (focus is trapped and Escape closes it). */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../hooks/use-shortcuts';
import './ShortcutHelp.css';
import type { Shortcut } from '../hooks/use-shortcuts';
import { Trans, useTranslation } from 'react-i18next';

/** The keys as <kbd>, with the language's words between them ("g then p", "[ and ]"). */
function Keys({ shortcut }: { shortcut: Shortcut }) {
  const [first = '', second = ''] = shortcut.keys;
  if (shortcut.combine === 'single') return <kbd>{first}</kbd>;
  return (
    <Trans
      i18nKey={shortcut.combine === 'then' ? 'shortcuts.keys.then' : 'shortcuts.keys.pair'}
      values={{ first, second }}
      components={{ first: <kbd />, second: <kbd /> }}
    />
  );
}

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby="shortcut-heading" onClose={onClose}>
      <h2 id="shortcut-heading">{t('shortcuts.heading')}</h2>
      <dl>
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys.join(' ')} className="shortcut">
            <dt>
              <Keys shortcut={shortcut} />
            </dt>
            <dd>{t(shortcut.descriptionKey)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('shortcuts.hint')}</p>
      <button type="button" onClick={onClose} autoFocus>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
