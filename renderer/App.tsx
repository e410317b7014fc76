/** The app frame: header, navigation, and the view the address asks for. */
import { useEffect, useMemo } from 'react';
import type { CompanionState } from '../core/api';
import { FeedStatusBar } from './components/FeedStatusBar';
import { ZoneContext } from './components/zone-context';
import type { Zones } from './components/zone-context';
import { ZoneSummary } from './components/ZoneSummary';
import { useCompanionState } from './hooks/use-companion-state';
import { useHashRoute } from './hooks/use-hash-route';
import { useNow } from './hooks/use-now';
import { useProgrammeQuery } from './hooks/use-programme-query';
import { useTheme } from './hooks/use-theme';
import { ProgrammeView } from './views/ProgrammeView';
import { SessionView } from './views/SessionView';
import { SettingsView } from './views/SettingsView';
import { ChangesView } from './views/ChangesView';
import { MyScheduleView } from './views/MyScheduleView';
import { NowNextView } from './views/NowNextView';
import { BookmarkContext } from './components/bookmark-context';
import { Notices } from './components/Notices';
import { AppHeader } from './components/AppHeader';
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
  const programmeQuery = useProgrammeQuery(state.programme);
  const bookmarkedIds = useMemo(() => new Set(state.bookmarks.map((b) => b.sessionId)), [state.bookmarks]);
  const session = route.view === 'session' ? programme.sessions.find((s) => s.id === route.id) : undefined;

  useEffect(() => {
    document.title = session ? `${session.title} – Go Local Companion` : 'Go Local Companion';
  }, [session]);

  return (
    <ZoneContext.Provider value={zones}>
      <BookmarkContext.Provider value={bookmarkedIds}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <AppHeader
          conference={programme.conference}
          route={route}
          counts={{ my: state.bookmarks.length, changes: state.changes?.changes.length ?? 0 }}
        />
        <div className="app-status">
          <FeedStatusBar feed={feed} conference={programme.conference} />
          <ZoneSummary now={now} />
        </div>
        <Notices bookmarks={state.bookmarks} notice={state.notice} />
        <main id="main" className="app-main" tabIndex={-1}>
          {route.view === 'programme' && (
            <ProgrammeView
              programme={programme}
              groupingZone={groupingZone}
              requestedDay={route.day}
              now={now}
              jumpToNow={route.now === true}
              layout={settings.layout}
              query={programmeQuery}
            />
          )}
          {route.view === 'session' && (
            <SessionView session={session} now={now} groupingZone={groupingZone} joinWindowMinutes={settings.joinWindowMinutes} />
          )}
          {route.view === 'now' && <NowNextView programme={programme} now={now} />}
          {route.view === 'my' && (
            <MyScheduleView programme={programme} bookmarks={state.bookmarks} groupingZone={groupingZone} now={now} />
          )}
          {route.view === 'changes' && <ChangesView report={state.changes} bookmarked={bookmarkedIds} />}
          {route.view === 'settings' && (
            <SettingsView settings={settings} feed={feed} systemZone={state.systemZone} bookmarkCount={state.bookmarks.length} />
          )}
        </main>
      </BookmarkContext.Provider>
    </ZoneContext.Provider>
  );
}
