/** The one way views reach the app's logic: CompanionApi from renderer/platform, handed down by context. */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { CompanionApi } from '../../core/api';

const ApiContext = createContext<CompanionApi | null>(null);

export function ApiProvider({ api, children }: { api: CompanionApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): CompanionApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
