import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
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
