// The API's schema is the union of the SDL files: server/graphql/common.graphql first, then one per module.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';

const SERVER_DIR = path.join(ROOT_DIR, 'server');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.graphql'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function loadSdl(): string {
  const common = path.join(SERVER_DIR, 'graphql', 'common.graphql');
  const modules = graphqlFiles(path.join(SERVER_DIR, 'modules'));
  return [common, ...modules].map((f) => readFileSync(f, 'utf8')).join('\n');
}
