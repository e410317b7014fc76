import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // electron-store is ESM that imports electron; inline it so the mocked electron reaches it.
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/{core,renderer,scripts,packaging,lint}/**/*.test.ts'] } },
      // Electron glue: one setup file mocks electron with the fake and renews it before each test.
      { extends: true, test: { name: 'main', include: ['tests/main/**/*.test.ts'], setupFiles: ['tests/main/setup.ts'] } },
    ],
  },
});
