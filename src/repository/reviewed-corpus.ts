import type { Affiliation, Commitment, Corpus, Event, Evidence, Named, Organisation, Place, Source, Statement } from '../domain';

/** The corpus as served by default: without the facts of machine-drafted articles. */
export interface ReviewedCorpus {
  readonly corpus: Corpus;
  /**
   * Every object of the reviewed corpus (entities, affiliations, participations): each is its
   * own copy, never an object of the whole corpus, so that an object tells which view it is from.
   */
  readonly objects: WeakSet<object>;
}

/** The ids of the articles whose annotation is still a machine draft. */
export function draftSourceIds(corpus: Corpus): Set<string> {
  return new Set(corpus.sources.filter((source) => source.review === 'DRAFT').map((source) => source.id));
}

/**
 * The corpus without what only draft articles say: their sources, events, statements and
 * commitments; affiliations and mentions keep only the evidence of reviewed articles. An
 * entity that reviewed articles also name stays, with its reviewed mentions only; one that
 * only drafts name goes, unless a reviewed fact refers to it. Undefined when no article is a
 * draft: the whole corpus is the reviewed one. The names and aliases a draft gives an entity
 * reviewed articles also name stay with it (the loader merges them; docs/living-corpus.md).
 */
export function reviewedCorpusOf(corpus: Corpus): ReviewedCorpus | undefined {
  const drafts = draftSourceIds(corpus);
  if (drafts.size === 0) return undefined;
  const objects = new WeakSet<object>();
  const own = <T extends object>(object: T): T => {
    objects.add(object);
    return object;
  };
  const reviewed = (evidence: Evidence) => !drafts.has(evidence.sourceId);
  const isReviewedFact = (fact: { sourceId: string }) => !drafts.has(fact.sourceId);

  const sources: Source[] = corpus.sources.filter((source) => !drafts.has(source.id)).map((source) => own({ ...source }));
  const events: Event[] = corpus.events
    .filter(isReviewedFact)
    .map((event) => own({ ...event, participations: event.participations.map((participation) => own({ ...participation })) }));
  const statements: Statement[] = corpus.statements.filter(isReviewedFact).map((statement) => own({ ...statement }));
  const commitments: Commitment[] = corpus.commitments.filter(isReviewedFact).map((commitment) => own({ ...commitment }));
  const affiliations: Affiliation[] = corpus.affiliations.flatMap((affiliation) => {
    const evidence = affiliation.evidence.filter(reviewed);
    return evidence.length > 0 ? [own({ ...affiliation, evidence })] : [];
  });

  // The entities reviewed facts refer to stay, whoever names them; then their parents and countries.
  const referred = new Set<string>();
  const refer = (...ids: (string | undefined)[]) => ids.forEach((id) => id !== undefined && referred.add(id));
  for (const source of sources) refer(source.publisherId, ...source.authorIds);
  for (const event of events) refer(event.placeId, ...event.organiserIds, ...event.participations.map((p) => p.actorId));
  for (const statement of statements) refer(statement.speakerId);
  for (const commitment of commitments) refer(...commitment.actorIds, ...commitment.beneficiaryIds);
  for (const affiliation of affiliations) refer(affiliation.personId, affiliation.organisationId);

  const keptMentions = <T extends Named>(entity: T) => entity.mentions.filter(reviewed);
  const isKept = (entity: Named) => referred.has(entity.id) || entity.mentions.some(reviewed);
  const byId = new Map<string, Organisation | Place>([...corpus.organisations, ...corpus.places].map((entity) => [entity.id, entity]));
  const pending = [...corpus.organisations, ...corpus.places].filter(isKept);
  while (pending.length > 0) {
    const entity = pending.pop()!;
    const up = 'parentId' in entity ? entity.parentId : (entity as Place).countryId;
    if (up === undefined || referred.has(up)) continue;
    referred.add(up);
    const parent = byId.get(up);
    if (parent) pending.push(parent);
  }
  const named = <T extends Named>(entities: readonly T[]): T[] => entities.filter(isKept).map((entity) => own({ ...entity, mentions: keptMentions(entity) }));

  return {
    corpus: {
      sources,
      places: named(corpus.places),
      people: named(corpus.people),
      organisations: named(corpus.organisations),
      affiliations,
      events,
      statements,
      commitments,
    },
    objects,
  };
}
