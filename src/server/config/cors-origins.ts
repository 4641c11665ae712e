/** The hosted Apollo Sandbox and Studio, calling a local graph from the browser. */
const APOLLO_ORIGINS = ['https://sandbox.embed.apollographql.com', 'https://studio.apollographql.com'];

/** CORS_ORIGINS=* : any browser origin may call the API. */
export const ANY_ORIGIN = '*';

/** Unset CORS_ORIGINS: the server's own pages on its port (unknown before listening for port 0), and Apollo Sandbox and Studio. */
export function defaultCorsOrigins(port: number): string[] {
  return [...(port === 0 ? [] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`]), ...APOLLO_ORIGINS];
}

/** The `origin` option of the cors middleware for a list of origins: `*` (any origin) stays a wildcard. */
export function corsOriginOption(origins: readonly string[]): string | string[] {
  return origins.includes(ANY_ORIGIN) ? ANY_ORIGIN : [...origins];
}

/** CORS_ORIGINS: comma-separated origins as browsers send them (scheme, host, optional port), or `*` alone for any origin. */
export function parseCorsOrigins(raw: string): readonly string[] {
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const usage = 'set it to comma-separated origins like https://analysts.example.org,http://localhost:3000, or to * alone for any origin';
  if (origins.length === 0) throw new Error(`CORS_ORIGINS names no origin (got ${JSON.stringify(raw)}); ${usage}`);
  if (origins.includes(ANY_ORIGIN)) {
    if (origins.length > 1) throw new Error(`CORS_ORIGINS is either * (any origin) or a list of origins, not both (got ${JSON.stringify(raw)}); ${usage}`);
    return [ANY_ORIGIN];
  }
  for (const origin of origins) {
    const asSent = originOf(origin);
    if (asSent !== origin) {
      const instead = asSent ? `send ${asSent} instead, or ` : '';
      throw new Error(
        `CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin as browsers send it (scheme://host[:port], lower case, no path or trailing slash); ${instead}${usage}`,
      );
    }
  }
  return origins;
}

/** The origin of a URL (scheme, host and port, as browsers send it), or undefined when it is no http(s) URL. */
function originOf(url: string): string | undefined {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}
