import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, parse } from 'node:path';
import type { Corpus } from '../domain';
import type { ArticleAnnotation } from './annotation/article-annotation';
import { CorpusBuilder } from './build/corpus-builder';
import { CorpusLoadError, CorpusProblem } from './corpus-problem';
import { DEFAULT_MAX_FILE_BYTES, type LoadOptions } from './load-progress';
import { openArticleReader } from './article-reader';
import { parseAnnotation, parseCheckedJson } from './parse-annotation';

export const ANNOTATION_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/**
 * Loads the corpus in `directory`: every article `NAME.txt` with its annotation
 * `NAME.yaml` (or `.yml`, `.json`). Either the whole corpus loads, or a CorpusLoadError
 * reports every problem found, by file and entry. Articles are read, validated and built one
 * at a time, so that memory holds the corpus, not every parsed file besides.
 */
export function loadCorpus(directory: string, options: LoadOptions = {}): Corpus {
  const loading = loadingCorpus(directory, options);
  for (;;) {
    const step = loading.next();
    if (step.done) return step.value;
  }
}

/**
 * loadCorpus, in slices of about `sliceMs` of work with the event loop free in between, so
 * that a server loading its corpus still answers /health and /ready (issue 18).
 */
export async function loadCorpusInSlices(directory: string, options: LoadOptions = {}, sliceMs = 20): Promise<Corpus> {
  const loading = loadingCorpus(directory, options);
  for (;;) {
    const until = performance.now() + sliceMs;
    for (let step = loading.next(); ; step = loading.next()) {
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The load, a step per article (and one before the references are resolved). */
function* loadingCorpus(directory: string, options: LoadOptions): Generator<void, Corpus> {
  const started = performance.now();
  const problems: CorpusProblem[] = [];
  const files = readdirSync(directory).sort();
  const texts = new Map<string, string>();
  const annotations = new Map<string, string>();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  for (const file of files) {
    const { name, ext } = parse(file);
    if (ext !== '.txt' && !ANNOTATION_EXTENSIONS.includes(ext)) continue;
    // Only regular files are read: a FIFO would block the read forever, a directory fail it.
    const problem = fileProblem(join(directory, file), maxFileBytes);
    if (problem) {
      problems.push({ file, message: problem });
      continue;
    }
    if (ext === '.txt') texts.set(name, file);
    else if (ANNOTATION_EXTENSIONS.includes(ext)) {
      const other = annotations.get(name);
      if (other) problems.push({ file, message: `${other} already annotates ${name}.txt; keep one annotation file per article` });
      else annotations.set(name, file);
    }
  }
  for (const [name, file] of annotations) {
    if (!texts.has(name)) problems.push({ file, message: `no article ${name}.txt beside this annotation` });
  }

  const builder = new CorpusBuilder();
  const progress = { total: texts.size, read: 0, validated: 0, built: 0 };
  const report = (stage: 'articles' | 'references' | 'done') => options.onProgress?.({ ...progress, stage, elapsedMs: performance.now() - started });
  const annotated = [...texts].flatMap(([name, textFile]) => {
    const annotationFile = annotations.get(name);
    return annotationFile ? [{ annotationFile, textFile }] : [];
  });
  const reader = openArticleReader(directory, annotated, options.readAhead);
  try {
    for (const [name, textFile] of texts) {
      const annotationFile = annotations.get(name);
      if (!annotationFile) {
        problems.push({ file: textFile, message: `the article has no annotation file; write ${name}.yaml beside it (see seeds/README.md)` });
        continue;
      }
      const read = reader.next();
      const parsed = read.checked ? { annotation: parseCheckedJson(read.content) } : parseAnnotation(annotationFile, read.content);
      progress.read++;
      if ('problems' in parsed) {
        problems.push(...parsed.problems);
        report('articles');
        continue;
      }
      progress.validated++;
      const text = read.text ?? readFileSync(join(directory, textFile), 'utf8');
      builder.add({ textFile, annotationFile, text, annotation: parsed.annotation }, () => reloadAnnotation(directory, annotationFile));
      progress.built++;
      report('articles');
      yield;
    }
  } finally {
    reader.close();
  }
  if (texts.size === 0) problems.push({ file: '.', message: 'no articles (*.txt) in the corpus directory' });

  report('references');
  yield;
  const built = builder.finish();
  if ('problems' in built) problems.push(...built.problems);
  if (problems.length > 0 || !('corpus' in built)) throw new CorpusLoadError(directory, problems);
  report('done');
  return built.corpus;
}

/** Why a corpus file cannot be read, if it cannot: not a regular file, or larger than the cap. */
function fileProblem(path: string, maxFileBytes: number): string | undefined {
  const stats = statSync(path);
  if (stats.isDirectory()) return 'is a directory, not a file: an article is NAME.txt and its annotation NAME.yaml (or .json) beside it';
  if (!stats.isFile()) return 'is not a regular file (a FIFO, socket or device): the loader reads only plain files; replace it with the file itself';
  if (stats.size > maxFileBytes) {
    return `is ${(stats.size / 2 ** 20).toFixed(1)} MB; a corpus file may be at most ${(maxFileBytes / 2 ** 20).toFixed(0)} MB (CORPUS_MAX_FILE_MB): split the article, or raise the limit`;
  }
  return undefined;
}

/** An annotation already found valid, read again for a problem report that needs its entries. */
function reloadAnnotation(directory: string, file: string): ArticleAnnotation {
  const parsed = parseAnnotation(file, readFileSync(join(directory, file), 'utf8'));
  if ('problems' in parsed) throw new Error(`${file} changed while the corpus was loading`);
  return parsed.annotation;
}
