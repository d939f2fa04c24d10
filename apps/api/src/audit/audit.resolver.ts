import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../auth/policy.decorator';
import { AuditEventPageModel } from './audit-event.model';
import { AuditQueryService } from './audit-query.service';
import { AuditEventsArgs } from './dto/audit-events.args';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  /** Programme-wide history: only ADMIN. Country-scoped views come with the features that need them. */
  @RequirePermission('audit.read')
  @Query(() => AuditEventPageModel, {
    description: 'Audit events, newest first.',
    complexity: ({ args, childComplexity }) => 1 + (args['first'] ?? 50) * childComplexity,
  })
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventPageModel> {
    return this.audit.page({ operation: args.operation }, args.first, args.offset);
  }
}
