/**
 * npm run extract:score: drafts each seed article as if it were new (against the other four),
 * compares the draft with the curated annotation, prints precision, recall and F1, and writes
 * the table to docs/extraction-score.md.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { f1, precision, recall, scoreExtraction } from '../draft/score';
import { PROJECT_DIR, SEEDS_DIR } from '../paths';

const { scores, articles } = scoreExtraction(SEEDS_DIR);
const fixed = (n: number) => n.toFixed(2);
const rows = scores.map(
  (s) => `| ${s.measure} | ${s.curated} | ${s.drafted} | ${s.matched} | ${fixed(precision(s))} | ${fixed(recall(s))} | ${fixed(f1(s))} |`,
);
const table = ['| measure | curated | drafted | matched | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|', ...rows].join('\n');
console.log(`Extraction over the ${articles} seed articles, each drafted against the other ${articles - 1}:\n\n${table}`);
// The table goes between the markers of docs/extraction-score.md; the prose around it, which explains the figures, stays.
const DOC = join(PROJECT_DIR, 'docs', 'extraction-score.md');
const [START, END] = ['<!-- score:start -->', '<!-- score:end -->'];
const block = `${START}\n${table}\n${END}`;
const existing = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
const at = existing.indexOf(START);
const after = existing.indexOf(END);
writeFileSync(DOC, at !== -1 && after > at ? existing.slice(0, at) + block + existing.slice(after + END.length) : `# How good the drafts are\n\n${block}\n`);
console.log(`\nWritten to ${DOC}`);
