import type { ApolloServerPlugin, GraphQLServerListener, LandingPage } from '@apollo/server';

/**
 * Apollo's landing pages (Sandbox, or the production page) load their code from Apollo's CDN;
 * until it arrives, or when it never does, the page shows its "fallback" block, which says only
 * that Sandbox "cannot be loaded". This is that block, pointing at the service's own explorer.
 */
export function offlineFallback(explorerPath: string, what = 'Apollo Sandbox'): string {
  return `<div class="fallback">
  <h1>Central Asia security graph</h1>
  <p>${what} cannot be loaded: it comes from Apollo's servers, which this browser cannot reach (offline, or a closed network).</p>
  <p><a href="${explorerPath}" id="offline-explorer">Open the explorer this service serves itself</a> (GraphiQL, with the example operations): it needs no internet.</p>
</div>`;
}

/** Apollo's fallback block: the first `<div class="fallback">…</div>` of its landing page. */
const APOLLO_FALLBACK = /<div class="fallback">[\s\S]*?<\/div>/;

/**
 * Wraps a landing page plugin so that its page, where Sandbox cannot load, links to the
 * service's explorer instead of stopping at a dead end. Sandbox, pre-filled, is unchanged
 * where it loads: its frame covers the block. Without a path, the plugin is returned as it is.
 */
export function withOfflineFallback(plugin: ApolloServerPlugin, explorerPath: string | undefined): ApolloServerPlugin {
  if (explorerPath === undefined) return plugin;
  return {
    async serverWillStart(service) {
      const listener = (await plugin.serverWillStart?.(service)) as GraphQLServerListener | void;
      const render = listener?.renderLandingPage;
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage(): Promise<LandingPage> {
          const { html } = await render.call(listener);
          // Apollo writes the page anew per request (a fresh CSP nonce each time): so does this.
          const page = async () => withFallback(typeof html === 'string' ? html : await html(), explorerPath);
          await page(); // a page without the block fails the start, not a browser
          return { html: page };
        },
      };
    },
  };
}

/** The nonce Apollo's page gives its own styles (its CSP refuses any other). */
const APOLLO_STYLE_NONCE = /<style nonce="?([0-9a-f]+)"?>/;

function withFallback(page: string, explorerPath: string): string {
  const nonce = APOLLO_STYLE_NONCE.exec(page)?.[1];
  if (!APOLLO_FALLBACK.test(page) || nonce === undefined) {
    throw new Error(
      "Apollo's landing page has no fallback block (or no style nonce) to point at the explorer: check offline-landing-page.ts against @apollo/server",
    );
  }
  if (!page.includes('<div id="embeddableSandbox">')) return page.replace(APOLLO_FALLBACK, offlineFallback(explorerPath, "Apollo's landing page"));
  // Sandbox's empty frame holder covers the whole page, and the link under it, until Sandbox fills it.
  const uncovered = `<style nonce="${nonce}">#embeddableSandbox:empty { display: none; }</style>`;
  return page.replace(APOLLO_FALLBACK, `${offlineFallback(explorerPath)}\n${uncovered}`);
}
