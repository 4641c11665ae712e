/**
 * Part of `npm run build`: bundles the pages' browser code (browser/) with esbuild into
 * dist/pages/, one script (and its styles) per page, every library inside, so the pages
 * load nothing from any other host. The server itself is compiled by tsc, never bundled.
 */
import { build, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { BROWSER_DIR, PAGES_DIST_DIR } from '../paths';

/** The pages' entry points: each becomes dist/pages/<name>.js (and <name>.css when it imports styles). */
export const PAGE_ENTRIES = ['explorer.tsx', 'graph.ts', 'source.ts', 'pages.css'];

export async function bundlePages(): Promise<Metafile> {
  const { metafile } = await build({
    entryPoints: PAGE_ENTRIES.map((entry) => join(BROWSER_DIR, entry)),
    outdir: PAGES_DIST_DIR,
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    platform: 'browser',
    // React and the libraries read it to drop their development checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    // GraphiQL's styles carry their fonts inline; anything else a stylesheet points to is copied beside it.
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  return metafile;
}

if (require.main === module) {
  bundlePages()
    .then((metafile) => {
      if (process.argv.includes('--quiet')) return;
      for (const [file, { bytes }] of Object.entries(metafile.outputs)) console.log(`${file}  ${(bytes / 1024).toFixed(0)} kB`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
