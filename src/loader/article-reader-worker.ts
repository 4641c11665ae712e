/**
 * The reading thread of a large load (see article-reader.ts): reads each article's files in
 * order, checks JSON annotations with parseAnnotation's fast path, and posts the result.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessagePort, workerData } from 'node:worker_threads';
import { ArticleFiles, POSTED, READ_AHEAD_WINDOW, ReadAheadMessage, TAKEN } from './article-reader';
import { parseValidJsonAnnotation } from './parse-annotation';

const { directory, articles, counters, port } = workerData as {
  directory: string;
  articles: readonly ArticleFiles[];
  counters: Int32Array;
  port: MessagePort;
};

for (let index = 0; index < articles.length; index++) {
  for (let taken = Atomics.load(counters, TAKEN); index - taken >= READ_AHEAD_WINDOW; taken = Atomics.load(counters, TAKEN)) {
    Atomics.wait(counters, TAKEN, taken, 1000);
  }
  const { annotationFile, textFile } = articles[index]!;
  let message: ReadAheadMessage;
  try {
    const content = readFileSync(join(directory, annotationFile), 'utf8');
    const text = readFileSync(join(directory, textFile), 'utf8');
    message = { content, text, checked: parseValidJsonAnnotation(annotationFile, content) !== undefined };
  } catch (error) {
    message = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(message);
  Atomics.add(counters, POSTED, 1);
  Atomics.notify(counters, POSTED);
  if ('error' in message) break;
}
port.close();
