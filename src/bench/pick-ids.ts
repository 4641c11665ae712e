import type { CorpusRepository } from '../repository';
import type { BenchIds } from './mix';

/**
 * Ids the mix asks about, chosen from the corpus so that every query has real work to do:
 * the most-quoted person, the event with most statements, the organisation with most
 * members (its whole subtree), a commitment with amounts, and 100 mixed representations.
 */
export function pickBenchIds(repository: CorpusRepository): BenchIds {
  const mostBy = <T extends { id: string }>(items: readonly T[], weight: (item: T) => number) =>
    items.reduce((best, item) => (weight(item) > weight(best) ? item : best), items[0]!);
  const person = mostBy(repository.people, (p) => repository.statementsBySpeaker([p.id])[0]!.length);
  const event = mostBy(repository.events, (e) => repository.statementsByEvent([e.id])[0]!.length);
  const hub = mostBy(repository.organisations, (o) => repository.affiliationsByOrganisation([o.id])[0]!.length);
  const commitment = repository.commitments.find((c) => c.amounts.length > 0) ?? repository.commitments[0]!;
  const pools: [string, readonly { id: string }[]][] = [
    ['Person', repository.people],
    ['Organisation', repository.organisations],
    ['Event', repository.events],
  ];
  const representations = Array.from({ length: 100 }, (_, i) => {
    const [__typename, pool] = pools[i % pools.length]!;
    return { __typename, id: pool[(i * 7919) % pool.length]!.id };
  });
  return { person: person.id, event: event.id, commitment: commitment.id, hubOrganisation: hub.id, representations };
}
