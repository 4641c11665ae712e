import type { CorpusRepository } from './corpus-repository';

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
  readonly counts: Readonly<Record<'sources' | 'places' | 'people' | 'organisations' | 'affiliations' | 'events' | 'statements' | 'commitments', number>>;
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
    counts: {
      sources: repository.sources.length,
      places: repository.places.length,
      people: repository.people.length,
      organisations: repository.organisations.length,
      affiliations: repository.affiliations.length,
      events: repository.events.length,
      statements: repository.statements.length,
      commitments: repository.commitments.length,
    },
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
