import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { generateServerTypes } from '../../server/graphql/codegen.ts';

describe('generated GraphQL types (run `npm run codegen` after changing a .graphql file)', () => {
  it('of the server match the SDL files', async () => {
    const committed = await readFile(path.join(ROOT_DIR, 'server/graphql/generated.ts'), 'utf8');
    expect(committed === (await generateServerTypes())).toBe(true);
  });

  it('of the web (typed operations, and the enum lists of graphql/enums.ts) match the SDL files and the operations', () => {
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'web/scripts/codegen.ts', '--check'], { cwd: ROOT_DIR, stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});
