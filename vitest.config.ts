import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{core,main,renderer,scripts,packaging}/**/*.test.ts'],
    environment: 'node',
    // electron-store is ESM that imports electron; inline it so vi.mock('electron') reaches it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
