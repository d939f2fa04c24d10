import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import {
  ConfirmSubmissionInput,
  MyAssignmentsArgs,
  RemoveSubmissionAttachmentInput,
  ReviewSubmissionInput,
  SaveSubmissionInput,
  SubmissionArgs,
  SubmissionsToReviewArgs,
} from './dto/assignment.input';
import { toMyAssignmentModel, toSubmissionModel } from './assignment.mapper';
import { AssignmentSubmissionConnectionModel, AssignmentSubmissionModel, MyAssignmentModel } from './assignment.model';
import { AssignmentsService } from './assignments.service';
import { SubmissionEditingService } from './submission-editing.service';
import { SubmissionFilesService } from './submission-files.service';
import { SubmissionReviewService } from './submission-review.service';
import { SubmissionsService } from './submissions.service';

@Resolver(() => AssignmentSubmissionModel)
export class SubmissionsResolver {
  constructor(
    private readonly service: SubmissionsService,
    private readonly editing: SubmissionEditingService,
    private readonly review: SubmissionReviewService,
    private readonly files: SubmissionFilesService,
    private readonly assignments: AssignmentsService,
    private readonly modules: ModulesService,
  ) {}

  private async model(viewer: Viewer, id: string): Promise<AssignmentSubmissionModel> {
    const view = await this.service.get(viewer, id);
    return toSubmissionModel(view, await this.modules.languageOf(viewer), (a) => this.assignments.canEdit(viewer, a));
  }

  @RequirePermission('assignment.work')
  @Query(() => [MyAssignmentModel], {
    description: 'The assignments for the signed-in tutor’s tandem, with the tandem’s submission state.',
  })
  async myAssignments(@CurrentViewer() viewer: Viewer, @Args() args: MyAssignmentsArgs): Promise<MyAssignmentModel[]> {
    const [views, language] = await Promise.all([
      this.service.mine(viewer, args.editionId),
      this.modules.languageOf(viewer),
    ]);
    return views.map((v) => toMyAssignmentModel(v, language, (a) => this.assignments.canEdit(viewer, a)));
  }

  @RequirePermission('submission.read')
  @Query(() => AssignmentSubmissionModel, {
    description: 'A submission, for its tandem, the trainers and coordinators of its country, and ADMIN.',
  })
  submission(@CurrentViewer() viewer: Viewer, @Args() args: SubmissionArgs): Promise<AssignmentSubmissionModel> {
    return this.model(viewer, args.id);
  }

  @RequirePermission('submission.list')
  @Query(() => AssignmentSubmissionConnectionModel, {
    description:
      'Submissions of the viewer’s countries in a status (default SUBMITTED), longest waiting first. Coordinators read only.',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 20) * childComplexity,
  })
  async submissionsToReview(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SubmissionsToReviewArgs,
  ): Promise<AssignmentSubmissionConnectionModel> {
    const [page, language] = await Promise.all([this.service.list(viewer, args), this.modules.languageOf(viewer)]);
    const canEdit = (a: Parameters<AssignmentsService['canEdit']>[1]) => this.assignments.canEdit(viewer, a);
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: toSubmissionModel(e.node, language, canEdit),
      })),
    };
  }

  @RequirePermission('assignment.work')
  @Mutation(() => AssignmentSubmissionModel, {
    description:
      'Saves the tandem’s shared text (the first save creates the draft). A stale lockVersion is STALE_WRITE.',
  })
  async saveSubmission(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveSubmissionInput,
    @Context() ctx: RequestContext,
  ): Promise<AssignmentSubmissionModel> {
    return this.model(viewer, await this.editing.save(viewer, input, ctx.req.id));
  }

  @RequirePermission('assignment.work')
  @Mutation(() => AssignmentSubmissionModel, {
    description: 'A partner confirms the current content; when both have, it is SUBMITTED.',
  })
  async confirmSubmission(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ConfirmSubmissionInput,
    @Context() ctx: RequestContext,
  ): Promise<AssignmentSubmissionModel> {
    await this.editing.confirm(viewer, input, ctx.req.id);
    return this.model(viewer, input.submissionId);
  }

  @RequirePermission('assignment.work')
  @Mutation(() => AssignmentSubmissionModel, {
    description: 'Removes an attached file (files are added with POST /api/submissions/:id/attachments).',
  })
  async removeSubmissionAttachment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RemoveSubmissionAttachmentInput,
    @Context() ctx: RequestContext,
  ): Promise<AssignmentSubmissionModel> {
    await this.files.remove(viewer, input, ctx.req.id);
    return this.model(viewer, input.submissionId);
  }

  @RequirePermission('submission.review')
  @Mutation(() => AssignmentSubmissionModel, {
    description:
      'A trainer of the tandem’s country accepts a submitted submission or returns it for revision (with a comment).',
  })
  async reviewSubmission(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReviewSubmissionInput,
    @Context() ctx: RequestContext,
  ): Promise<AssignmentSubmissionModel> {
    await this.review.review(viewer, input, ctx.req.id);
    return this.model(viewer, input.submissionId);
  }
}
