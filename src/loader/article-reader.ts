import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** An article and its annotation, by file name in the corpus directory. */
export interface ArticleFiles {
  readonly annotationFile: string;
  readonly textFile: string;
}

/** An annotation file's content; the article's text when it was read ahead too. */
export interface ReadArticle {
  readonly content: string;
  /** Read ahead with the content; else the loader reads it when it needs it. */
  readonly text?: string;
  /** The content is JSON that the fast path of parseAnnotation already accepted (on the reading thread). */
  readonly checked: boolean;
}

/** Gives the articles' files in order, one at a time. */
export interface ArticleReader {
  next(): ReadArticle;
  close(): void;
}

/** `auto` reads ahead on a second thread for a large corpus (a thousand articles or more). */
export type ReadAhead = 'auto' | 'always' | 'never';

const READ_AHEAD_FROM = 1000;
const WORKER_SCRIPT = join(__dirname, 'article-reader-worker.js');

/**
 * A reader for `articles`. Reading ahead, a worker thread reads each article's files, parses
 * and checks its JSON annotation, and hands the text over, so that a second core shares a
 * large load (docs/performance/loader.md). Without a compiled worker script (tests run
 * the TypeScript sources) or for a small corpus, files are read here, one by one.
 */
export function openArticleReader(directory: string, articles: readonly ArticleFiles[], readAhead: ReadAhead = 'auto'): ArticleReader {
  const wanted = readAhead === 'always' || (readAhead === 'auto' && articles.length >= READ_AHEAD_FROM);
  if (wanted && existsSync(WORKER_SCRIPT)) {
    try {
      return new ReadAheadReader(directory, articles);
    } catch {
      // No worker threads here: read on this thread.
    }
  }
  return new DirectReader(directory, articles);
}

class DirectReader implements ArticleReader {
  constructor(
    private readonly directory: string,
    private readonly articles: readonly ArticleFiles[],
    private index = 0,
  ) {}

  next(): ReadArticle {
    const { annotationFile } = this.articles[this.index++]!;
    return { content: readFileSync(join(this.directory, annotationFile), 'utf8'), checked: false };
  }

  close(): void {}
}

/** What the worker posts for each article, in order; an error ends its work. */
export type ReadAheadMessage = ReadArticle | { readonly error: string };

/** Shared counters: how many articles the loader has taken, and how many the worker has posted. */
export const TAKEN = 0;
export const POSTED = 1;
/** The worker stays at most this many articles ahead, so that read texts do not pile up in memory. */
export const READ_AHEAD_WINDOW = 64;
const STALL_MS = 60_000;

class ReadAheadReader implements ArticleReader {
  private readonly counters = new Int32Array(new SharedArrayBuffer(8));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private index = 0;
  private fallback: DirectReader | undefined;

  constructor(
    private readonly directory: string,
    private readonly articles: readonly ArticleFiles[],
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_SCRIPT, {
      workerData: { directory, articles, counters: this.counters, port: port2 },
      transferList: [port2],
    });
    this.worker.unref();
  }

  next(): ReadArticle {
    if (this.fallback) return this.fallback.next();
    const message = this.receive();
    Atomics.store(this.counters, TAKEN, ++this.index);
    Atomics.notify(this.counters, TAKEN);
    if (message && !('error' in message)) return message;
    // The worker failed or stalled: read from here on, on this thread (which reports any error itself).
    this.close();
    this.fallback = new DirectReader(this.directory, this.articles, this.index - 1);
    return this.fallback.next();
  }

  /** The next message, waiting for the worker to post it; undefined if it stalls. */
  private receive(): ReadAheadMessage | undefined {
    let waited = 0;
    for (;;) {
      const received = receiveMessageOnPort(this.port);
      if (received) return received.message as ReadAheadMessage;
      if (waited >= STALL_MS) return undefined;
      Atomics.wait(this.counters, POSTED, Atomics.load(this.counters, POSTED), 100);
      waited += 100;
    }
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
