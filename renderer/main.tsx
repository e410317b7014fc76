import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPlatform } from '#platform';
import { App } from './App';
import { ApiProvider } from './hooks/api-context';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');

const reactRoot = createRoot(root);
createPlatform().then(
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
