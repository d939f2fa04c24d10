import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../auth/policy.decorator';
import { PageArgs } from '../../common/pagination';
import { MailService } from './mail.service';
import { toOutboxMessageModel } from './outbox-message.mapper';
import { OutboxMessageConnectionModel } from './outbox-message.model';

@Resolver()
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @RequirePermission('outbox.read')
  @Query(() => OutboxMessageConnectionModel, {
    description: 'Outgoing mail, newest first. ADMIN; refused in production.',
  })
  async outboxMessages(@Args() { first, after }: PageArgs): Promise<OutboxMessageConnectionModel> {
    const page = await this.mail.list(first, after);
    const smtp = this.mail.smtpConfigured;
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toOutboxMessageModel(e.node, smtp) })) };
  }
}
