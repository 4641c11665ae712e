import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CorpusLoadError, loadCorpus } from '../loader';
import { draftArticle, type ArticleDraft, type DraftOptions } from './draft-article';
import { draftYaml } from './draft-yaml';
import { knownCorpusOf } from './known-names';

/** A request article:add refuses: the message says what was wrong and what to send instead. */
export class ArticleAddError extends Error {}

export interface AddArticleRequest {
  readonly file: string;
  readonly corpusDir: string;
  readonly title?: string;
  readonly url?: string;
  /** YYYY-MM-DD. */
  readonly published?: string;
  readonly language?: string;
}

export interface AddedArticle {
  readonly textFile: string;
  readonly annotationFile: string;
  readonly draft: ArticleDraft;
}

/**
 * Adds an article to the corpus directory: the text copied unchanged as `NNN_<hash>.txt` (the
 * next number, the first 16 hex digits of the text's SHA-256), and a machine draft of its
 * annotation beside it, `review: draft`, drafted against the corpus already there.
 */
export function addArticle(request: AddArticleRequest): AddedArticle {
  const options = optionsOf(request);
  if (!existsSync(request.file) || !statSync(request.file).isFile()) {
    throw new ArticleAddError(`no article at ${request.file}; give the path of a plain-text (.txt) file`);
  }
  const bytes = readFileSync(request.file);
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw new ArticleAddError(`${request.file} is empty; give a file with the article's text`);
  if (Buffer.compare(Buffer.from(text, 'utf8'), bytes) !== 0)
    throw new ArticleAddError(`${request.file} is not UTF-8 text; convert it to UTF-8 first (iconv -t UTF-8)`);
  if (!existsSync(request.corpusDir) || !statSync(request.corpusDir).isDirectory()) {
    throw new ArticleAddError(`corpus directory ${request.corpusDir} does not exist; set CORPUS_DIR to a directory of articles, or leave it unset for seeds/`);
  }

  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const files = readdirSync(request.corpusDir);
  const same = files.filter((f) => f.endsWith('.txt')).find((f) => readFileSync(join(request.corpusDir, f)).equals(bytes));
  if (same) throw new ArticleAddError(`the corpus already holds this article, as ${same}; edit ${same.replace(/\.txt$/, '.yaml')} instead of adding it again`);
  const numbers = files
    .map((f) => /^(\d+)_/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const name = `${String((numbers.length > 0 ? Math.max(...numbers) : -1) + 1).padStart(3, '0')}_${hash}`;
  const textFile = `${name}.txt`;
  const annotationFile = `${name}.yaml`;
  for (const file of [textFile, annotationFile]) {
    if (existsSync(join(request.corpusDir, file)))
      throw new ArticleAddError(`${file} already exists in ${request.corpusDir}; remove it or choose another corpus directory`);
  }

  let corpus;
  try {
    corpus = knownCorpusOf(loadCorpus(request.corpusDir));
  } catch (error) {
    if (!(error instanceof CorpusLoadError)) throw error;
    throw new ArticleAddError(
      `the corpus in ${request.corpusDir} does not load, so the draft could not be matched against it; fix these first:\n${error.message}`,
    );
  }
  const draft = draftArticle(text, corpus, options);
  if (corpus.ids.has(draft.annotation.source.id)) {
    throw new ArticleAddError(`the corpus already has ${draft.annotation.source.id}; give the article another title with --title`);
  }
  writeFileSync(join(request.corpusDir, textFile), bytes);
  writeFileSync(join(request.corpusDir, annotationFile), draftYaml(draft));
  return { textFile, annotationFile, draft };
}

function optionsOf(request: AddArticleRequest): DraftOptions {
  if (!request.file.endsWith('.txt')) throw new ArticleAddError(`${basename(request.file)} is not a .txt file; give the article as plain text in a .txt file`);
  if (request.title !== undefined && request.title.trim() === '')
    throw new ArticleAddError("--title is empty; give the article's title, or leave --title out to take the first line");
  if (request.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(request.url)) {
    throw new ArticleAddError(`--url ${JSON.stringify(request.url)} is not a web address; give it with http:// or https://, or leave --url out`);
  }
  if (request.language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(request.language)) {
    throw new ArticleAddError(`--language ${JSON.stringify(request.language)} is not a BCP 47 tag; give e.g. en or ru-KZ`);
  }
  return {
    ...(request.title !== undefined && { title: request.title.trim() }),
    ...(request.url !== undefined && { url: request.url }),
    ...(request.published !== undefined && { published: publishedOf(request.published) }),
    ...(request.language !== undefined && { language: request.language }),
  };
}

function publishedOf(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ArticleAddError(`--published ${JSON.stringify(value)} is not a date; give the day of publication as YYYY-MM-DD, e.g. 2024-03-05`);
  }
  return { year, month, day };
}

/** What article:add prints: the files written, and the draft in a few lines, least sure entries first. */
export function summaryOf(added: AddedArticle, corpusDir: string): string {
  const a = added.draft.annotation;
  const count = (list?: readonly unknown[]) => list?.length ?? 0;
  const entries = [
    ...(a.places ?? []).map((e) => ({ id: e.id, c: e.confidence })),
    ...(a.people ?? []).map((e) => ({ id: e.id, c: e.confidence })),
    ...(a.organisations ?? []).map((e) => ({ id: e.id, c: e.confidence })),
    ...(a.events ?? []).map((e) => ({ id: e.id, c: e.confidence })),
    ...(a.statements ?? []).map((e) => ({ id: e.id, c: e.confidence })),
    ...(a.commitments ?? []).map((e) => ({ id: e.id, c: e.confidence })),
  ].sort((x, y) => (x.c ?? 0) - (y.c ?? 0));
  const reused = [...(a.places ?? []), ...(a.people ?? []), ...(a.organisations ?? [])].filter((e) => e.name === undefined).length;
  const lines = [
    `Wrote ${join(corpusDir, added.textFile)} (the article, unchanged)`,
    `Wrote ${join(corpusDir, added.annotationFile)} (review: draft)`,
    '',
    `Source ${a.source.id}: "${a.source.title}"`,
    `Draft: ${count(a.people)} people, ${count(a.organisations)} organisations, ${count(a.places)} places (${reused} already in the corpus, ${added.draft.candidates.size} with near-matches to check), ` +
      `${count(a.affiliations)} affiliations, ${count(a.events)} events, ${count(a.statements)} statements, ${count(a.commitments)} commitments`,
    ...(a.statements ?? []).map(
      (s) => `  statement ${s.id}: ${s.attribution.basis}${s.speaker ? ` ${s.speaker}` : ''}${s.speakerRole ? ` (${s.speakerRole})` : ''}`,
    ),
    ...added.draft.amounts.map((m) => `  amount "${m.text}" = ${m.value} ${m.currency}`),
    ...added.draft.dates.map(
      (d) =>
        `  date "${d.text}" = ${[d.date.year, d.date.month, d.date.day].filter((x) => x !== undefined).join('-')}${d.date.inferred ? ' (year inferred)' : ''}`,
    ),
    `Least sure first: ${entries
      .slice(0, 5)
      .map((e) => `${e.id} (${e.c})`)
      .join(', ')}`,
    `Review ${added.annotationFile}, then set review: reviewed to publish it.`,
  ];
  return lines.join('\n');
}
