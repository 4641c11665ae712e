/**
 * `npm run corpus:check [-- DIR]`: checks a corpus directory (DIR, else CORPUS_DIR, else the
 * seeds) with every check of the loader, as a server would load it. Prints every problem, one
 * per line (file › entry: message), and exits 1 when there is any; else a line and exit 0.
 */
import 'reflect-metadata';
import { corpusDirectory } from '../corpus-dir';
import { checkCorpus, formatCorpusCheck, progressPrinter } from '../loader';

function main(): void {
  const [given] = process.argv.slice(2);
  let directory: string;
  try {
    directory = corpusDirectory(given === undefined ? process.env : { CORPUS_DIR: given });
  } catch (error) {
    console.error((error as Error).message.replace(/^CORPUS_DIR/, given === undefined ? 'CORPUS_DIR' : 'DIR'));
    process.exit(1);
  }
  const check = checkCorpus(directory, { onProgress: progressPrinter(process.stderr, 'checking corpus') });
  const report = formatCorpusCheck(directory, check);
  if (check.problems.length > 0) {
    console.error(report);
    process.exit(1);
  }
  console.log(report);
}

main();
