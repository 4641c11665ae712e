import { CHROMIUM_PATH, chromiumIsInstalled } from '../../src/cli/browser/offline-browser';

/**
 * The page tests run in Debian's Chromium; without it they are skipped, saying why (CI installs
 * it: .ci/run). Anything else that goes wrong fails them.
 */
export function describeInBrowser(name: string, tests: () => void): void {
  if (chromiumIsInstalled()) return describe(name, tests);
  describe.skip(`${name} (skipped: no Chromium at ${CHROMIUM_PATH}; apt-get install -y chromium, or set CHROMIUM_PATH)`, tests);
  console.warn(`The page tests are skipped: no Chromium at ${CHROMIUM_PATH}. Install it with apt-get install -y chromium (.ci/run does).`);
}

/** How long a page may take to draw what a test waits for, on a loaded two-core machine. */
export const PAGE_TIMEOUT_MS = 20_000;
