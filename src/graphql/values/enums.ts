import { registerEnumType } from 'type-graphql';
import {
  ATTENDANCE_UNITS,
  ATTRIBUTION_BASES,
  COMMITMENT_KINDS,
  DATE_PRECISIONS,
  EVENT_KINDS,
  ORGANISATION_KINDS,
  REVIEW_STATUSES,
  STATEMENT_KINDS,
} from '../../domain';

/** A Type-GraphQL enum object ({ A: 'A', … }) from one of the domain's value lists. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const EventKindEnum = enumOf(EVENT_KINDS);
export const StatementKindEnum = enumOf(STATEMENT_KINDS);
export const CommitmentKindEnum = enumOf(COMMITMENT_KINDS);
export const DatePrecisionEnum = enumOf(DATE_PRECISIONS);
export const ReviewStatusEnum = enumOf(REVIEW_STATUSES);
export const AttributionBasisEnum = enumOf(ATTRIBUTION_BASES);
export const AttendanceUnitEnum = enumOf(ATTENDANCE_UNITS);

registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation is.',
  valuesConfig: {
    STATE: { description: 'A sovereign state, e.g. Kazakhstan.' },
    INTERGOVERNMENTAL: { description: 'A body of states or one of its offices, e.g. the OSCE, the UN Security Council.' },
    GOVERNMENT_BODY: { description: 'A ministry, agency or other body of one state.' },
    NON_GOVERNMENTAL: { description: 'A foundation, NGO or think tank.' },
    ACADEMIC: { description: 'A university, academy or research institute.' },
    MEDIA: { description: 'A publisher or news outlet.' },
    ARMED_GROUP: { description: 'A group the sources name as armed or terrorist.' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(EventKindEnum, {
  name: 'EventKind',
  description: 'What kind of gathering or happening an event is.',
  valuesConfig: {
    CONFERENCE: { description: 'A conference of many participants.' },
    MEETING: { description: 'A meeting, talks, or a regional working meeting.' },
    SUMMIT: { description: 'A meeting of heads of state or government.' },
    SESSION: { description: 'A session of a standing body, e.g. of the UN Security Council.' },
    VISIT: { description: 'A visit by officials or a delegation.' },
    TRAINING: { description: 'A training or exercise.' },
    OTHER: { description: 'Anything else the sources report as happening.' },
  },
});

registerEnumType(StatementKindEnum, {
  name: 'StatementKind',
  description: 'How the source gives a statement.',
  valuesConfig: {
    DIRECT_QUOTE: { description: "The speaker's own words, quoted." },
    REPORTED: { description: 'What the speaker said, in the source\'s words ("noted that…").' },
  },
});

registerEnumType(CommitmentKindEnum, {
  name: 'CommitmentKind',
  description: 'What an actor commits to.',
  valuesConfig: {
    FUNDING: { description: 'Money given or to be given.' },
    PLEDGE: { description: 'A promise to act.' },
    PROPOSAL: { description: 'Something proposed for others to take up.' },
    PLAN: { description: 'Something the actor intends to do.' },
    OFFER: { description: 'Help or a service offered.' },
    AGREEMENT: { description: 'Something agreed between parties.' },
  },
});

registerEnumType(DatePrecisionEnum, {
  name: 'DatePrecision',
  description: 'The finest part of a date the source gives.',
  valuesConfig: {
    YEAR: { description: 'Only the year, e.g. "in 2020".' },
    MONTH: { description: 'The month, e.g. "in January 2018".' },
    DAY: { description: 'The day, e.g. "June 9".' },
  },
});

registerEnumType(ReviewStatusEnum, {
  name: 'ReviewStatus',
  description: "Whether a person has reviewed an article's annotation, or it is still a machine draft.",
  valuesConfig: {
    REVIEWED: { description: 'A person wrote or checked the annotation, as for every seed article.' },
    DRAFT: { description: 'A machine draft that nobody has reviewed yet.' },
  },
});

registerEnumType(AttributionBasisEnum, {
  name: 'AttributionBasis',
  description: 'How the source attributes a statement.',
  valuesConfig: {
    NAMED: { description: 'The source names the speaker.' },
    ROLE_ONLY: { description: 'The source gives only a role or a body ("a ministry spokesman", "the ministry").' },
    UNNAMED: { description: 'The source does not say who spoke.' },
  },
});

registerEnumType(AttendanceUnitEnum, {
  name: 'AttendanceUnit',
  description: "What an attendance's count counts.",
  valuesConfig: {
    PEOPLE: { description: 'People: delegates, officials, experts ("Some 100 government officials").' },
    STATES: { description: 'States ("more than 40 states").' },
    ORGANISATIONS: { description: 'Organisations ("20 international organisations").' },
  },
});
