import type { CorpusRepository } from './corpus-repository';
import { collectionSizes } from './fan-outs';
import type { Collection } from './relations';

export interface SourceSummary {
  readonly sourceId: string;
  readonly seedFile: string;
  readonly title: string;
  readonly people: number;
  readonly organisations: number;
  readonly events: number;
  readonly statements: number;
  readonly commitments: number;
}

export interface CorpusSummary {
  readonly counts: Readonly<Record<Collection, number>>;
  readonly bySource: readonly SourceSummary[];
}

/** What the corpus holds: counts by type, and by source. */
export function summariseCorpus(repository: CorpusRepository): CorpusSummary {
  const ids = repository.sources.map((source) => source.id);
  const [people, organisations, events, statements, commitments] = [
    repository.peopleBySource(ids),
    repository.organisationsBySource(ids),
    repository.eventsBySource(ids),
    repository.statementsBySource(ids),
    repository.commitmentsBySource(ids),
  ];
  return {
    counts: collectionSizes(repository.corpus),
    bySource: repository.sources.map((source, i) => ({
      sourceId: source.id,
      seedFile: source.seedFile,
      title: source.title,
      people: people[i]!.length,
      organisations: organisations[i]!.length,
      events: events[i]!.length,
      statements: statements[i]!.length,
      commitments: commitments[i]!.length,
    })),
  };
}

/** One line, for a server's start-up log. */
export function formatCounts(summary: CorpusSummary): string {
  return Object.entries(summary.counts)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
}
