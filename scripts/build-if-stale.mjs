// Builds dist/ only when a source is newer than the last build: `npm start` then opens its port
// without compiling (5–8 s) when dist/ is current, and needs no devDependency (tsc) at all.
// Given a built script (`dist/server/main.js`), runs it in this process once dist/ is current:
// with `exec` in the npm script, the server is npm's own child, so the SIGTERM npm passes on
// reaches it and it drains (a shell between them would die and leave it running).
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'server', 'main.js');
const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time of a file, or of any file under a directory. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

let builtAt = 0;
try {
  builtAt = statSync(built).mtimeMs;
} catch {
  // Never built.
}
const changedAt = Math.max(...inputs.map((input) => newest(join(root, input))));
if (builtAt < changedAt) {
  try {
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  } catch {
    const state = builtAt === 0 ? 'dist/ is missing' : 'dist/ is older than src/';
    process.stderr.write(`${state} and the build failed: install the devDependencies (npm ci), then run npm run build.\n`);
    process.exit(1);
  }
}

const script = process.argv[2];
if (script) await import(pathToFileURL(resolve(root, script)).href);
