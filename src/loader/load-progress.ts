import type { ReadAhead } from './article-reader';

/** How far a load has got: what `loadCorpus(directory, { onProgress })` reports, article by article. */
export interface LoadProgress {
  /** Articles (an article and its annotation) in the directory. */
  readonly total: number;
  /** Articles whose files were read. */
  readonly read: number;
  /** Annotations parsed and found valid. */
  readonly validated: number;
  /** Articles built into the corpus (quotes located, entities merged). */
  readonly built: number;
  /** Reading and building articles, then checking references across them, then done. */
  readonly stage: 'articles' | 'references' | 'done';
  readonly elapsedMs: number;
}

export interface LoadOptions {
  /** Called after each article, then once when references are checked, and once when done. */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Whether a second thread reads and checks files ahead; `auto` (the default) does for large corpora. */
  readonly readAhead?: ReadAhead;
  /** The largest article or annotation file, in bytes (CORPUS_MAX_FILE_MB); a larger one is a problem named by its file. */
  readonly maxFileBytes?: number;
}

/** 16 MB: the seeds' articles are a few kilobytes, a synthetic 100k corpus's files at most tens of kilobytes. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 2 ** 20;

/** From this many articles on, a load takes long enough to show its progress anywhere. */
export const LARGE_CORPUS_ARTICLES = 2000;

interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * An `onProgress` that shows the load on a terminal: one line, rewritten in place, when
 * `stream` is interactive; a line every 10% when it is not but the corpus is large; nothing
 * for a small corpus on a pipe (tests, logs).
 */
export function progressPrinter(stream: ProgressStream = process.stderr, label = 'loading corpus'): (progress: LoadProgress) => void {
  let lastTenth = 0;
  let lastDrawn = 0;
  return (progress) => {
    const interactive = stream.isTTY === true;
    if (!interactive && progress.total < LARGE_CORPUS_ARTICLES) return;
    if (interactive) {
      const now = progress.elapsedMs;
      if (progress.stage === 'articles' && progress.built < progress.total && now - lastDrawn < 100) return;
      lastDrawn = now;
      stream.write(`\r\x1b[K${formatLoadProgress(progress, label)}${progress.stage === 'done' ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((10 * progress.built) / Math.max(1, progress.total));
    if (progress.stage === 'articles' && tenth === lastTenth) return;
    lastTenth = tenth;
    stream.write(`${formatLoadProgress(progress, label)}\n`);
  };
}

export function formatLoadProgress(progress: LoadProgress, label = 'loading corpus'): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const seconds = `${(progress.elapsedMs / 1000).toFixed(1)} s`;
  if (progress.stage === 'references') return `${label}: ${n(progress.built)} articles built; checking references… ${seconds}`;
  if (progress.stage === 'done') return `${label}: ${n(progress.built)} articles loaded in ${seconds}`;
  const percent = Math.floor((100 * progress.built) / Math.max(1, progress.total));
  return `${label}: ${String(percent).padStart(3)}%  ${n(progress.read)} read, ${n(progress.validated)} validated, ${n(progress.built)} built of ${n(progress.total)} articles  ${seconds}`;
}
