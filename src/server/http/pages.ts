import type { Request, RequestHandler, Response } from 'express';
import { type OperationDefinitionNode, parse, valueFromASTUntyped } from 'graphql';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGES_DIST_DIR } from '../../paths';
import { OPERATIONS_DIR } from '../apollo/sandbox-example';
import type { Route } from './status-routes';

/**
 * Every page and asset comes from this service and talks only to it: no other host, no inline
 * script or style (data blocks are JSON, never run), no eval. Fonts and icons are data: URLs.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface PagesOptions {
  /** Whether /graphql answers introspection (development, or EXPLORER=1): GraphiQL's docs and completion need it. */
  readonly introspection: boolean;
  /** Where the bundled assets are (`npm run build` writes them); dist/pages by default. */
  readonly assetsDir?: string;
}

/** A page: its title, the bundle it runs, and what the server tells it. */
interface Page {
  readonly path: string;
  readonly title: string;
  readonly script: string;
  readonly styles: readonly string[];
  readonly body: string;
  readonly config?: unknown;
}

/** The pages the graph server serves beside /graphql, and their assets under /assets/. */
export function pageRoutes({ introspection, assetsDir = PAGES_DIST_DIR }: PagesOptions): Route[] {
  const nav = `<nav><a href="/explorer">Explorer</a> <a href="/graph?actor=person:yerlan-karin">Network</a> <a href="/source">Sources</a> <a href="/graphql">/graphql</a></nav>`;
  const pages: Page[] = [
    {
      path: '/explorer',
      title: 'Explorer · Central Asia security graph',
      script: 'explorer.js',
      styles: ['explorer.css'],
      body: '<div id="explorer" class="explorer">Loading GraphiQL…</div>',
      config: { tabs: exampleTabs(), introspection },
    },
    {
      path: '/graph',
      title: 'Network · Central Asia security graph',
      script: 'graph.js',
      styles: [],
      body: `${nav}<main id="graph-page"></main>`,
    },
    {
      path: '/source',
      title: 'Sources · Central Asia security graph',
      script: 'source.js',
      styles: [],
      body: `${nav}<main id="source-page"></main>`,
    },
  ];
  return [...pages.map((page) => ({ path: page.path, handler: pageHandler(page) })), { path: '/assets/:file', handler: assetHandler(assetsDir) }];
}

/** The example operations of schema/operations/ as GraphiQL tabs, each with its variables' defaults filled in. */
export function exampleTabs(): { query: string; variables: string }[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
      const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
      const variables = Object.fromEntries(
        (operation?.variableDefinitions ?? [])
          .filter((definition) => definition.defaultValue)
          .map((definition) => [definition.variable.name.value, valueFromASTUntyped(definition.defaultValue!)]),
      );
      return { query, variables: JSON.stringify(variables, null, 2) };
    });
}

function pageHandler(page: Page): RequestHandler {
  // A `<` in the JSON would let text end the data block: escaped, it stays data.
  const config =
    page.config === undefined ? '' : `<script type="application/json" id="page-config">${JSON.stringify(page.config).replace(/</g, '\\u003c')}</script>`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/pages.css" id="${CYTOSCAPE_STYLESHEET_ID}">
${page.styles.map((style) => `<link rel="stylesheet" href="/assets/${style}">`).join('\n')}
${config}
<script src="/assets/${page.script}" defer></script>
</head>
<body>
${page.body}
<noscript>This page needs JavaScript; /graphql answers without it.</noscript>
</body>
</html>
`;
  return (_req, res) => {
    setPageHeaders(res);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.end(html);
  };
}

/**
 * Cytoscape adds a one-rule `<style>` to the page unless an element with this id is there; CSP
 * would refuse it. The page's stylesheet carries the id, and the rule (pages.css).
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function setPageHeaders(res: Response): void {
  res.setHeader('content-security-policy', PAGE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

/** An asset read and compressed once, on its first request. */
interface Asset {
  readonly type: string;
  readonly plain: Buffer;
  readonly gzipped: Buffer;
  readonly etag: string;
}

const ASSET_NAME = /^[a-z][a-z0-9-]*\.(js|css)$/;
const ASSET_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

function assetHandler(assetsDir: string): RequestHandler {
  // Keyed by modification time too: a rebuild (`npm run build`) is served without a restart.
  const assets = new Map<string, Asset & { readonly modified: number }>();
  const read = (name: string): Asset | undefined => {
    const path = join(assetsDir, name);
    let modified: number;
    try {
      modified = statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
    const known = assets.get(name);
    if (known?.modified === modified) return known;
    const plain = readFileSync(path);
    const asset = {
      type: ASSET_TYPES[name.slice(name.lastIndexOf('.') + 1)]!,
      plain,
      gzipped: gzipSync(plain),
      etag: `"${createHash('sha256').update(plain).digest('base64url').slice(0, 22)}"`,
      modified,
    };
    assets.set(name, asset);
    return asset;
  };
  return (req: Request, res: Response) => {
    const name = String(req.params.file);
    const asset = ASSET_NAME.test(name) ? read(name) : undefined;
    setPageHeaders(res);
    if (!asset) {
      res.status(404).type('text/plain').end(`No asset ${name}: the pages' assets are built by \`npm run build\` into ${assetsDir}`);
      return;
    }
    res.setHeader('content-type', asset.type);
    res.setHeader('etag', asset.etag);
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === asset.etag) {
      res.status(304).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.end(gzip ? asset.gzipped : asset.plain);
  };
}
