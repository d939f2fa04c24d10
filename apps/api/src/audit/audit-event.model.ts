import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field(() => String, { nullable: true, description: 'Null for system actions (demo loader, jobs).' })
  actorName!: string | null;
  @Field() operation!: string;
  @Field() targetType!: string;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field() summary!: string;
}

@ObjectType('AuditEventPage')
export class AuditEventPageModel {
  @Field(() => [AuditEventModel]) items!: AuditEventModel[];
  @Field(() => Int) total!: number;
}
