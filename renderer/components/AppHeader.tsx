/** Brand, conference title and the main navigation, with counts where they help. */
import type { Conference } from '../../core/programme/model';
import type { Route } from '../hooks/use-hash-route';
import './AppHeader.css';
import { useTranslation } from 'react-i18next';

const NAV_ITEMS: { href: string; labelKey: string; view: Route['view'] }[] = [
  { href: '#/', labelKey: 'nav.programme', view: 'programme' },
  { href: '#/now', labelKey: 'nav.now', view: 'now' },
  { href: '#/my', labelKey: 'nav.my', view: 'my' },
  { href: '#/changes', labelKey: 'nav.changes', view: 'changes' },
  { href: '#/settings', labelKey: 'nav.settings', view: 'settings' },
];

interface Props {
  conference: Conference;
  route: Route;
  /** Shown after a navigation label, e.g. the number of bookmarks. */
  counts: Partial<Record<Route['view'], number>>;
  onHelp: () => void;
}

export function AppHeader({ conference, route, counts, onHelp }: Props) {
  const { t } = useTranslation();
  const current = route.view === 'session' ? 'programme' : route.view;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          {t('app.brandMark')}
        </span>
        <span className="brand-name">{t('app.title')}</span>
      </div>
      <div className="conference">
        <h1>{conference.title || t('programme.heading')}</h1>
        {conference.subtitle && <p className="conference-subtitle">{conference.subtitle}</p>}
      </div>
      <nav className="main-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV_ITEMS.map((item) => {
            const count = counts[item.view] ?? 0;
            return (
              <li key={item.view}>
                <a href={item.href} aria-current={current === item.view ? 'page' : undefined}>
                  {t(item.labelKey)}
                  {count > 0 && <span className="nav-count"> {t('nav.count', { count })}</span>}
                </a>
              </li>
            );
          })}
          <li className="help-button">
            <button type="button" className="link-button" onClick={onHelp} aria-keyshortcuts="?">
              {t('shortcuts.heading')}
            </button>
          </li>
        </ul>
      </nav>
    </header>
  );
}
