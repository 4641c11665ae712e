import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/loader';
import { CorpusRepository } from '../../src/repository';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const repository = new CorpusRepository(loadCorpus(SEEDS));

describe('the articles', () => {
  test('are the five seed articles, byte for byte', () => {
    const sums = readFileSync(join(SEEDS, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(5);
    for (const line of sums) {
      const [sum, file] = line.split(/\s+/);
      expect(
        createHash('sha256')
          .update(readFileSync(join(SEEDS, file!)))
          .digest('hex'),
      ).toBe(sum);
    }
    expect(repository.sources.map((s) => s.seedFile)).toEqual(sums.map((line) => line.split(/\s+/)[1]));
  });
});

describe('every piece of evidence', () => {
  const sourceText = new Map(repository.sources.map((s) => [s.id, s.text]));
  const all = [
    ...repository.people.flatMap((p) => p.mentions),
    ...repository.organisations.flatMap((o) => o.mentions),
    ...repository.places.flatMap((p) => p.mentions),
    ...repository.affiliations.flatMap((a) => a.evidence),
    ...repository.events.flatMap((e) => [...e.evidence, ...e.participations.flatMap((p) => p.evidence)]),
    ...repository.statements.flatMap((s) => s.evidence),
    ...repository.commitments.flatMap((c) => c.evidence),
  ];

  test('is the exact span of its source text that it quotes', () => {
    expect(all.length).toBeGreaterThan(300);
    for (const evidence of all) {
      expect(sourceText.get(evidence.sourceId)!.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });
});
