import { stringify } from 'csv-stringify/sync';
import type { Evidence, PartialDate } from '../domain';
import { isoOf } from '../domain';
import type { CorpusRepository } from '../repository';

/** The lists exported as CSV, by file name. */
export const CSV_EXPORTS = ['events', 'statements', 'commitments', 'people', 'organisations'] as const;
export type CsvExport = (typeof CSV_EXPORTS)[number];

type Row = Record<string, string | number>;

/** An item's own columns, and the spans that support it (one row each). */
interface Exported {
  readonly fields: Row;
  readonly evidence: readonly Evidence[];
}

const EVIDENCE_COLUMNS = ['quote', 'start', 'end', 'source'];
/** Several ids or names in one cell. */
const LIST = '; ';

const dateOf = (date: PartialDate | undefined) => (date ? (isoOf(date) ?? date.text) : '');

interface ExportSpec<T> {
  readonly columns: readonly string[];
  readonly list: (repository: CorpusRepository) => Iterable<T>;
  readonly fields: (item: T) => Row;
  readonly evidence: (item: T) => readonly Evidence[];
}

/** A list's export: its columns, and each of its items' fields and evidence. */
function exportOf<T>({ columns, list, fields, evidence }: ExportSpec<T>) {
  return {
    columns,
    *items(repository: CorpusRepository): Iterable<Exported> {
      for (const item of list(repository)) yield { fields: fields(item), evidence: evidence(item) };
    },
  };
}

/** Each list's columns and items: the id and main fields; names of related entities are their ids. */
const EXPORTS: { readonly [E in CsvExport]: { readonly columns: readonly string[]; readonly items: (repository: CorpusRepository) => Iterable<Exported> } } = {
  events: exportOf({
    columns: ['id', 'name', 'kind', 'startDate', 'endDate', 'location', 'place', 'organisers', 'participants'],
    list: (repository) => repository.events,
    fields: ({ id, name, kind, startDate, endDate, location, placeId, organiserIds, participations }) => ({
      id,
      name,
      kind,
      startDate: dateOf(startDate),
      endDate: dateOf(endDate),
      location: location ?? '',
      place: placeId ?? '',
      organisers: organiserIds.join(LIST),
      participants: participations.map((p) => p.actorId).join(LIST),
    }),
    evidence: (event) => event.evidence,
  }),
  statements: exportOf({
    columns: ['id', 'kind', 'text', 'speaker', 'speakerRole', 'event', 'date'],
    list: (repository) => repository.statements,
    fields: (s) => ({
      id: s.id,
      kind: s.kind,
      text: s.text,
      speaker: s.speakerId ?? '',
      speakerRole: s.speakerRole ?? '',
      event: s.eventId ?? '',
      date: dateOf(s.date),
    }),
    evidence: (s) => s.evidence,
  }),
  commitments: exportOf({
    columns: ['id', 'kind', 'description', 'actors', 'beneficiaries', 'amounts', 'dueDate', 'event', 'statement'],
    list: (repository) => repository.commitments,
    fields: (c) => ({
      id: c.id,
      kind: c.kind,
      description: c.description,
      actors: c.actorIds.join(LIST),
      beneficiaries: c.beneficiaryIds.join(LIST),
      amounts: c.amounts.map((a) => `${a.value} ${a.currency}`).join(LIST),
      dueDate: dateOf(c.dueDate),
      event: c.eventId ?? '',
      statement: c.statementId ?? '',
    }),
    evidence: (c) => c.evidence,
  }),
  people: exportOf({
    columns: ['id', 'name', 'aliases', 'description'],
    list: (repository) => repository.people,
    fields: (p) => ({ id: p.id, name: p.name, aliases: p.aliases.join(LIST), description: p.description ?? '' }),
    evidence: (p) => p.mentions,
  }),
  organisations: exportOf({
    columns: ['id', 'name', 'aliases', 'kind', 'parent', 'description'],
    list: (repository) => repository.organisations,
    fields: (o) => ({ id: o.id, name: o.name, aliases: o.aliases.join(LIST), kind: o.kind, parent: o.parentId ?? '', description: o.description ?? '' }),
    evidence: (o) => o.mentions,
  }),
};

/**
 * One list as CSV (RFC 4180, by csv-stringify), UTF-8 with a byte order mark so that
 * spreadsheets read it as UTF-8: a row per item and span of its evidence (`quote`, `start`,
 * `end`, `source`), the item's columns repeated; one row with empty span columns for an item
 * without evidence.
 */
export function csvOf(repository: CorpusRepository, list: CsvExport): string {
  const { columns, items } = EXPORTS[list];
  const rows: Row[] = [];
  for (const { fields, evidence } of items(repository)) {
    if (evidence.length === 0) rows.push({ ...fields, quote: '', start: '', end: '', source: '' });
    for (const span of evidence) rows.push({ ...fields, quote: span.quote, start: span.start, end: span.end, source: span.sourceId });
  }
  return stringify(rows, { header: true, columns: [...columns, ...EVIDENCE_COLUMNS], bom: true, record_delimiter: 'windows' });
}
