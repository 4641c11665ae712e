/**
 * The corpus loads without holding the event loop (issue 18): while a server loads its corpus,
 * /health answers (state "starting") and /ready says 503, in the middle of the load, not only
 * before it starts. loadServedCorpusInSlices (server/corpus/served-corpus.ts) is how a server
 * loads a corpus, at start and on a reload.
 */
import { startServer } from '../../src/server/servers/graph-server';
import { loadServedCorpusInSlices } from '../../src/server/corpus/served-corpus';
import { removeSynthCorpora, synthCorpus } from '../synth/synth-corpus';

afterAll(removeSynthCorpora);

test('mid-load, /health answers "starting" and /ready 503; then the API answers from the whole corpus', async () => {
  const { directory } = synthCorpus(4000);
  let read = 0;
  let total = 0;
  const server = await startServer(
    async () =>
      (
        await loadServedCorpusInSlices(directory, {
          readAhead: 'never',
          onProgress: (progress) => {
            read = progress.read;
            total = progress.total;
          },
        })
      ).repository,
    { http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } },
  );
  const base = server.url.replace(/\/graphql$/, '');
  const midLoad: { health: number; ready: number; state: string }[] = [];
  try {
    let loaded = false;
    void server.ready.then(() => (loaded = true));
    for (let i = 0; i < 2_000 && !loaded; i++) {
      const [health, ready] = await Promise.all([fetch(`${base}/health`), fetch(`${base}/ready`)]);
      const { state } = (await health.json()) as { state: string };
      await ready.arrayBuffer();
      // Answered while some, not all, articles were read: the load let the event loop run.
      if (read > 0 && read < total) midLoad.push({ health: health.status, ready: ready.status, state });
    }
    await server.ready;
    expect(midLoad.length).toBeGreaterThan(0);
    expect(new Set(midLoad.map((answer) => JSON.stringify(answer)))).toEqual(new Set([JSON.stringify({ health: 200, ready: 503, state: 'starting' })]));
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const answer = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sources { totalCount } }' }),
    });
    expect(((await answer.json()) as { data: { sources: { totalCount: number } } }).data.sources.totalCount).toBe(total);
  } finally {
    await server.stop();
  }
}, 60_000);
