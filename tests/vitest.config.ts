import { defineConfig } from 'vitest/config';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  test: {
    include: ['server/**/*.test.ts', 'prisma/**/*.test.ts', 'search/**/*.test.ts', 'tests/**/*.test.ts', 'tests/**/*.e2e.ts'],
    globalSetup: ['tests/support/global-setup.ts', 'tests/support/web-build.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
  },
});
