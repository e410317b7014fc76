/**
 * The one way renderer tests render: the whole <App/> or a single view or
 * component, inside the providers the real app uses (renderer/start-app.tsx),
 * over a real CompanionService on in-memory ports and the bundled programme.
 * Tests click and type through Testing Library and see what the service really
 * does, not what a mock API was told to answer.
 *
 * Every provider the app adds (say, translations) goes into AppProviders,
 * here and nowhere else, so every test renders inside it.
 */
import { StrictMode, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { render, waitFor } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import type { CompanionApi, CompanionState } from '../../core/api';
import { CompanionService } from '../../core/service';
import type { SettingsPatch } from '../../core/settings';
import { bookmarkedIdsOf } from '../../core/schedule/bookmarked-ids';
import { displayZoneOf } from '../../core/time/display-zone';
import { eventPlaceName } from '../../core/time/event-place';
import bundledFeed from '../../assets/programme/golocal-2024.json?raw';
import { App } from '../../renderer/App';
import { LanguageProvider } from '../../renderer/i18n/LanguageProvider';
import { TimeConventionsProvider } from '../../renderer/i18n/time-conventions';
import { ApiProvider } from '../../renderer/hooks/api-context';
import { useCompanionState } from '../../renderer/hooks/use-companion-state';
import { BookmarkContext } from '../../renderer/components/bookmark-context';
import { ZoneContext } from '../../renderer/components/zone-context';
import type { Zones } from '../../renderer/components/zone-context';
import { fakePorts } from '../core/support/fake-ports';
import type { TestPorts } from '../core/support/fake-ports';

/** The bundled programme's text, for tests that serve it (or a changed copy) as the organisers' feed. */
export { bundledFeed };

export interface AppOptions {
  /**
   * Fixes the clock at this instant, for the page (Date.now) and the service alike. The bundled programme is
   * in February 2024: tests of live states set a time inside it. Without it the real clock runs.
   */
  now?: string;
  /** The machine's zone as the service sees it; New York by default, so both zones show. */
  systemZone?: string;
  /** The system's preferred languages; British English by default (24-hour times). */
  systemLanguages?: string[];
  settings?: SettingsPatch;
  /** Sessions bookmarked before the first render. */
  bookmarks?: string[];
  /** The address the app opens at, e.g. '#/my'. */
  hash?: string;
  /** Prepare the ports before the service starts on them (a damaged store, a cached feed…). */
  beforeStart?: (ports: RendererPorts) => void;
  /** Prepare the service further before the first render (load a feed, remember a room permission…). */
  before?: (service: CompanionService, ports: RendererPorts) => Promise<void>;
}

/** What a test can reach besides the screen: the real service, its ports, and a user driving the keyboard and mouse. */
export interface RenderedApp extends RenderResult {
  service: CompanionService;
  ports: RendererPorts;
  user: UserEvent;
}

/** The in-memory ports, with a record of the files the app saved. */
export interface RendererPorts extends TestPorts {
  saved: { suggestedName: string; mimeType: string; content: string | Uint8Array }[];
}

/** The providers of renderer/start-app.tsx. */
function AppProviders({ api, children }: { api: CompanionApi; children: ReactNode }) {
  return (
    <StrictMode>
      <ApiProvider api={api}>
        <LanguageProvider language="en">{children}</LanguageProvider>
      </ApiProvider>
    </StrictMode>
  );
}

/** Renders the whole app, as start-app.tsx does, once it has left "Loading the programme…". */
export async function renderApp(options: AppOptions = {}): Promise<RenderedApp> {
  const rendered = await renderWith(() => <App />, options);
  await rendered.findByRole('navigation', { name: 'Main' });
  return rendered;
}

/**
 * Renders one view or component with the app's state: `view` gets the current state and is called again
 * on every change the service announces, with the zones and bookmarks the app frame (App.tsx) provides.
 */
export async function renderInApp(view: (state: CompanionState) => ReactNode, options: AppOptions = {}): Promise<RenderedApp> {
  const ready = { current: false };
  const rendered = await renderWith(() => <LiveState view={view} ready={ready} />, options);
  await waitFor(() => {
    if (!ready.current) throw new Error('the app state has not arrived');
  });
  return rendered;
}

async function renderWith(ui: () => ReactNode, options: AppOptions): Promise<RenderedApp> {
  const nowMs = options.now === undefined ? Date.now() : Date.parse(options.now);
  if (options.now !== undefined) {
    // Only Date is faked: React, Testing Library and user-event keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(nowMs);
  }
  const saved: RendererPorts['saved'] = [];
  const ports: RendererPorts = {
    ...fakePorts(nowMs),
    files: {
      save: async (file) => {
        saved.push(file);
        return true;
      },
    },
    saved,
  };
  options.beforeStart?.(ports);
  // British English unless a test says otherwise: the expectations are written with 24-hour times.
  const systemLanguages = options.systemLanguages ?? ['en-GB'];
  const service = new CompanionService(ports, { bundledFeed, systemZone: options.systemZone ?? 'America/New_York', systemLanguages });
  service.start();
  if (options.settings) await service.updateSettings(options.settings);
  for (const id of options.bookmarks ?? []) await service.setBookmark(id, true);
  await options.before?.(service, ports);
  window.location.hash = options.hash ?? '';
  const user = userEvent.setup();
  const api = apiOf(service);
  // As a wrapper, so that `rerender` keeps the providers.
  const rendered = render(ui(), { wrapper: ({ children }: { children: ReactNode }) => <AppProviders api={api}>{children}</AppProviders> });
  return { ...rendered, service, ports, user };
}

/** The service as the renderer sees it: the CompanionApi (as the web edition builds it in the page). */
function apiOf(service: CompanionService): CompanionApi {
  return {
    getState: () => service.getState(),
    refreshFeed: () => service.refreshFeed(),
    setFeedUrl: (url) => service.setFeedUrl(url),
    updateSettings: (patch) => service.updateSettings(patch),
    openLink: (url) => service.openLink(url),
    joinRoom: (sessionId) => service.joinRoom(sessionId),
    setBookmark: (sessionId, bookmarked) => service.setBookmark(sessionId, bookmarked),
    dismissBookmarkFlags: (sessionIds) => service.dismissBookmarkFlags(sessionIds),
    exportBookmarks: () => service.exportBookmarks(),
    importBookmarks: (text) => service.importBookmarks(text),
    dismissNotice: () => service.dismissNotice(),
    exportCalendar: (scope) => service.exportCalendar(scope),
    printSchedule: () => service.printSchedule(),
    listRoomPermissions: () => service.listRoomPermissions(),
    revokeRoomPermission: (host, kind) => service.revokeRoomPermission(host, kind),
    on: (event, listener) => service.events.on(event, listener),
  };
}

/** The app frame's state and contexts (App.tsx) around a single view or component. */
function LiveState({ view, ready }: { view: (state: CompanionState) => ReactNode; ready: { current: boolean } }) {
  const load = useCompanionState();
  const state = load.status === 'ready' ? load.state : null;
  const zones: Zones | null = useMemo(
    () =>
      state && {
        display: displayZoneOf(state.settings, state.systemZone),
        event: state.programme.conference.timeZone,
        eventPlace: eventPlaceName(state.programme.conference.timeZone),
      },
    [state],
  );
  const bookmarked = useMemo(() => bookmarkedIdsOf(state?.bookmarks ?? []), [state?.bookmarks]);
  useEffect(() => {
    if (state) ready.current = true;
  }, [state, ready]);
  if (!state || !zones) return null;
  return (
    <ZoneContext.Provider value={zones}>
      <TimeConventionsProvider systemLanguages={state.systemLanguages} hourCycle={state.settings.hourCycle}>
        <BookmarkContext.Provider value={bookmarked}>{view(state)}</BookmarkContext.Provider>
      </TimeConventionsProvider>
    </ZoneContext.Provider>
  );
}
