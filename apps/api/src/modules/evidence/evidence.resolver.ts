import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import {
  AddCitationInput,
  CommentOnFindingInput,
  CreateFindingInput,
  CreateImprovementActionInput,
  CreateInterimAnalysisInput,
  EditionEvidenceArgs,
  EvidenceIdArgs,
  PublishFindingInput,
  RemoveCitationArgs,
  SetImprovementActionStatusInput,
  UpdateFindingInput,
  UpdateImprovementActionInput,
} from './dto/evidence.input';
import { FindingModel, ImprovementActionModel, InterimAnalysisModel, YouSaidWeDidModel } from './evidence.model';
import { EvidenceService } from './evidence.service';
import { EvidenceReadsService } from './evidence-reads.service';
import { ImprovementActionsService } from './improvement-actions.service';

@Resolver()
export class EvidenceResolver {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly reads: EvidenceReadsService,
    private readonly actions: ImprovementActionsService,
  ) {}

  @RequirePermission('evidence.read')
  @Query(() => [InterimAnalysisModel], {
    description: 'The interim analyses of an edition: drafts too for those who read drafts.',
  })
  interimAnalyses(@CurrentViewer() viewer: Viewer, @Args() args: EditionEvidenceArgs): Promise<InterimAnalysisModel[]> {
    return this.reads.analyses(viewer, args.editionId);
  }

  @RequirePermission('evidence.read')
  @Query(() => [FindingModel], {
    description:
      'The findings of an edition the viewer may read: published ones for everyone; drafts for RESEARCHER and ADMIN, and for coordinators and trainers where they concern their country.',
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  findings(@CurrentViewer() viewer: Viewer, @Args() args: EditionEvidenceArgs): Promise<FindingModel[]> {
    return this.reads.findings(viewer, args.editionId);
  }

  @RequirePermission('evidence.read')
  @Query(() => FindingModel)
  finding(@CurrentViewer() viewer: Viewer, @Args() args: EvidenceIdArgs): Promise<FindingModel> {
    return this.reads.finding(viewer, args.id);
  }

  @RequirePermission('evidence.read')
  @Query(() => [ImprovementActionModel], {
    description: 'The improvement actions of an edition that answer findings the viewer may read.',
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  improvementActions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: EditionEvidenceArgs,
  ): Promise<ImprovementActionModel[]> {
    return this.reads.improvementActions(viewer, args.editionId);
  }

  @RequirePermission('evidence.read')
  @Query(() => YouSaidWeDidModel, {
    description: '"You said, we did": the published findings with their evidence and the actions that answer them.',
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  youSaidWeDid(@CurrentViewer() viewer: Viewer, @Args() args: EditionEvidenceArgs): Promise<YouSaidWeDidModel> {
    return this.reads.youSaidWeDid(viewer, args.editionId);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => InterimAnalysisModel, { description: 'Starts the interim analysis of an interim-analysis phase.' })
  async createInterimAnalysis(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateInterimAnalysisInput,
    @Context() ctx: RequestContext,
  ): Promise<InterimAnalysisModel> {
    const id = await this.evidence.createInterimAnalysis(viewer, input, ctx.req.id);
    return (await this.reads.analyses(viewer, input.editionId)).find((a) => a.id === id) as InterimAnalysisModel;
  }

  @RequirePermission('evidence.write')
  @Mutation(() => InterimAnalysisModel, { description: 'DRAFT → PUBLISHED.' })
  publishInterimAnalysis(
    @CurrentViewer() viewer: Viewer,
    @Args() args: EvidenceIdArgs,
    @Context() ctx: RequestContext,
  ): Promise<InterimAnalysisModel> {
    return this.evidence.publishInterimAnalysis(viewer, args.id, ctx.req.id);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => FindingModel, { description: 'A draft finding (evidence is cited next).' })
  async createFinding(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateFindingInput,
    @Context() ctx: RequestContext,
  ): Promise<FindingModel> {
    return this.reads.finding(viewer, await this.evidence.createFinding(viewer, input, ctx.req.id));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => FindingModel, { description: 'Changes a draft finding; a stale lockVersion gets STALE_WRITE.' })
  async updateFinding(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateFindingInput,
    @Context() ctx: RequestContext,
  ): Promise<FindingModel> {
    await this.evidence.updateFinding(viewer, input, ctx.req.id);
    return this.reads.finding(viewer, input.id);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => FindingModel, { description: 'DRAFT → PUBLISHED; needs at least one citation (VALIDATION_FAILED).' })
  async publishFinding(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublishFindingInput,
    @Context() ctx: RequestContext,
  ): Promise<FindingModel> {
    await this.evidence.publishFinding(viewer, input, ctx.req.id);
    return this.reads.finding(viewer, input.id);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => FindingModel, {
    description:
      'Cites evidence in a draft finding: a frozen snapshot of the numbers now, with counts. Groups under 5 (quotes: under 10) are refused (VALIDATION_FAILED).',
  })
  async addCitation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddCitationInput,
    @Context() ctx: RequestContext,
  ): Promise<FindingModel> {
    return this.reads.finding(viewer, await this.evidence.addCitation(viewer, input, ctx.req.id));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => FindingModel, { description: 'Removes a citation from a draft finding.' })
  async removeCitation(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RemoveCitationArgs,
    @Context() ctx: RequestContext,
  ): Promise<FindingModel> {
    return this.reads.finding(viewer, await this.evidence.removeCitation(viewer, args.citationId, ctx.req.id));
  }

  @RequirePermission('evidence.comment')
  @Mutation(() => FindingModel, { description: 'A comment on a draft finding of one’s country.' })
  async commentOnFinding(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CommentOnFindingInput,
    @Context() ctx: RequestContext,
  ): Promise<FindingModel> {
    return this.reads.finding(viewer, await this.evidence.commentOnFinding(viewer, input, ctx.req.id));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => ImprovementActionModel, { description: 'A PROPOSED action answering findings, for one module.' })
  async createImprovementAction(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateImprovementActionInput,
    @Context() ctx: RequestContext,
  ): Promise<ImprovementActionModel> {
    return this.reads.improvementAction(viewer, await this.actions.createImprovementAction(viewer, input, ctx.req.id));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => ImprovementActionModel, { description: 'Changes an action; a stale lockVersion gets STALE_WRITE.' })
  async updateImprovementAction(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateImprovementActionInput,
    @Context() ctx: RequestContext,
  ): Promise<ImprovementActionModel> {
    await this.actions.updateImprovementAction(viewer, input, ctx.req.id);
    return this.reads.improvementAction(viewer, input.id);
  }

  @RequirePermission('evidence.write')
  @Mutation(() => ImprovementActionModel, {
    description:
      'The next status: AGREED; DONE with the module version that carries the change; CHECKED with a note and the same figure before and after.',
  })
  async setImprovementActionStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetImprovementActionStatusInput,
    @Context() ctx: RequestContext,
  ): Promise<ImprovementActionModel> {
    await this.actions.setImprovementActionStatus(viewer, input, ctx.req.id);
    return this.reads.improvementAction(viewer, input.id);
  }
}
