import type { Evidence, Source } from '../domain';
import type { CorpusRepository } from '../repository';

/** The W3C Web Annotation context: every term below is one of its terms. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The corpus's ids are not IRIs: as IRIs they are URNs under this prefix ("urn:casg:person:yerlan-karin"). */
export const ID_IRI_PREFIX = 'urn:casg:';
/** How much text around a quote its TextQuoteSelector carries, to find it again where it occurs twice. */
const AFFIX = 32;

/** A span and the fact it supports: the fact's IRI and a sentence saying what it is. */
interface Supported {
  readonly fact: string;
  readonly says: string;
  readonly span: Evidence;
}

const iriOf = (id: string) => `${ID_IRI_PREFIX}${id}`;

/** Every span of the corpus with the fact it supports: mentions, affiliations, events, participations, statements and their attributions, commitments. */
function* supportedSpans(repository: CorpusRepository): Generator<Supported> {
  const nameOf = (id: string | undefined) => (id ? ((repository.entitiesByIds([id])[0] as { name?: string } | undefined)?.name ?? id) : 'someone');
  for (const named of [...repository.people, ...repository.organisations, ...repository.places]) {
    for (const span of named.mentions) yield { fact: iriOf(named.id), says: `Mentions ${named.name}.`, span };
  }
  for (const a of repository.affiliations) {
    const fact = iriOf(`affiliation:${a.personId}:${a.organisationId}`);
    const says = `${nameOf(a.personId)} holds a role${a.role ? ` (${a.role})` : ''} in ${nameOf(a.organisationId)}.`;
    for (const span of a.evidence) yield { fact, says, span };
  }
  for (const event of repository.events) {
    for (const span of event.evidence) yield { fact: iriOf(event.id), says: `The event "${event.name}" (${event.kind}).`, span };
    for (const p of event.participations) {
      const says = `${nameOf(p.actorId)} took part in "${event.name}"${p.role ? ` as ${p.role}` : ''}.`;
      for (const span of p.evidence) yield { fact: iriOf(`participation:${event.id}:${p.actorId}`), says, span };
    }
  }
  for (const s of repository.statements) {
    for (const span of s.evidence) yield { fact: iriOf(s.id), says: `${nameOf(s.speakerId)} said: "${s.text}"`, span };
    if (s.attribution.cue) yield { fact: iriOf(`${s.id}:attribution`), says: `The statement is attributed ${s.attribution.basis}.`, span: s.attribution.cue };
  }
  for (const c of repository.commitments) {
    for (const span of c.evidence) yield { fact: iriOf(c.id), says: `${c.kind}: ${c.description}`, span };
  }
}

/**
 * Every evidence span as a W3C Web Annotation, in one AnnotationCollection: the target is the
 * span of its source (a TextQuoteSelector with some text around it, and a
 * TextPositionSelector in UTF-16 code units, as `Evidence.start`/`end`); the bodies are the
 * fact it supports (its IRI) and a sentence saying what that fact is.
 */
export function annotationsOf(repository: CorpusRepository) {
  const sources = new Map<string, Source>(repository.sources.map((source) => [source.id, source]));
  const items = [];
  for (const { fact, says, span } of supportedSpans(repository)) {
    const source = sources.get(span.sourceId)!;
    items.push({
      id: `${fact}#${span.sourceId}:${span.start}-${span.end}`,
      type: 'Annotation',
      motivation: 'describing',
      body: [{ id: fact }, { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: says }],
      target: {
        source: source.url ?? iriOf(source.id),
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: span.quote,
            prefix: source.text.slice(Math.max(0, span.start - AFFIX), span.start),
            suffix: source.text.slice(span.end, span.end + AFFIX),
          },
          { type: 'TextPositionSelector', start: span.start, end: span.end },
        ],
      },
    });
  }
  return {
    '@context': ANNO_CONTEXT,
    id: iriOf('annotations'),
    type: 'AnnotationCollection',
    label: 'Every evidence span of the corpus, with the fact it supports',
    total: items.length,
    first: { id: iriOf('annotations:page-1'), type: 'AnnotationPage', items },
  };
}
