import { Field, ID, InputType } from '@nestjs/graphql';
import { CYCLE_PHASE_STATUSES } from '@tandem/shared-domain';
import type { CyclePhaseStatus as Status } from '@tandem/shared-domain';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CyclePhaseStatus } from '../cycle-phase.model';
import { rule } from '../../../common/field-error';

@InputType()
export class MoveCyclePhaseInput {
  @Field(() => ID)
  @IsUUID()
  phaseId!: string;

  @Field(() => CyclePhaseStatus)
  @IsIn(CYCLE_PHASE_STATUSES as unknown as string[])
  status!: Status;

  @Field({
    nullable: true,
    description: 'Required when going back, or when opening a phase before the previous one is done.',
  })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason?: string;
}

@InputType()
export class ScheduleCyclePhaseInput {
  @Field(() => ID)
  @IsUUID()
  phaseId!: string;

  @Field({ description: 'ISO date.' })
  @IsISO8601({ strict: true }, rule('date'))
  startsOn!: string;

  @Field({ description: 'ISO date.' })
  @IsISO8601({ strict: true }, rule('date'))
  endsOn!: string;
}
