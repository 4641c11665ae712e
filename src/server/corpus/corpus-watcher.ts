import { watch } from 'chokidar';
import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CorpusLoadError, corpusVersion, formatProblem, isCorpusFile } from '../../loader';
import { formatCounts, summariseCorpus } from '../../repository';
import type { CorpusWatchConfig } from '../config';
import type { Logger } from '../plugins/observability';
import type { LiveCorpus } from './live-corpus';
import type { CorpusMetrics } from './corpus-metrics';
import { type LoadedCorpus, loadServedCorpus, loadServedCorpusInSlices } from './served-corpus';

export interface CorpusWatcherOptions {
  /** How long the files must be quiet before a reload (an editor's save is several events). */
  readonly debounceMs: number;
  readonly logger: Logger;
  readonly metrics?: CorpusMetrics;
  /** Loads a version (loadServedCorpus by default): the one function a reload goes through. */
  readonly load?: (directory: string) => LoadedCorpus | Promise<LoadedCorpus>;
}

export interface CorpusWatcher {
  /** Resolves once the watcher watches. */
  readonly ready: Promise<void>;
  /** Resolves once every reload so far has finished (tests wait on it). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches the corpus directory and reloads on change, debounced: the new version is loaded
 * and checked off the request path, and swapped in only when entirely valid. A broken edit
 * leaves the served version in place, its problems in `corpus.rejected` and in the log, by
 * file and entry. One reload at a time; changes during one bring another after it.
 */
export function watchCorpus(
  live: LiveCorpus,
  directory: string,
  { debounceMs, logger, metrics, load = loadServedCorpus }: CorpusWatcherOptions,
): CorpusWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const reload = async (): Promise<void> => {
    // Let requests already read go first: the load itself is synchronous.
    await nextTurn();
    if (closed) return;
    const started = performance.now();
    const outcome = await reloadOnce();
    metrics?.reloaded(outcome, (performance.now() - started) / 1000);
  };

  const reloadOnce = async (): Promise<'applied' | 'rejected' | 'unchanged'> => {
    try {
      if (corpusVersion(directory) === live.served.version) {
        if (live.rejected.length > 0) logger.info({ corpusDir: directory }, 'the corpus files are the served version again');
        live.accept();
        return 'unchanged';
      }
      const next = await load(directory);
      if (closed) return 'unchanged';
      const previous = live.served.version;
      const served = live.swap(next);
      setImmediate(() => void served.repository.warm());
      const summary = summariseCorpus(served.repository);
      logger.info(
        {
          corpusDir: directory,
          version: served.version,
          previousVersion: previous,
          counts: summary.counts,
          drafts: served.repository.drafts,
        },
        `Corpus reloaded: ${formatCounts(summary)}`,
      );
      return 'applied';
    } catch (error) {
      if (!(error instanceof CorpusLoadError)) {
        live.reject([{ file: '.', message: `the corpus could not be read: ${(error as Error).message}` }]);
        logger.error({ err: error, corpusDir: directory }, 'the corpus could not be reloaded; the last good version is served');
        return 'rejected';
      }
      live.reject(error.problems);
      for (const problem of error.problems) {
        logger.warn({ corpusDir: directory, file: problem.file, entry: problem.entry, problem: problem.message }, `corpus rejected: ${formatProblem(problem)}`);
      }
      logger.warn(
        { corpusDir: directory, problems: error.problems.length, version: live.served.version },
        `The corpus files have ${error.problems.length} problem(s); the last good version is still served`,
      );
      return 'rejected';
    }
  };

  const run = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = reload().finally(() => {
      running = undefined;
      if (again && !closed) {
        again = false;
        run();
      }
    });
  };

  const schedule = (path: string) => {
    if (closed || !isCorpusFile(basename(path))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  const watcher = watch(directory, { ignoreInitial: true, depth: 0 });
  watcher.on('all', (_event, path) => schedule(path));
  watcher.on('error', (error) => logger.error({ err: error, corpusDir: directory }, 'watching the corpus directory failed'));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    ready,
    async settled() {
      while (timer || running) await (running ?? new Promise((resolve) => setTimeout(resolve, debounceMs)));
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}

/** What a server that serves a corpus directory reads to watch it. */
export interface ServedCorpusConfig {
  readonly corpus: CorpusWatchConfig;
  readonly corpusMaxFileBytes: number;
}

/**
 * A server's watcher of the corpus directory it serves, as its config says (CORPUS_WATCH,
 * CORPUS_RELOAD_DEBOUNCE_MS, CORPUS_MAX_FILE_MB); undefined with CORPUS_WATCH=0. The client
 * graph and the subgraph both reload through it. Reloads load in slices, so that requests
 * keep being answered meanwhile.
 */
export function watchServedCorpus(
  live: LiveCorpus,
  directory: string,
  config: ServedCorpusConfig,
  { logger, metrics }: Pick<CorpusWatcherOptions, 'logger' | 'metrics'>,
): CorpusWatcher | undefined {
  if (!config.corpus.watch) return undefined;
  return watchCorpus(live, directory, {
    debounceMs: config.corpus.reloadDebounceMs,
    logger,
    metrics,
    load: (changed) => loadServedCorpusInSlices(changed, { maxFileBytes: config.corpusMaxFileBytes }),
  });
}
