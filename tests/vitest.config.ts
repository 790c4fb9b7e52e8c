import { defineConfig } from 'vitest/config';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  test: {
    projects: [
      {
        root,
        test: {
          name: 'platform',
          include: ['server/**/*.test.ts', 'prisma/**/*.test.ts', 'search/**/*.test.ts', 'tests/**/*.test.ts', 'tests/**/*.e2e.ts'],
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/web-build.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        // The web's unit tests: plain TypeScript under web/src with kit's $lib alias (kit's own plugin wants
        // to run from web/, and these tests need nothing else from it).
        root: path.join(root, 'web'),
        resolve: { alias: { $lib: path.join(root, 'web', 'src', 'lib') } },
        test: { name: 'web', include: ['src/**/*.test.ts'] },
      },
    ],
    maxWorkers: 2,
  },
});
