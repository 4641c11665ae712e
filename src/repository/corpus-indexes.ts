import type { Affiliation, Commitment, Corpus, Event, Organisation, Person, Place, Source, Statement } from '../domain';
import { MultiMap } from './multimap';

/**
 * The relations of the corpus in both directions, precomputed so that every lookup by key is
 * O(1). The corpus lists come in sorted, so every list under a key is sorted too.
 */
export interface CorpusIndexes {
  readonly affiliationsByPerson: MultiMap<Affiliation>;
  readonly affiliationsByOrganisation: MultiMap<Affiliation>;
  readonly subOrganisationsByParent: MultiMap<Organisation>;
  readonly placesByCountry: MultiMap<Place>;
  /** Events an actor organised, took part in or spoke at. */
  readonly eventsByActor: MultiMap<Event>;
  readonly eventsByOrganiser: MultiMap<Event>;
  readonly eventsByParticipant: MultiMap<Event>;
  readonly eventsByPlace: MultiMap<Event>;
  readonly statementsBySpeaker: MultiMap<Statement>;
  readonly statementsByEvent: MultiMap<Statement>;
  readonly statementsBySource: MultiMap<Statement>;
  readonly commitmentsByActor: MultiMap<Commitment>;
  readonly commitmentsByBeneficiary: MultiMap<Commitment>;
  readonly commitmentsByEvent: MultiMap<Commitment>;
  readonly commitmentsByStatement: MultiMap<Commitment>;
  readonly commitmentsBySource: MultiMap<Commitment>;
  /** The sources that mention an entity or state a fact about it. */
  readonly sourcesByEntity: MultiMap<Source>;
  readonly peopleBySource: MultiMap<Person>;
  readonly organisationsBySource: MultiMap<Organisation>;
  readonly placesBySource: MultiMap<Place>;
  readonly eventsBySource: MultiMap<Event>;
}

export function buildIndexes(corpus: Corpus): CorpusIndexes {
  const index = {
    affiliationsByPerson: new MultiMap<Affiliation>(),
    affiliationsByOrganisation: new MultiMap<Affiliation>(),
    subOrganisationsByParent: new MultiMap<Organisation>(),
    placesByCountry: new MultiMap<Place>(),
    eventsByActor: new MultiMap<Event>(),
    eventsByOrganiser: new MultiMap<Event>(),
    eventsByParticipant: new MultiMap<Event>(),
    eventsByPlace: new MultiMap<Event>(),
    statementsBySpeaker: new MultiMap<Statement>(),
    statementsByEvent: new MultiMap<Statement>(),
    statementsBySource: new MultiMap<Statement>(),
    commitmentsByActor: new MultiMap<Commitment>(),
    commitmentsByBeneficiary: new MultiMap<Commitment>(),
    commitmentsByEvent: new MultiMap<Commitment>(),
    commitmentsByStatement: new MultiMap<Commitment>(),
    commitmentsBySource: new MultiMap<Commitment>(),
    sourcesByEntity: new MultiMap<Source>(),
    peopleBySource: new MultiMap<Person>(),
    organisationsBySource: new MultiMap<Organisation>(),
    placesBySource: new MultiMap<Place>(),
    eventsBySource: new MultiMap<Event>(),
  };

  // Which sources speak of which entities: their own mentions, and every fact that names them.
  const sourceIdsByEntity = new MultiMap<string>();
  const cite = (entityId: string | undefined, sourceId: string) => sourceIdsByEntity.add(entityId, sourceId);

  for (const place of corpus.places) {
    index.placesByCountry.add(place.countryId, place);
    place.mentions.forEach((m) => cite(place.id, m.sourceId));
  }
  for (const person of corpus.people) person.mentions.forEach((m) => cite(person.id, m.sourceId));
  for (const organisation of corpus.organisations) {
    index.subOrganisationsByParent.add(organisation.parentId, organisation);
    organisation.mentions.forEach((m) => cite(organisation.id, m.sourceId));
  }
  for (const affiliation of corpus.affiliations) {
    index.affiliationsByPerson.add(affiliation.personId, affiliation);
    index.affiliationsByOrganisation.add(affiliation.organisationId, affiliation);
    for (const { sourceId } of affiliation.evidence) {
      cite(affiliation.personId, sourceId);
      cite(affiliation.organisationId, sourceId);
    }
  }
  const speakersByEvent = new MultiMap<string>();
  for (const statement of corpus.statements) {
    if (statement.eventId && statement.speakerId) speakersByEvent.add(statement.eventId, statement.speakerId);
  }
  speakersByEvent.seal();
  for (const event of corpus.events) {
    index.eventsByPlace.add(event.placeId, event);
    cite(event.id, event.sourceId);
    cite(event.placeId, event.sourceId);
    for (const organiserId of event.organiserIds) {
      index.eventsByOrganiser.add(organiserId, event);
      index.eventsByActor.add(organiserId, event);
      cite(organiserId, event.sourceId);
    }
    for (const participation of event.participations) {
      index.eventsByParticipant.add(participation.actorId, event);
      index.eventsByActor.add(participation.actorId, event);
      cite(participation.actorId, event.sourceId);
    }
    for (const speakerId of speakersByEvent.get(event.id)) index.eventsByActor.add(speakerId, event);
  }
  for (const statement of corpus.statements) {
    index.statementsBySpeaker.add(statement.speakerId, statement);
    index.statementsByEvent.add(statement.eventId, statement);
    index.statementsBySource.add(statement.sourceId, statement);
    cite(statement.speakerId, statement.sourceId);
    cite(statement.eventId, statement.sourceId);
  }
  for (const commitment of corpus.commitments) {
    commitment.actorIds.forEach((id) => index.commitmentsByActor.add(id, commitment));
    commitment.beneficiaryIds.forEach((id) => index.commitmentsByBeneficiary.add(id, commitment));
    index.commitmentsByEvent.add(commitment.eventId, commitment);
    index.commitmentsByStatement.add(commitment.statementId, commitment);
    index.commitmentsBySource.add(commitment.sourceId, commitment);
    [...commitment.actorIds, ...commitment.beneficiaryIds, commitment.eventId].forEach((id) => cite(id, commitment.sourceId));
  }
  for (const source of corpus.sources) {
    cite(source.publisherId, source.id);
    source.authorIds.forEach((id) => cite(id, source.id));
  }
  sourceIdsByEntity.seal();

  // Fill the source ↔ entity indexes in each list's own order, so both directions stay sorted.
  const sourcesById = new Map(corpus.sources.map((source) => [source.id, source]));
  const sourceRank = new Map(corpus.sources.map((source, rank) => [source.id, rank]));
  const fileBySource = <T extends { id: string }>(entities: readonly T[], bySource: MultiMap<T>) => {
    for (const entity of entities) {
      const ids = [...sourceIdsByEntity.get(entity.id)].sort((a, b) => sourceRank.get(a)! - sourceRank.get(b)!);
      for (const sourceId of ids) {
        index.sourcesByEntity.add(entity.id, sourcesById.get(sourceId)!);
        bySource.add(sourceId, entity);
      }
    }
  };
  fileBySource(corpus.people, index.peopleBySource);
  fileBySource(corpus.organisations, index.organisationsBySource);
  fileBySource(corpus.places, index.placesBySource);
  fileBySource(corpus.events, index.eventsBySource);

  Object.values(index).forEach((multimap) => multimap.seal());
  return index;
}
