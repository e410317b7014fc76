/** The app frame: header, navigation, and the view the address asks for. */
import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { ShortcutHelp } from './components/ShortcutHelp';
import { useShortcuts } from './hooks/use-shortcuts';
import { dayHref } from './hooks/use-hash-route';
import { groupByDay, pickDay } from '../core/time/days';
import { dateInZone } from '../core/time/zoned';
import { eventPlaceName } from '../core/time/event-place';
import { displayZoneOf } from '../core/time/display-zone';
import { bookmarkedIdsOf } from '../core/schedule/bookmarked-ids';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { viewName, wayBack } from './components/view-failure';
import type { ViewName } from './components/view-failure';
import { useApi } from './hooks/api-context';
import './App.css';
import type { LoadState } from './hooks/use-companion-state';
import { StartFailure } from './components/StartFailure';
import { LanguageProvider } from './i18n/LanguageProvider';
import { TimeConventionsProvider } from './i18n/time-conventions';
import { pickLanguage } from '../core/i18n/pick-language';
import { useTranslation } from 'react-i18next';

/** Focuses an element as soon as a view switch has rendered it (a few frames at most). */
function focusWhenRendered(selector: string, framesLeft = 10): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (element) element.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenRendered(selector, framesLeft - 1));
}

export function App() {
  const load = useCompanionState();
  // Until the state arrives there is no setting: the browser's (the system's) languages decide.
  const language =
    load.status === 'ready' ? pickLanguage(load.state.systemLanguages, load.state.settings.language) : pickLanguage(navigator.languages, null);
  return (
    <LanguageProvider language={language}>
      <Loaded load={load} />
    </LanguageProvider>
  );
}

function Loaded({ load }: { load: LoadState }) {
  const { t } = useTranslation();
  if (load.status === 'loading') {
    return (
      <main className="splash" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  if (load.status === 'failed') return <StartFailure message={load.message} reassure />;
  return <Ready state={load.state} />;
}

function Ready({ state }: { state: CompanionState }) {
  const route = useHashRoute();
  const now = useNow();
  useTheme(state.settings.theme);
  const { programme, settings, feed } = state;
  const zones: Zones = useMemo(
    () => ({
      display: displayZoneOf(settings, state.systemZone),
      event: programme.conference.timeZone,
      eventPlace: eventPlaceName(programme.conference.timeZone),
    }),
    [settings.displayZone, state.systemZone, programme.conference.timeZone],
  );
  const groupingZone = settings.dayGrouping === 'event' ? zones.event : zones.display;
  const programmeQuery = useProgrammeQuery(state.programme);
  const bookmarkedIds = useMemo(() => bookmarkedIdsOf(state.bookmarks), [state.bookmarks]);
  const session = route.view === 'session' ? programme.sessions.find((s) => s.id === route.id) : undefined;

  const { t } = useTranslation();
  useEffect(() => {
    document.title = session ? t('app.title.session', { title: session.title }) : t('app.title');
  }, [session, t]);

  const [helpOpen, setHelpOpen] = useState(false);
  const api = useApi();
  const shownView = viewName(route, settings.layout, programmeQuery.hits !== null);
  // Bumped when the way back changes nothing else (the list itself failed), so the list is tried once more.
  const [listRetry, setListRetry] = useState(0);
  const { setQuery } = programmeQuery;
  const backToList = useCallback(
    async (failed: ViewName) => {
      const back = wayBack(failed);
      if (back.switchToList) await api.updateSettings({ layout: 'list' });
      if (back.clearSearch) setQuery('');
      if (failed === 'programme list') setListRetry((n) => n + 1);
      window.location.hash = '#/';
    },
    [api, setQuery],
  );
  const viewKey = `${route.view}|${route.view === 'session' ? route.id : ''}|${route.view === 'programme' ? (route.day ?? '') : ''}|${shownView}|${listRetry}`;
  const dates = useMemo(() => groupByDay(programme.sessions, groupingZone).map((d) => d.date), [programme.sessions, groupingZone]);
  useShortcuts({
    focusSearch: () => {
      if (route.view !== 'programme') window.location.hash = '#/';
      focusWhenRendered('[data-shortcut="search"]');
    },
    toggleHelp: () => setHelpOpen((open) => !open),
    shiftDay: (step) => {
      const today = dateInZone(now, groupingZone);
      const current = pickDay(dates, route.view === 'programme' ? route.day : undefined, today);
      const next = dates[dates.indexOf(current ?? '') + step];
      if (next) window.location.hash = dayHref(next);
    },
    jumpToNow: () => {
      const today = dateInZone(now, groupingZone);
      if (dates.includes(today)) window.location.hash = `${dayHref(today)}/now`;
    },
  });

  return (
    <ZoneContext.Provider value={zones}>
      <TimeConventionsProvider systemLanguages={state.systemLanguages} hourCycle={settings.hourCycle}>
      <BookmarkContext.Provider value={bookmarkedIds}>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <AppHeader
          conference={programme.conference}
          route={route}
          counts={{ my: state.bookmarks.length, changes: state.changes?.changes.length ?? 0 }}
          onHelp={() => setHelpOpen(true)}
        />
        <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
        <div className="app-status">
          <FeedStatusBar feed={feed} conference={programme.conference} />
          <ZoneSummary now={now} />
        </div>
        <Notices bookmarks={state.bookmarks} notice={state.notice} />
        <main id="main" className="app-main" tabIndex={-1}>
          <ViewErrorBoundary view={shownView} resetKey={viewKey} onBack={(failed) => void backToList(failed)}>
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
              <SessionView session={session} now={now} groupingZone={groupingZone} joinWindowMinutes={settings.joinWindowMinutes} roomsOpenAfterEndMinutes={settings.roomsOpenAfterEndMinutes} />
            )}
            {route.view === 'now' && <NowNextView programme={programme} now={now} />}
            {route.view === 'my' && (
              <MyScheduleView programme={programme} bookmarks={state.bookmarks} groupingZone={groupingZone} now={now} />
            )}
            {route.view === 'changes' && <ChangesView report={state.changes} bookmarked={bookmarkedIds} />}
            {route.view === 'settings' && (
              <SettingsView
                settings={settings}
                feed={feed}
                systemZone={state.systemZone}
                systemLanguage={pickLanguage(state.systemLanguages, null)}
                bookmarkCount={state.bookmarks.length}
              />
            )}
          </ViewErrorBoundary>
        </main>
      </BookmarkContext.Provider>
      </TimeConventionsProvider>
    </ZoneContext.Provider>
  );
}
