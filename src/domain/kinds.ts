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
