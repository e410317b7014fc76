/**
 * The React app, mounted once the platform is ready. Loaded by main.tsx as a
 * separate chunk, so that the platform's own start-up overlaps with loading it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { CompanionApi } from '../core/api';
// Tokens and base first: every component's stylesheet, bundled after them, builds on both.
import './styles/tokens.css';
import './styles/base.css';
import { App } from './App';
import { ApiProvider } from './hooks/api-context';
import { StartFailure } from './components/StartFailure';
import { LanguageProvider } from './i18n/LanguageProvider';
import { pickLanguage } from '../core/i18n/pick-language';

export function startApp(root: HTMLElement, platform: Promise<CompanionApi>): void {
  // ViewErrorBoundary logs what it catches, naming the view: React would log the same error a second time.
  const reactRoot = createRoot(root, { onCaughtError: () => undefined });
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
        // No state, so no language setting: the browser's (the system's) languages decide.
        <LanguageProvider language={pickLanguage(navigator.languages, null)}>
          <StartFailure message={error instanceof Error ? error.message : String(error)} reassure={false} />
        </LanguageProvider>,
      ),
  );
}
