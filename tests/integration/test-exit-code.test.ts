// CI judges a run by its exit code: a run with a failed test must exit non-zero even though the global setup
// started an embedded PostgreSQL (whose exit hooks once ended every run with process.exit(0)).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';

describe('a test run with a failure', () => {
  it('exits non-zero and says which test failed', () => {
    const vitest = path.join(ROOT_DIR, 'node_modules', 'vitest', 'vitest.mjs');
    const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/fixtures/failing-run/vitest.config.ts'], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: '', CI: 'true' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stdout + run.stderr).toContain('fails on purpose');
    expect(run.status).toBe(1);
  }, 130_000);
});
