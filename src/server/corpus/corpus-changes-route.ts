import type { RequestHandler } from 'express';
import type { LiveCorpus } from './live-corpus';

/** How often an idle stream gets a comment line, so that proxies keep it open. */
const KEEP_ALIVE_MS = 25_000;

export interface ChangesStreams {
  /** GET /corpus/changes. */
  readonly handler: RequestHandler;
  /** Ends every open stream (the server is stopping). */
  closeAll(): void;
}

/**
 * `GET /corpus/changes`: Server-Sent Events, one `corpus` event per new version served, its
 * data the JSON of the change (version, previousVersion, added, changed, removed: ids) and its
 * id the version. A stream opens with a comment naming the version served.
 */
export function corpusChangesStreams(live: LiveCorpus): ChangesStreams {
  const open = new Set<() => void>();
  const handler: RequestHandler = (req, res) => {
    if (!live.loaded) {
      res.status(503).set('Retry-After', '5').json({ error: 'The server is starting: the corpus is still loading. Try again in a few seconds.' });
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(`: serving ${live.served.version}\n\n`);
    const stop = live.onChange((change) => res.write(`event: corpus\nid: ${change.version}\ndata: ${JSON.stringify(change)}\n\n`));
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    keepAlive.unref();
    const close = () => {
      stop();
      clearInterval(keepAlive);
      open.delete(close);
      res.end();
    };
    open.add(close);
    req.on('close', close);
  };
  return {
    handler,
    closeAll: () => {
      for (const close of [...open]) close();
    },
  };
}
