/** The app state from CompanionApi, kept current by its events. */
import { useEffect, useState } from 'react';
import type { CompanionState } from '../../core/api';
import { useApi } from './api-context';

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
