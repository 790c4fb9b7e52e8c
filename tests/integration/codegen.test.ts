import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { generateServerTypes } from '../../server/graphql/codegen.ts';

describe('generated GraphQL types', () => {
  it('match the SDL files (run `npm run codegen` after changing a .graphql file)', async () => {
    const committed = await readFile(path.join(ROOT_DIR, 'server/graphql/generated.ts'), 'utf8');
    expect(committed === (await generateServerTypes())).toBe(true);
  });
});
