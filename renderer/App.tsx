/** The app frame: header, navigation, and the view the address asks for. */
import { useEffect, useMemo } from 'react';
import type { CompanionState } from '../core/api';
import { FeedStatusBar } from './components/FeedStatusBar';
import { ZoneContext } from './components/zone-context';
import type { Zones } from './components/zone-context';
import { ZoneSummary } from './components/ZoneSummary';
import { useCompanionState } from './hooks/use-companion-state';
import { useHashRoute } from './hooks/use-hash-route';
import type { Route } from './hooks/use-hash-route';
import { useNow } from './hooks/use-now';
import { useTheme } from './hooks/use-theme';
import { ProgrammeView } from './views/ProgrammeView';
import { SessionView } from './views/SessionView';
import { SettingsView } from './views/SettingsView';
import { ChangesView } from './views/ChangesView';
import { eventPlaceName } from '../core/time/event-place';

export function App() {
  const load = useCompanionState();
  if (load.status === 'loading') {
    return (
      <main className="splash" aria-busy="true">
        <p>Loading the programme…</p>
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <main className="splash">
        <h1>Go Local Companion could not start</h1>
        <p role="alert">{load.message}</p>
        <p>Your bookmarks and settings are safe. Try restarting the app.</p>
      </main>
    );
  }
  return <Ready state={load.state} />;
}

const NAV_ITEMS: { href: string; label: string; view: Route['view'] }[] = [
  { href: '#/', label: 'Programme', view: 'programme' },
  { href: '#/changes', label: 'What changed', view: 'changes' },
  { href: '#/settings', label: 'Settings', view: 'settings' },
];

function Ready({ state }: { state: CompanionState }) {
  const route = useHashRoute();
  const now = useNow();
  useTheme(state.settings.theme);
  const { programme, settings, feed } = state;
  const zones: Zones = useMemo(
    () => ({
      display: settings.displayZone ?? state.systemZone,
      event: programme.conference.timeZone,
      eventPlace: eventPlaceName(programme.conference.timeZone),
    }),
    [settings.displayZone, state.systemZone, programme.conference.timeZone],
  );
  const groupingZone = settings.dayGrouping === 'event' ? zones.event : zones.display;
  const session = route.view === 'session' ? programme.sessions.find((s) => s.id === route.id) : undefined;

  useEffect(() => {
    document.title = session ? `${session.title} – Go Local Companion` : 'Go Local Companion';
  }, [session]);

  return (
    <ZoneContext.Provider value={zones}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            GL
          </span>
          <span className="brand-name">Go Local Companion</span>
        </div>
        <div className="conference">
          <h1>{programme.conference.title || 'Programme'}</h1>
          {programme.conference.subtitle && <p className="conference-subtitle">{programme.conference.subtitle}</p>}
        </div>
        <nav className="main-nav" aria-label="Main">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.view}>
                <a
                  href={item.href}
                  aria-current={route.view === item.view || (item.view === 'programme' && route.view === 'session') ? 'page' : undefined}
                >
                  {item.label}
                  {item.view === 'changes' && state.changes && state.changes.changes.length > 0 && (
                    <span className="nav-count"> ({state.changes.changes.length})</span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className="app-status">
        <FeedStatusBar feed={feed} conference={programme.conference} />
        <ZoneSummary now={now} />
      </div>
      <main id="main" className="app-main" tabIndex={-1}>
        {route.view === 'programme' && (
          <ProgrammeView programme={programme} groupingZone={groupingZone} requestedDay={route.day} now={now} jumpToNow={route.now === true} />
        )}
        {route.view === 'session' && <SessionView session={session} now={now} groupingZone={groupingZone} />}
        {route.view === 'changes' && <ChangesView report={state.changes} />}
        {route.view === 'settings' && <SettingsView settings={settings} feed={feed} systemZone={state.systemZone} />}
      </main>
    </ZoneContext.Provider>
  );
}
