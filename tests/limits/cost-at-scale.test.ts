/**
 * The realistic queries on a corpus of your choosing, for README's figures at scale:
 *
 *   npm run corpus:synth -- --entities 100k
 *   COST_CORPUS=.bench/corpus-100k npx jest tests/limits/cost-at-scale
 *
 * Each query asks about the corpus's heaviest entities of the kinds it names (the most-quoted
 * person, the organisation with most members, the article with most statements). It prints,
 * per query, the estimate, whether the default limit lets it through, and how many objects
 * its answer really holds; it checks that no estimate is below that. Skipped without
 * COST_CORPUS: the suite runs the same checks on the seeds and a 10× corpus (cost-model.test.ts).
 */
import { execute, parse } from 'graphql';
import { createContext } from '../../src/graphql/context';
import { estimateCost } from '../../src/graphql/cost/estimate-cost';
import { buildClientSchema } from '../../src/graphql/schema';
import { loadCorpus } from '../../src/loader';
import { CorpusRepository } from '../../src/repository';
import { DEFAULT_LIMITS } from '../../src/server/plugins/limits';
import { REALISTIC_QUERIES } from './fixtures/realistic-queries';
import { objectsAnswered } from './helpers/objects-answered';

const CORPUS = process.env.COST_CORPUS;

(CORPUS ? describe : describe.skip)(`the realistic queries on ${CORPUS}`, () => {
  test('no estimate is below what the query answers; the figures', async () => {
    const schema = await buildClientSchema();
    const repository = new CorpusRepository(loadCorpus(CORPUS!));
    const heaviest = <T extends { id: string }>(items: readonly T[], weight: (item: T) => number) =>
      items.reduce((best, item) => (weight(item) > weight(best) ? item : best), items[0]!).id;
    const ids: Record<string, string> = {
      person: heaviest(repository.people, (p) => repository.statementsBySpeaker([p.id])[0]!.length),
      organisation: heaviest(repository.organisations, (o) => repository.affiliationsByOrganisation([o.id])[0]!.length),
      source: heaviest(repository.sources, (s) => repository.statementsBySource([s.id])[0]!.length),
    };
    const rows = ['| query | estimate | within 10,000 | objects answered |', '|---|---:|:-:|---:|'];
    for (const realistic of REALISTIC_QUERIES) {
      const query = realistic.query.replace(/"(person|organisation|source):[a-z0-9-]+"/g, (_match, kind: string) => JSON.stringify(ids[kind]));
      const document = parse(query);
      const estimate = estimateCost(schema, document, realistic, repository.fanOuts)!;
      const { data, errors } = await execute({ schema, document, operationName: realistic.operationName, contextValue: createContext(repository) });
      expect(errors).toBeUndefined();
      const answered = objectsAnswered(data);
      expect(estimate.objects).toBeGreaterThanOrEqual(answered);
      const within = estimate.objects <= DEFAULT_LIMITS.maxCost ? 'yes' : '**no**';
      rows.push(`| ${realistic.name} | ${estimate.objects.toLocaleString('en-US')} | ${within} | ${answered.toLocaleString('en-US')} |`);
    }
    console.log(rows.join('\n'));
  }, 120_000);
});
