import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Min, MinLength } from 'class-validator';
import { ATTENDANCE_UNITS, AttendanceUnit, EVENT_KINDS, EventKind } from '../../domain';
import { EvidenceQuote } from './evidence-quote';
import { PartialDateAnnotation } from './partial-date-annotation';
import { A_LIST, EvidenceList, IsEntityId, Nested } from './validators';
import type { AttendanceFormat, EventFormat, ParticipationFormat } from './annotation-format';
import { StatedRole } from './stated-role';
import { DraftConfidence } from './draft-confidence';

export class ParticipationAnnotation extends StatedRole implements ParticipationFormat {
  @IsEntityId(['person', 'organisation'])
  actor!: string;
}

export class AttendanceAnnotation implements AttendanceFormat {
  @IsString()
  @MinLength(1)
  text!: string;

  @IsInt()
  @Min(1)
  count!: number;

  @IsIn(ATTENDANCE_UNITS, {
    message: 'unit must be PEOPLE, STATES or ORGANISATIONS: what the count counts ("Some 100 government officials": PEOPLE; "more than 40 states": STATES)',
  })
  unit!: AttendanceUnit;

  @IsOptional()
  @IsBoolean()
  approximate?: boolean;
}

export class EventAnnotation implements EventFormat {
  @IsEntityId('event')
  id!: string;

  @IsString()
  @MinLength(1)
  name!: string;

  @IsIn(EVENT_KINDS, { message: `kind must be one of ${EVENT_KINDS.join(', ')}` })
  kind!: EventKind;

  @IsOptional()
  @IsString()
  description?: string;

  @IsOptional()
  @Nested(() => PartialDateAnnotation)
  startDate?: PartialDateAnnotation;

  @IsOptional()
  @Nested(() => PartialDateAnnotation)
  endDate?: PartialDateAnnotation;

  @IsOptional()
  @IsString()
  @MinLength(1)
  location?: string;

  @IsOptional()
  @IsEntityId('place')
  place?: string;

  @IsOptional()
  @Nested(() => AttendanceAnnotation)
  attendance?: AttendanceAnnotation;

  @IsOptional()
  @IsArray(A_LIST)
  @IsEntityId('organisation', { each: true })
  organisers?: string[];

  @IsOptional()
  @IsArray(A_LIST)
  @Nested(() => ParticipationAnnotation, { each: true })
  participants?: ParticipationAnnotation[];

  @EvidenceList()
  evidence!: EvidenceQuote[];

  /** How sure a machine draft is of this entry, 0 to 1 (seeds/README.md, "Machine drafts"). */
  @DraftConfidence()
  confidence?: number;
}
