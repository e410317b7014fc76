/** The app state from CompanionApi, kept current by its events. */
import { useEffect, useState } from 'react';
import type { CompanionState } from '../../core/api';
import { useApi } from './api-context';
import { sessionHref } from './use-hash-route';

export type LoadState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; state: CompanionState };

export function useCompanionState(): LoadState {
  const api = useApi();
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    const patch = (change: Partial<CompanionState>) =>
      setLoad((current) => (current.status === 'ready' ? { status: 'ready', state: { ...current.state, ...change } } : current));
    const unsubscribers = [
      api.on('programmeChanged', (programme) => patch({ programme })),
      api.on('feedStatusChanged', (feed) => patch({ feed })),
      api.on('changesChanged', (changes) => patch({ changes })),
      api.on('bookmarksChanged', (bookmarks) => patch({ bookmarks })),
      api.on('noticeChanged', (notice) => patch({ notice })),
      // A reminder was clicked or a deep link arrived: show that session.
      api.on('sessionRequested', (id) => window.location.assign(sessionHref(id))),
      api.on('settingsChanged', (settings) => patch({ settings })),
    ];
    api.getState().then(
      (state) => live && setLoad({ status: 'ready', state }),
      (error: unknown) => live && setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [api]);

  return load;
}
