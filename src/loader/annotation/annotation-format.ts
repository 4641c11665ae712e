import type { CommitmentKind, EventKind, OrganisationKind, StatementKind } from '../../domain';

/*
 * The annotation file format, once: what an article's annotation (YAML or JSON) holds. The
 * loader's validated classes (this folder) implement these interfaces, and the synthetic
 * corpus (src/synth) writes values of them. `Q` is how evidence is given: quotes as the loader
 * holds them by default; a file may give each quote as a plain string too (`QuoteInFile`).
 */

/** One quote of the article; `occurrence` (1-based) picks among repeated words. */
export interface EvidenceQuoteFormat {
  quote: string;
  occurrence?: number;
}

/** A quote as a file may give it: the words alone, or with the occurrence they need when they recur. */
export type QuoteInFile = string | EvidenceQuoteFormat;

export interface SourceFormat {
  id: string;
  title: string;
  publisher?: string;
  authors?: string[];
}

/** What places, people and organisations share; several articles may annotate one id, and one gives its name. */
export interface NamedFormat<Q = EvidenceQuoteFormat> {
  id: string;
  name?: string;
  aliases?: string[];
  mentions: Q[];
}

export interface PlaceFormat<Q = EvidenceQuoteFormat> extends NamedFormat<Q> {
  country?: string;
}

export interface PersonFormat<Q = EvidenceQuoteFormat> extends NamedFormat<Q> {
  description?: string;
}

export interface OrganisationFormat<Q = EvidenceQuoteFormat> extends NamedFormat<Q> {
  kind?: OrganisationKind;
  parent?: string;
  description?: string;
}

export interface AffiliationFormat<Q = EvidenceQuoteFormat> {
  person: string;
  organisation: string;
  role?: string;
  evidence: Q[];
}

export interface PartialDateFormat {
  /** The source's words. */
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** Why part of the date was inferred, when it was. */
  inferred?: string;
}

export interface AttendanceFormat {
  text: string;
  count: number;
  approximate?: boolean;
}

export interface ParticipationFormat<Q = EvidenceQuoteFormat> {
  actor: string;
  role?: string;
  evidence: Q[];
}

export interface EventFormat<Q = EvidenceQuoteFormat> {
  id: string;
  name: string;
  kind: EventKind;
  description?: string;
  startDate?: PartialDateFormat;
  endDate?: PartialDateFormat;
  location?: string;
  place?: string;
  attendance?: AttendanceFormat;
  organisers?: string[];
  participants?: ParticipationFormat<Q>[];
  evidence: Q[];
}

export interface StatementFormat<Q = EvidenceQuoteFormat> {
  id: string;
  kind: StatementKind;
  /** The words as the article gives them. */
  text: string;
  speaker?: string;
  speakerRole?: string;
  event?: string;
  date?: PartialDateFormat;
  evidence: Q[];
}

export interface MonetaryAmountFormat {
  value: number;
  /** ISO 4217. */
  currency: string;
  /** The article's words, inside the commitment's evidence. */
  text: string;
}

export interface CommitmentFormat<Q = EvidenceQuoteFormat> {
  id: string;
  kind: CommitmentKind;
  description: string;
  actors: string[];
  beneficiaries?: string[];
  amounts?: MonetaryAmountFormat[];
  dueDate?: PartialDateFormat;
  event?: string;
  statement?: string;
  evidence: Q[];
}

/** The annotation file of one article: everything it says, each fact with its evidence. */
export interface ArticleAnnotationFormat<Q = EvidenceQuoteFormat> {
  source: SourceFormat;
  places?: PlaceFormat<Q>[];
  people?: PersonFormat<Q>[];
  organisations?: OrganisationFormat<Q>[];
  affiliations?: AffiliationFormat<Q>[];
  events?: EventFormat<Q>[];
  statements?: StatementFormat<Q>[];
  commitments?: CommitmentFormat<Q>[];
}
