// Builds the web app when its build is missing or older than its sources, so `npm start` and the tests always
// serve the current pages without rebuilding every time.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(WEB_DIR, 'build', 'handler.js');
const SOURCES = ['src', 'static', 'svelte.config.js', 'csp.js', 'vite.config.ts'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((e) => newestMtime(path.join(p, e))));
}

export function ensureWebBuild(log: (m: string) => void = console.log): void {
  const built = existsSync(OUTPUT) ? statSync(OUTPUT).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((s) => newestMtime(path.join(WEB_DIR, s))));
  if (built >= source) return;
  log('[exchange] Building the web app (first start or changed sources)…');
  const vite = path.join(WEB_DIR, '..', 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: WEB_DIR, stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureWebBuild();
