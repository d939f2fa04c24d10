import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import type { Viewer } from '../auth/viewer';
import { AuditEventPageModel } from './audit-event.model';
import { AuditQueryService } from './audit-query.service';
import { AuditEventsArgs, AuditTrailArgs, PersonAuditTrailArgs } from './dto/audit-events.args';

const pageCost = ({ args, childComplexity }: { args: Record<string, number>; childComplexity: number }) =>
  1 + (args['first'] ?? 50) * childComplexity;

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  /** Programme-wide history: only ADMIN. Country-scoped views come with the features that need them. */
  @RequirePermission('audit.read')
  @Query(() => AuditEventPageModel, { description: 'Audit events, newest first.', complexity: pageCost })
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventPageModel> {
    return this.audit.page({ operation: args.operation }, args.first, args.offset);
  }

  @RequirePermission('audit.mine')
  @Query(() => AuditEventPageModel, {
    description:
      'Who read or changed the viewer’s data (reads of their self-assessments and record by others, changes to their account), newest first.',
    complexity: pageCost,
  })
  myAuditTrail(@CurrentViewer() viewer: Viewer, @Args() args: AuditTrailArgs): Promise<AuditEventPageModel> {
    return this.audit.page({ subjectPersonId: viewer.personId }, args.first, args.offset);
  }

  @RequirePermission('audit.read')
  @Query(() => AuditEventPageModel, {
    description: 'Who read or changed one person’s data, newest first (ADMIN).',
    complexity: pageCost,
  })
  personAuditTrail(@Args() args: PersonAuditTrailArgs): Promise<AuditEventPageModel> {
    return this.audit.page({ subjectPersonId: args.personId }, args.first, args.offset);
  }
}
