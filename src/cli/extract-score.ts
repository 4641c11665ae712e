/**
 * npm run extract:score: drafts each seed article as if it were new (against the other four),
 * compares the draft with the curated annotation, prints precision, recall and F1, and writes
 * the table to docs/extraction-score.md.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
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
writeFileSync(
  join(PROJECT_DIR, 'docs', 'extraction-score.md'),
  `# How good the drafts are\n\n\`npm run extract:score\` drafts each of the ${articles} seed articles as if it were new, matched against the other ${articles - 1} only, and compares the draft with the curated annotation. For quotation speakers, "matched" counts the quotations found whose speaker is right (or rightly absent).\n\n${table}\n`,
);
