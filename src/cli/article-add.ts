/**
 * npm run article:add -- <file.txt> [--title T] [--url U] [--published YYYY-MM-DD] [--language en]
 * Adds an article to CORPUS_DIR (default seeds/) with a machine draft of its annotation.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { corpusDirectory } from '../corpus-dir';
import { addArticle, ArticleAddError, summaryOf } from '../draft';

const USAGE = 'usage: npm run article:add -- <file.txt> [--title T] [--url U] [--published YYYY-MM-DD] [--language en]';

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { title: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' }, language: { type: 'string' } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.positionals.length !== 1) fail(`give exactly one article file (got ${parsed.positionals.length})\n${USAGE}`);
  try {
    const corpusDir = corpusDirectory();
    const added = addArticle({ file: parsed.positionals[0]!, corpusDir, ...parsed.values });
    console.log(summaryOf(added, corpusDir));
  } catch (error) {
    if (error instanceof ArticleAddError || (error as Error).message.startsWith('CORPUS_DIR')) fail((error as Error).message);
    throw error;
  }
}

function fail(message: string): never {
  console.error(`article:add: ${message}`);
  process.exit(1);
}

main();
