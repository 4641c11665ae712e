import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import type { Corpus } from '../domain';
import { AnnotatedArticle, buildCorpus } from './build-corpus';
import { CorpusLoadError, CorpusProblem } from './corpus-problem';
import { parseAnnotation } from './parse-annotation';

const ANNOTATION_EXTENSIONS = ['.yaml', '.yml', '.json'];

/**
 * Loads the corpus in `directory`: every article `NAME.txt` with its annotation
 * `NAME.yaml` (or `.yml`, `.json`). Either the whole corpus loads, or a CorpusLoadError
 * reports every problem found, by file and entry.
 */
export function loadCorpus(directory: string): Corpus {
  const problems: CorpusProblem[] = [];
  const files = readdirSync(directory).sort();
  const texts = new Map<string, string>();
  const annotations = new Map<string, string>();
  for (const file of files) {
    const { name, ext } = parse(file);
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

  const articles: AnnotatedArticle[] = [];
  for (const [name, textFile] of texts) {
    const annotationFile = annotations.get(name);
    if (!annotationFile) {
      problems.push({ file: textFile, message: `the article has no annotation file; write ${name}.yaml beside it (see seeds/README.md)` });
      continue;
    }
    const parsed = parseAnnotation(annotationFile, readFileSync(join(directory, annotationFile), 'utf8'));
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    articles.push({ textFile, annotationFile, text: readFileSync(join(directory, textFile), 'utf8'), annotation: parsed.annotation });
  }
  if (texts.size === 0) problems.push({ file: '.', message: 'no articles (*.txt) in the corpus directory' });

  const built = buildCorpus(articles);
  if ('problems' in built) problems.push(...built.problems);
  if (problems.length > 0 || !('corpus' in built)) throw new CorpusLoadError(directory, problems);
  return built.corpus;
}
