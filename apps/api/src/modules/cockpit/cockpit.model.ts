import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { CompletionStatusEnum } from '../completion/completion.model';
import type { CompletionStatusValue } from '../completion/completion-status.entity';
import { TutorSide } from '../people/tutor.model';

@ObjectType('TargetCell', {
  description: 'One country × side of the cockpit matrix.',
})
export class TargetCellModel {
  @Field() country!: string;
  @Field(() => TutorSide) side!: 'SCHOOL' | 'COMPANY';
  @Field(() => Int, {
    nullable: true,
    description: 'country split × side split ÷ total; null without both splits.',
  })
  target!: number | null;
  @Field(() => Int, {
    description: 'Not withdrawn (every status but WITHDRAWN).',
  })
  registered!: number;
  @Field(() => Int, { description: 'Status IN_TANDEM now.' }) inTandem!: number;
  @Field(() => Int, { description: 'Status IN_TRAINING now.' })
  inTraining!: number;
  @Field(() => Int) trained!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int, {
    description: 'Not trained yet, but confirmed bookings cover what they miss.',
  })
  onTrack!: number;
  @Field(() => Int) forecastTrained!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'target − trained (not below 0).',
  })
  gap!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'target − forecast (not below 0).',
  })
  shortfall!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Seats of future sessions still to schedule to close the shortfall.',
  })
  seatsToSchedule!: number | null;
}

@ObjectType('CompletionFunnel', {
  description: 'How far tutors got: each stage counts everyone who reached it.',
})
export class FunnelModel {
  @Field(() => Int) registered!: number;
  @Field(() => Int) inTandem!: number;
  @Field(() => Int) inTraining!: number;
  @Field(() => Int) trained!: number;
}

@ObjectType('BurnUpPoint')
export class BurnUpPointModel {
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) date!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Trained on or before this day; null for days still to come.',
  })
  trained!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Only today and the last day: the forecast line.',
  })
  forecast!: number | null;
  @Field(() => Int, { nullable: true }) target!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The straight line from 0 at the start to the target at the end.',
  })
  plan!: number | null;
}

@ObjectType('TargetProgress', {
  description: 'The cockpit: trained against the target, in the viewer’s scope. Numbers only.',
})
export class TargetProgressModel {
  @Field(() => ID) editionId!: string;
  @Field() editionName!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field({
    description: 'ALL, COUNTRY or ORGANISATION: what the numbers cover for this viewer.',
  })
  scope!: string;
  @Field(() => [String], {
    description: 'The countries in scope (empty for ALL).',
  })
  scopeCountries!: string[];
  @Field(() => Int, {
    nullable: true,
    description: 'The total, or the viewer’s countries’ splits; null for an organisation.',
  })
  target!: number | null;
  @Field(() => Int) trained!: number;
  @Field(() => Int) inTraining!: number;
  @Field(() => Int) inTandem!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int) onTrack!: number;
  @Field(() => Int) forecastTrained!: number;
  @Field(() => Float, {
    description: 'PRESENT ÷ all marked attendance so far (1 when nothing is marked).',
  })
  attendanceRate!: number;
  @Field(() => FunnelModel) funnel!: FunnelModel;
  @Field(() => [TargetCellModel]) byCountry!: TargetCellModel[];
  @Field(() => [BurnUpPointModel]) burnUp!: BurnUpPointModel[];
  @Field(() => Int) ruleRevision!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'When the statuses were last recomputed for everyone.',
  })
  refreshedAt!: Date | null;
  @Field({
    description: 'Whether the viewer may open the people behind the numbers.',
  })
  canSeePeople!: boolean;
}

@ObjectType('CompletionPerson', {
  description: 'A tutor behind a cockpit number.',
})
export class CompletionPersonModel {
  @Field(() => ID) personId!: string;
  @Field() name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Only for readers of contact details.',
  })
  email!: string | null;
  @Field() countryCode!: string;
  @Field(() => TutorSide) side!: 'SCHOOL' | 'COMPANY';
  @Field() organisationName!: string;
  @Field(() => CompletionStatusEnum) status!: CompletionStatusValue;
  @Field(() => Float) nationalHours!: number;
  @Field(() => [Int]) jointAttended!: number[];
  @Field() selfAssessmentDone!: boolean;
  @Field(() => Int) assignmentsAccepted!: number;
  @Field(() => Int) assignmentsRequired!: number;
  @Field(() => Date, { nullable: true }) trainedAt!: Date | null;
  @Field() onTrack!: boolean;
  @Field({
    description: 'Whether the viewer may record a withdrawal or take it back (ADMIN, the tutor’s COORDINATOR).',
  })
  canWithdraw!: boolean;
}

@ObjectType('CompletionPersonEdge')
export class CompletionPersonEdgeModel {
  @Field() cursor!: string;
  @Field(() => CompletionPersonModel) node!: CompletionPersonModel;
}

@ObjectType('CompletionPersonConnection')
export class CompletionPersonConnectionModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [CompletionPersonEdgeModel]) edges!: CompletionPersonEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}
