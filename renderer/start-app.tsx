/**
 * The React app, mounted once the platform is ready. Loaded by main.tsx as a
 * separate chunk, so that the platform's own start-up overlaps with loading it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { CompanionApi } from '../core/api';
import { App } from './App';
import { ApiProvider } from './hooks/api-context';
import './styles.css';

export function startApp(root: HTMLElement, platform: Promise<CompanionApi>): void {
  const reactRoot = createRoot(root);
  platform.then(
    (api) =>
      reactRoot.render(
        <StrictMode>
          <ApiProvider api={api}>
            <App />
          </ApiProvider>
        </StrictMode>,
      ),
    (error: unknown) =>
      reactRoot.render(
        <main className="splash">
          <h1>Go Local Companion could not start</h1>
          <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
        </main>,
      ),
  );
}
