import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { COMPLETION_STATUSES } from '../../completion/completion-status.entity';
import type { CompletionStatusValue } from '../../completion/completion-status.entity';
import { CompletionStatusEnum } from '../../completion/completion.model';
import { TutorSide } from '../../people/tutor.model';
import { rule } from '../../../common/field-error';

@ArgsType()
export class CompletionPeopleArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Defaults to the current edition.',
  })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, rule('countryCode'))
  countryCode?: string | null;

  @Field(() => TutorSide, { nullable: true })
  @IsOptional()
  @IsIn(['SCHOOL', 'COMPANY'])
  side?: 'SCHOOL' | 'COMPANY' | null;

  @Field(() => CompletionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(COMPLETION_STATUSES)
  status?: CompletionStatusValue | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only tutors whose confirmed bookings would complete them.',
  })
  @IsBoolean()
  onTrackOnly = false;
}
