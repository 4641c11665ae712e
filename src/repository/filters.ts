import type { CommitmentKind, OrganisationKind } from '../domain';

/**
 * Filters of the list queries. Text filters are folded (see fold-text) and match aliases too;
 * name filters match any romanisation of a name (see romanisation-key).
 */
export interface PersonFilter {
  readonly name?: string;
  /** People affiliated with this organisation or any organisation under it. */
  readonly organisationId?: string;
}

export interface PlaceFilter {
  readonly name?: string;
}

export interface OrganisationFilter {
  readonly name?: string;
  readonly kind?: OrganisationKind;
}

/** An inclusive range of days, as ISO day strings ("2017-06-01"); either end may be open. */
export interface DayRange {
  readonly from?: string;
  readonly to?: string;
}

export interface EventFilter {
  readonly name?: string;
  /** Matches the place as the source names it, and the place's name and aliases. */
  readonly location?: string;
  readonly organiserId?: string;
  readonly participantId?: string;
  /** Events whose known dates overlap the range; events with no known year never match. */
  readonly dates?: DayRange;
}

export interface StatementFilter {
  readonly speakerId?: string;
  readonly eventId?: string;
  readonly sourceId?: string;
  readonly text?: string;
}

export interface CommitmentFilter {
  readonly actorId?: string;
  readonly beneficiaryId?: string;
  readonly kind?: CommitmentKind;
  readonly eventId?: string;
}
