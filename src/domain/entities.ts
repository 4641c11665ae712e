import type { Evidence } from './evidence';
import type { CommitmentKind, EventKind, OrganisationKind, StatementKind } from './kinds';
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
}

/** Something with a name that the sources may spell in several ways. */
export interface Named {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
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

export interface Statement {
  readonly id: string;
  readonly text: string;
  readonly kind: StatementKind;
  readonly speakerId?: string;
  readonly speakerRole?: string;
  readonly eventId?: string;
  readonly date?: PartialDate;
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
