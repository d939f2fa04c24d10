import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { rule } from '../../../common/field-error';
import { COUNTRY, IsoDateField, NOT_BLANK } from './mobility.inputs';
import { PARTICIPANT_STATUSES } from '../study-visit.entity';
import type { ParticipantStatus as Status } from '../study-visit.entity';
import { StudyVisitParticipantStatus } from '../study-visit.model';

@ArgsType()
export class StudyVisitArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class SetParticipantStatusArgs extends StudyVisitArgs {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => StudyVisitParticipantStatus)
  @IsIn(PARTICIPANT_STATUSES)
  status!: Status;
}

@ArgsType()
export class ContributeToReportArgs extends StudyVisitArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  whatISaw?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  whatIWillTransfer?: string | null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MAX_AGENDA_ITEMS = 60;
export const MAX_BUDGET_LINES = 30;
export const MAX_BUDGET_AMOUNT = 1_000_000;

@InputType('StudyVisitAgendaItemInput')
export class AgendaItemInput {
  @IsoDateField('ISO date, within the visit.')
  day!: string;

  @Field(() => String, { nullable: true, description: 'Local time at the host, HH:mm.' })
  @IsOptional()
  @Matches(TIME, rule('format'))
  time?: string | null;

  @Field()
  @IsString()
  @Length(1, 200, rule('lengthBetween', {}, { min: 1, max: 200 }))
  @Matches(NOT_BLANK, rule('required'))
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, rule('maxLength', {}, { max: 200 }))
  place?: string | null;
}

@InputType('StudyVisitBudgetLineInput')
export class BudgetLineInput {
  @Field()
  @IsString()
  @Length(1, 200, rule('lengthBetween', {}, { min: 1, max: 200 }))
  @Matches(NOT_BLANK, rule('required'))
  label!: string;

  @Field(() => Float, { description: `Euro, at most two decimals, 0..${MAX_BUDGET_AMOUNT}.` })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, rule('format'))
  @Min(0, rule('min', {}, { min: 0 }))
  @Max(MAX_BUDGET_AMOUNT, rule('max', {}, { max: MAX_BUDGET_AMOUNT }))
  amount!: number;
}

@InputType({ description: 'A study visit as its planner writes it.' })
export class StudyVisitInput {
  @Field()
  @IsString()
  @Length(1, 200, rule('lengthBetween', {}, { min: 1, max: 200 }))
  @Matches(NOT_BLANK, rule('required'))
  title!: string;

  @Field({ description: 'ISO alpha-2 of the host country, e.g. FI (any country of the countries table).' })
  @Matches(COUNTRY, rule('countryCode'))
  hostCountry!: string;

  @Field(() => [String], { description: 'Names of the host organisations.' })
  @ArrayMaxSize(10, rule('maxItems', {}, { max: 10 }))
  @IsString({ each: true })
  @Length(1, 200, rule('lengthBetween', { each: true }, { min: 1, max: 200 }))
  @Matches(NOT_BLANK, rule('required', { each: true }))
  hostOrganisations!: string[];

  @IsoDateField('ISO date.')
  startsOn!: string;

  @IsoDateField('ISO date, on or after startsOn.')
  endsOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, rule('maxLength', {}, { max: 5000 }))
  description?: string | null;

  @Field(() => [AgendaItemInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_AGENDA_ITEMS, rule('maxItems', {}, { max: MAX_AGENDA_ITEMS }))
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda!: AgendaItemInput[];

  @Field(() => [BudgetLineInput], { defaultValue: [], description: 'Optional budget lines.' })
  @ArrayMaxSize(MAX_BUDGET_LINES, rule('maxItems', {}, { max: MAX_BUDGET_LINES }))
  @ValidateNested({ each: true })
  @Type(() => BudgetLineInput)
  budget!: BudgetLineInput[];

  @Field(() => String, {
    nullable: true,
    description:
      'The country whose coordinators plan the visit (EE, LV or LT). A coordinator plans for one of their countries (their only one by default); null (ADMIN only): a visit of the whole programme.',
  })
  @IsOptional()
  @Matches(COUNTRY, rule('countryCode'))
  organisedByCountry?: string | null;
}

@ArgsType()
export class CreateStudyVisitArgs {
  @Field(() => StudyVisitInput)
  @ValidateNested()
  @Type(() => StudyVisitInput)
  input!: StudyVisitInput;
}

@ArgsType()
export class UpdateStudyVisitArgs extends StudyVisitArgs {
  @Field(() => StudyVisitInput)
  @ValidateNested()
  @Type(() => StudyVisitInput)
  input!: StudyVisitInput;
}
