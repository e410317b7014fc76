import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // electron-store is ESM that imports electron; inline it so the mocked electron reaches it.
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/{core,scripts,packaging,lint}/**/*.test.ts'] } },
      // Electron glue: one setup file mocks electron with the fake and renews it before each test.
      { extends: true, test: { name: 'main', include: ['tests/main/**/*.test.ts'], setupFiles: ['tests/main/setup.ts'] } },
      // React views and components in jsdom, over a real CompanionService (tests/renderer/render-app.tsx).
      // Stylesheets imported by components load as empty modules (Vitest's default for CSS outside `css.include`).
      {
        extends: true,
        resolve: { alias: { '#platform': fileURLToPath(new URL('tests/renderer/support/test-platform.ts', import.meta.url)) } },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // One jsdom and one module graph per worker instead of per file: setting up jsdom and loading React, core
          // and the bundled programme took longer than the tests. setup.ts resets the DOM, clock, address and theme.
          isolate: false,
          // A test renders the whole app in jsdom, which on a busy machine takes seconds: only a hang should fail it.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
