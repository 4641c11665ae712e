/** The closed vocabularies of the corpus. Each is a readonly tuple so validators and types share one list. */

export const ORGANISATION_KINDS = ['STATE', 'INTERGOVERNMENTAL', 'GOVERNMENT_BODY', 'NON_GOVERNMENTAL', 'ACADEMIC', 'MEDIA', 'ARMED_GROUP', 'OTHER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const EVENT_KINDS = ['CONFERENCE', 'MEETING', 'SUMMIT', 'SESSION', 'VISIT', 'TRAINING', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const STATEMENT_KINDS = ['DIRECT_QUOTE', 'REPORTED'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const COMMITMENT_KINDS = ['FUNDING', 'PLEDGE', 'PROPOSAL', 'PLAN', 'OFFER', 'AGREEMENT'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How a source attributes a statement: by the speaker's name, by a role or body only, or not at all. */
export const ATTRIBUTION_BASES = ['NAMED', 'ROLE_ONLY', 'UNNAMED'] as const;
export type AttributionBasis = (typeof ATTRIBUTION_BASES)[number];

/** What an attendance counts. */
export const ATTENDANCE_UNITS = ['PEOPLE', 'STATES', 'ORGANISATIONS'] as const;
export type AttendanceUnit = (typeof ATTENDANCE_UNITS)[number];

/** Whether a person has reviewed an article's annotation, or it is still a machine draft. */
export const REVIEW_STATUSES = ['REVIEWED', 'DRAFT'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The kinds of tie the actor network draws: met at an event, affiliated, committed together or to the other's benefit. */
export const TIE_KINDS = ['MET', 'AFFILIATED', 'COMMITTED'] as const;
export type TieKind = (typeof TIE_KINDS)[number];
