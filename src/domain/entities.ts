import type { Evidence } from './evidence';
import type { AttendanceUnit, AttributionBasis, CommitmentKind, EventKind, OrganisationKind, ReviewStatus, StatementKind } from './kinds';
import type { PartialDate } from './partial-date';

/** A news article of the corpus. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisherId?: string;
  readonly authorIds: readonly string[];
  /** The file under the corpus directory that holds the article. */
  readonly seedFile: string;
  readonly text: string;
  /** Where the article was published, when the article or its collection says so. */
  readonly url?: string;
  /** When the article was published, at the precision known; only where the article or its collection says so. */
  readonly publishedAt?: PartialDate;
  /** BCP 47 tag of the text's language, e.g. "en". */
  readonly language?: string;
  /** Whether a person has reviewed the article's annotation (the seeds) or it is a machine draft. */
  readonly review: ReviewStatus;
}

/** Something with a name that the sources may spell in several ways. */
export interface Named {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Its names (name or aliases) that another entity bears too, marked so by the annotation; absent when none are. */
  readonly ambiguousAliases?: readonly string[];
  readonly mentions: readonly Evidence[];
}

export interface Place extends Named {
  readonly countryId?: string;
}

export interface Person extends Named {
  /** A short description as the sources give it, e.g. "Taraz political scientist". */
  readonly description?: string;
}

export interface Organisation extends Named {
  readonly kind: OrganisationKind;
  readonly parentId?: string;
  readonly description?: string;
}

/** A person's role in an organisation, as one or more sources state it. */
export interface Affiliation {
  readonly personId: string;
  readonly organisationId: string;
  readonly role?: string;
  readonly evidence: readonly Evidence[];
}

/** An actor's part in an event. */
export interface Participation {
  readonly eventId: string;
  readonly actorId: string;
  readonly role?: string;
  readonly evidence: readonly Evidence[];
}

export interface Attendance {
  /** The source's words, e.g. "Some 100". */
  readonly text: string;
  readonly count: number;
  /** What `count` counts: people, states or organisations. */
  readonly unit: AttendanceUnit;
  readonly approximate: boolean;
}

export interface Event {
  readonly id: string;
  readonly name: string;
  readonly kind: EventKind;
  readonly description?: string;
  readonly startDate?: PartialDate;
  readonly endDate?: PartialDate;
  /** The place as the source names it. */
  readonly location?: string;
  readonly placeId?: string;
  readonly attendance?: Attendance;
  readonly organiserIds: readonly string[];
  readonly participations: readonly Participation[];
  readonly sourceId: string;
  readonly evidence: readonly Evidence[];
}

/** How the source attributes a statement, and through whom it has the words. */
export interface Attribution {
  readonly basis: AttributionBasis;
  /** The intermediary the source cites for second-hand words ("a UN summary"); absent when first-hand. */
  readonly via?: string;
  /** The attributing words ("said György Szabó", "according to the UN"), when there are any. */
  readonly cue?: Evidence;
}

export interface Statement {
  readonly id: string;
  readonly text: string;
  readonly kind: StatementKind;
  readonly speakerId?: string;
  readonly speakerRole?: string;
  readonly eventId?: string;
  readonly date?: PartialDate;
  readonly attribution: Attribution;
  readonly sourceId: string;
  readonly evidence: readonly Evidence[];
}

export interface MonetaryAmount {
  readonly value: number;
  /** ISO 4217. */
  readonly currency: string;
  /** The source's words, e.g. "$300,000". */
  readonly text: string;
}

export interface Commitment {
  readonly id: string;
  readonly description: string;
  readonly kind: CommitmentKind;
  readonly actorIds: readonly string[];
  readonly beneficiaryIds: readonly string[];
  readonly amounts: readonly MonetaryAmount[];
  readonly dueDate?: PartialDate;
  readonly eventId?: string;
  readonly statementId?: string;
  readonly sourceId: string;
  readonly evidence: readonly Evidence[];
}

/**
 * How many distinct sources support a statement or commitment: the sources of its evidence.
 * Facts are annotated once, with evidence from their own article, so today this is 1 for each;
 * it counts more once a second article can add its evidence to a fact.
 */
export function corroborationOf(fact: Pick<Statement | Commitment, 'evidence'>): number {
  return new Set(fact.evidence.map((evidence) => evidence.sourceId)).size;
}

/** Everything the loader builds: plain data, fully resolved, immutable once built. */
export interface Corpus {
  readonly sources: readonly Source[];
  readonly places: readonly Place[];
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly affiliations: readonly Affiliation[];
  readonly events: readonly Event[];
  readonly statements: readonly Statement[];
  readonly commitments: readonly Commitment[];
}
