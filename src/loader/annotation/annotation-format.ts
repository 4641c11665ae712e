import type { AttendanceUnit, AttributionBasis, CommitmentKind, EventKind, OrganisationKind, StatementKind } from '../../domain';

/*
 * The annotation file format, once: what an article's annotation (YAML or JSON) holds. The
 * loader's validated classes (this folder) implement these interfaces, and the synthetic
 * corpus (src/synth) writes values of them. `Q` is how evidence is given: quotes as the loader
 * holds them by default; a file may give each quote as a plain string too (`QuoteInFile`).
 */

/** One quote of the article; `occurrence` (1-based) picks among repeated words. */
export interface EvidenceQuoteFormat {
  readonly quote: string;
  readonly occurrence?: number;
}

/** A quote as a file may give it: the words alone, or with the occurrence they need when they recur. */
export type QuoteInFile = string | EvidenceQuoteFormat;

export interface SourceFormat {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly authors?: readonly string[];
  /** Where the article was published; only where the article or its collection says so. */
  readonly url?: string;
  /** When the article was published, at the precision the article or its collection gives. */
  readonly publishedAt?: PartialDateFormat;
  /** BCP 47 tag of the text's language. */
  readonly language?: string;
}

/** What every entry of a machine draft (`review: draft`) may carry: how sure the machine is of it, 0 to 1. */
export interface DraftedFormat {
  readonly confidence?: number;
}

/** What places, people and organisations share; several articles may annotate one id, and one gives its name. */
export interface NamedFormat<Q = EvidenceQuoteFormat> extends DraftedFormat {
  readonly id: string;
  readonly name?: string;
  readonly aliases?: readonly string[];
  /** Its names (name or aliases) that another entity bears too. */
  readonly ambiguousAliases?: readonly string[];
  readonly mentions: readonly Q[];
}

export interface PlaceFormat<Q = EvidenceQuoteFormat> extends NamedFormat<Q> {
  readonly country?: string;
}

export interface PersonFormat<Q = EvidenceQuoteFormat> extends NamedFormat<Q> {
  readonly description?: string;
}

export interface OrganisationFormat<Q = EvidenceQuoteFormat> extends NamedFormat<Q> {
  readonly kind?: OrganisationKind;
  readonly parent?: string;
  readonly description?: string;
}

export interface AffiliationFormat<Q = EvidenceQuoteFormat> extends DraftedFormat {
  readonly person: string;
  readonly organisation: string;
  readonly role?: string;
  readonly evidence: readonly Q[];
}

export interface PartialDateFormat {
  /** The source's words. A date needs a year or a month: a season or "Today" alone is not one. */
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** Why part of the date was inferred, when it was. */
  readonly inferred?: string;
}

export interface AttendanceFormat {
  readonly text: string;
  readonly count: number;
  /** What `count` counts. */
  readonly unit: AttendanceUnit;
  readonly approximate?: boolean;
}

export interface ParticipationFormat<Q = EvidenceQuoteFormat> extends DraftedFormat {
  readonly actor: string;
  readonly role?: string;
  readonly evidence: readonly Q[];
}

export interface EventFormat<Q = EvidenceQuoteFormat> extends DraftedFormat {
  readonly id: string;
  readonly name: string;
  readonly kind: EventKind;
  readonly description?: string;
  readonly startDate?: PartialDateFormat;
  readonly endDate?: PartialDateFormat;
  readonly location?: string;
  readonly place?: string;
  readonly attendance?: AttendanceFormat;
  readonly organisers?: readonly string[];
  readonly participants?: readonly ParticipationFormat<Q>[];
  readonly evidence: readonly Q[];
}

/** How the article attributes a statement: by name, by a role or body only, or not at all. */
export interface AttributionFormat<Q = EvidenceQuoteFormat> {
  readonly basis: AttributionBasis;
  /** The intermediary the article cites for second-hand words: "a UN summary". */
  readonly via?: string;
  /** The attributing words ("said György Szabó"), located like evidence. */
  readonly cue?: Q;
}

export interface StatementFormat<Q = EvidenceQuoteFormat> extends DraftedFormat {
  readonly id: string;
  readonly kind: StatementKind;
  /** The words as the article gives them. */
  readonly text: string;
  readonly speaker?: string;
  readonly speakerRole?: string;
  readonly event?: string;
  readonly date?: PartialDateFormat;
  readonly attribution: AttributionFormat<Q>;
  readonly evidence: readonly Q[];
}

export interface MonetaryAmountFormat {
  readonly value: number;
  /** ISO 4217. */
  readonly currency: string;
  /** The article's words, inside the commitment's evidence. */
  readonly text: string;
}

export interface CommitmentFormat<Q = EvidenceQuoteFormat> extends DraftedFormat {
  readonly id: string;
  readonly kind: CommitmentKind;
  readonly description: string;
  readonly actors: readonly string[];
  readonly beneficiaries?: readonly string[];
  readonly amounts?: readonly MonetaryAmountFormat[];
  readonly dueDate?: PartialDateFormat;
  readonly event?: string;
  readonly statement?: string;
  readonly evidence: readonly Q[];
}

/** The annotation file of one article: everything it says, each fact with its evidence. */
export interface ArticleAnnotationFormat<Q = EvidenceQuoteFormat> {
  /** `reviewed` (a person wrote or checked it; the default) or `draft` (a machine draft). */
  readonly review?: 'reviewed' | 'draft';
  readonly source: SourceFormat;
  readonly places?: readonly PlaceFormat<Q>[];
  readonly people?: readonly PersonFormat<Q>[];
  readonly organisations?: readonly OrganisationFormat<Q>[];
  readonly affiliations?: readonly AffiliationFormat<Q>[];
  readonly events?: readonly EventFormat<Q>[];
  readonly statements?: readonly StatementFormat<Q>[];
  readonly commitments?: readonly CommitmentFormat<Q>[];
}
