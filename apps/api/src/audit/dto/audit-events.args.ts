import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { AUDIT_OPERATIONS } from '@tandem/shared-domain';
import type { AuditOperation } from '@tandem/shared-domain';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { rule } from '../../common/field-error';

@ArgsType()
export class AuditTrailArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first = 50;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;
}

@ArgsType()
export class PersonAuditTrailArgs extends AuditTrailArgs {
  @Field(() => ID)
  @IsUUID('all', rule('uuid'))
  personId!: string;
}

@ArgsType()
export class AuditEventsArgs extends AuditTrailArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only the events of this operation (an audited use case, e.g. moveCyclePhase).',
  })
  @IsOptional()
  @IsIn(AUDIT_OPERATIONS as unknown as string[], rule('auditOperation'))
  operation?: AuditOperation | null;
}
