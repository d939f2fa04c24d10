import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import {
  ProposeResourceInput,
  ResourceArgs,
  ResourceIdArgs,
  ResourcesArgs,
  ReviewResourceArgs,
  SuggestedResourcesArgs,
} from './dto/resource.inputs';
import { toResourceModel } from './resource.mapper';
import { ResourceConnectionModel, ResourceModel, SuggestedResourceModel } from './resource.model';
import { ResourcesService } from './resources.service';

@Resolver(() => ResourceModel)
export class ResourcesResolver {
  constructor(
    private readonly toolbox: ResourcesService,
    private readonly modules: ModulesService,
  ) {}

  private async show(viewer: Viewer, id: string, language?: string | null): Promise<ResourceModel> {
    return toResourceModel(await this.toolbox.get(viewer, id), await this.modules.languageOf(viewer, language));
  }

  @SignedIn()
  @Query(() => ResourceConnectionModel, {
    description:
      'The toolbox: published resources (or, with filter.status, the review queue of the viewer’s scope), a page at a time. The search ignores case and diacritics in every language.',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 20) * childComplexity,
  })
  async resources(@CurrentViewer() viewer: Viewer, @Args() args: ResourcesArgs): Promise<ResourceConnectionModel> {
    const language = await this.modules.languageOf(viewer);
    const page = await this.toolbox.list(viewer, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toResourceModel(e.node, language) })) };
  }

  @RequirePermission('resource.suggestions')
  @Query(() => [SuggestedResourceModel], {
    description:
      'Published resources suggested to the viewer. A tutor: those tagged to the competences where their latest submitted self-assessment is lowest (ties: covering more of them), each with its reasons; without one, or for the other roles, the module’s (else the most used) resources with no reason. With moduleId: only resources tagged to the module or to a competence it develops.',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 5) * childComplexity,
  })
  async suggestedResources(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SuggestedResourcesArgs,
  ): Promise<SuggestedResourceModel[]> {
    // A module the viewer cannot see answers NOT_FOUND, as the module page does.
    if (args.moduleId) await this.modules.get(viewer, args.moduleId);
    const language = await this.modules.languageOf(viewer);
    const found = await this.toolbox.suggest(viewer, args, language);
    return found.map((s) => ({ resource: toResourceModel(s.view, language), reasons: s.reasons }));
  }

  @SignedIn()
  @Query(() => ResourceModel, {
    description: 'A resource in the reader’s language (else English), with its versions and the parts of a collection.',
  })
  async resource(@CurrentViewer() viewer: Viewer, @Args() args: ResourceArgs): Promise<ResourceModel> {
    return this.show(viewer, args.id, args.language);
  }

  @RequirePermission('resource.propose')
  @Mutation(() => ResourceModel, { description: 'Proposes a resource; it is PROPOSED until a reviewer decides.' })
  async proposeResource(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ProposeResourceInput,
    @Context() ctx: RequestContext,
  ): Promise<ResourceModel> {
    return this.show(viewer, await this.toolbox.propose(viewer, input, ctx.req.id));
  }

  @RequirePermission('resource.review')
  @Mutation(() => ResourceModel, {
    description:
      'Approve (→ PUBLISHED), ask for changes or reject (both with a reason). A coordinator decides on their country’s resources; Baltic-wide ones: an ADMIN.',
  })
  async reviewResource(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ReviewResourceArgs,
    @Context() ctx: RequestContext,
  ): Promise<ResourceModel> {
    await this.toolbox.review(viewer, args, ctx.req.id);
    return this.show(viewer, args.id);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Counts an opening or download of a published resource; answers the new count.' })
  async recordResourceDownload(@Args() args: ResourceIdArgs): Promise<number> {
    return this.toolbox.countDownload(args.id);
  }
}
