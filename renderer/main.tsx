/**
 * The renderer's entry, small on purpose: it starts the platform and, beside
 * it, loads the app. The web edition's platform begins by reading its feed
 * cache from IndexedDB, which then runs while the browser fetches and compiles
 * the app; for a 10,000-session programme each takes a few hundred milliseconds.
 */
import { createPlatform } from '#platform';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');

const platform = createPlatform();
import('./start-app').then(
  ({ startApp }) => startApp(root, platform),
  (error: unknown) => {
    // The app itself could not be loaded (a missing or blocked file): say so in plain text.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `Go Local Companion could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(message);
  },
);
