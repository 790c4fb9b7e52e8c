// What is running: package.json's version, and the git commit it was built from when known: GIT_COMMIT (set by
// the image build, which has no .git), else `git rev-parse` in the checkout at start, else none.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT_DIR } from '../../config.ts';

export interface AppVersion {
  version: string;
  commit: string | null;
}

async function gitCommit(): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT_DIR, timeout: 2_000 });
    return stdout.trim() || null;
  } catch {
    return null; // no git, or not a checkout
  }
}

export async function readVersion(commit: string | undefined): Promise<AppVersion> {
  const pkg = JSON.parse(await readFile(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string };
  return { version: pkg.version, commit: commit ?? (await gitCommit()) };
}
