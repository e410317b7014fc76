/** Brand, conference title and the main navigation, with counts where they help. */
import type { Conference } from '../../core/programme/model';
import type { Route } from '../hooks/use-hash-route';
import './AppHeader.css';

const NAV_ITEMS: { href: string; label: string; view: Route['view'] }[] = [
  { href: '#/', label: 'Programme', view: 'programme' },
  { href: '#/now', label: 'Now & next', view: 'now' },
  { href: '#/my', label: 'My schedule', view: 'my' },
  { href: '#/changes', label: 'What changed', view: 'changes' },
  { href: '#/settings', label: 'Settings', view: 'settings' },
];

interface Props {
  conference: Conference;
  route: Route;
  /** Shown after a navigation label, e.g. the number of bookmarks. */
  counts: Partial<Record<Route['view'], number>>;
  onHelp: () => void;
}

export function AppHeader({ conference, route, counts, onHelp }: Props) {
  const current = route.view === 'session' ? 'programme' : route.view;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          GL
        </span>
        <span className="brand-name">Go Local Companion</span>
      </div>
      <div className="conference">
        <h1>{conference.title || 'Programme'}</h1>
        {conference.subtitle && <p className="conference-subtitle">{conference.subtitle}</p>}
      </div>
      <nav className="main-nav" aria-label="Main">
        <ul>
          {NAV_ITEMS.map((item) => {
            const count = counts[item.view] ?? 0;
            return (
              <li key={item.view}>
                <a href={item.href} aria-current={current === item.view ? 'page' : undefined}>
                  {item.label}
                  {count > 0 && <span className="nav-count"> ({count})</span>}
                </a>
              </li>
            );
          })}
          <li className="help-button">
            <button type="button" className="link-button" onClick={onHelp} aria-keyshortcuts="?">
              Keyboard shortcuts
            </button>
          </li>
        </ul>
      </nav>
    </header>
  );
}
