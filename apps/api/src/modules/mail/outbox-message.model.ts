import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { OUTBOX_STATUSES, type OutboxStatus as Status } from './outbox-message.entity';

export const OutboxStatus = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, s])) as { [K in Status]: K };
registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

@ObjectType('OutboxMessage', { description: 'An e-mail as rendered for its recipient, and whether it went out.' })
export class OutboxMessageModel {
  @Field(() => ID) id!: string;
  @Field() recipientEmail!: string;
  @Field() language!: string;
  @Field({ description: 'Template kind, e.g. INVITATION, PASSWORD_RESET.' }) kind!: string;
  @Field() subject!: string;
  @Field() textBody!: string;
  @Field(() => OutboxStatus) status!: Status;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why a QUEUED message is not moving, e.g. "not sent: no SMTP configured".',
  })
  deliveryNote!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
}

@ObjectType('OutboxMessageEdge')
export class OutboxMessageEdgeModel {
  @Field() cursor!: string;
  @Field(() => OutboxMessageModel) node!: OutboxMessageModel;
}

@ObjectType('OutboxMessageConnection')
export class OutboxMessageConnectionModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [OutboxMessageEdgeModel]) edges!: OutboxMessageEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}
