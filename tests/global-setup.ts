import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds dist/ once for the tests that run the real processes (`npm start` and friends):
 * start-up, signals and exit codes can only be seen from outside; and the pages' browser bundles
 * (src/cli/bundle-pages.ts), which the graph server serves under /assets/.
 */
export default function globalSetup(): void {
  const root = join(__dirname, '..');
  // A stale file of a module since moved (dist/x.js beside a new dist/x/index.js) would win the require.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [join(root, 'dist', 'cli', 'bundle-pages.js'), '--quiet'], { cwd: root, stdio: 'inherit' });
}
