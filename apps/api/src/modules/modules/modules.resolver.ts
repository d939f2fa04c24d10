import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { CreateModuleInput, PublishModuleInput, SaveModuleDraftInput } from './dto/module.input';
import { toModuleModel } from './module.mapper';
import { ModuleFilter } from './dto/module-filter.input';
import { ModuleModel, ModuleVersionHistoryModel } from './module.model';
import { ModuleEditingService } from './module-editing.service';
import { ModulesService } from './modules.service';

@Resolver(() => ModuleModel)
export class ModulesResolver {
  constructor(
    private readonly moduleService: ModulesService,
    private readonly editing: ModuleEditingService,
  ) {}

  @SignedIn()
  @Query(() => [ModuleModel], {
    description: 'The module catalogue of an edition, in the viewer language. Drafts are listed only to their editors.',
    complexity: ({ childComplexity }) => 1 + 50 * childComplexity,
  })
  async modules(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => ModuleFilter, nullable: true }) filter?: ModuleFilter,
    @Args('language', { type: () => String, nullable: true, description: 'Default: the viewer preferred language.' })
    language?: string,
  ): Promise<ModuleModel[]> {
    const lang = await this.moduleService.languageOf(viewer, language);
    return (await this.moduleService.list(viewer, filter ?? {})).map((v) => toModuleModel(v, lang));
  }

  @SignedIn()
  @Query(() => ModuleModel)
  async module(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('language', { type: () => String, nullable: true }) language?: string,
    @Args('draft', { type: () => Boolean, defaultValue: false, description: 'Editors: show the draft in progress.' })
    draft?: boolean,
  ): Promise<ModuleModel> {
    const lang = await this.moduleService.languageOf(viewer, language);
    return toModuleModel(await this.moduleService.get(viewer, id, draft), lang);
  }

  @SignedIn()
  @Query(() => [ModuleVersionHistoryModel], {
    description: 'Versions of a module, newest first, each with what it changed.',
  })
  async moduleHistory(
    @CurrentViewer() viewer: Viewer,
    @Args('moduleId', { type: () => ID }, ParseIdPipe) moduleId: string,
  ): Promise<ModuleVersionHistoryModel[]> {
    return (await this.moduleService.history(viewer, moduleId)).map(({ version: v, changes }) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      publishedAt: v.publishedAt,
      changeReason: v.changeReason,
      changes,
    }));
  }

  @RequirePermission('module.edit')
  @Mutation(() => ModuleModel, { description: 'Creates a module as draft version 1.' })
  async createModule(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateModuleInput,
    @Context() ctx: RequestContext,
  ): Promise<ModuleModel> {
    const id = await this.editing.create(viewer, input, ctx.req.id);
    return toModuleModel(await this.moduleService.get(viewer, id, true), await this.moduleService.languageOf(viewer));
  }

  @RequirePermission('module.edit')
  @Mutation(() => ModuleModel, { description: 'Saves the draft, or starts draft n+1 from the published version.' })
  async saveModuleDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveModuleDraftInput,
    @Context() ctx: RequestContext,
  ): Promise<ModuleModel> {
    await this.editing.saveDraft(viewer, input, ctx.req.id);
    return toModuleModel(
      await this.moduleService.get(viewer, input.moduleId, true),
      await this.moduleService.languageOf(viewer),
    );
  }

  @RequirePermission('module.edit')
  @Mutation(() => ModuleModel, {
    description: 'Publishes the draft; it replaces the published version, which stays in the history.',
  })
  async publishModule(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublishModuleInput,
    @Context() ctx: RequestContext,
  ): Promise<ModuleModel> {
    await this.editing.publish(viewer, input, ctx.req.id);
    return toModuleModel(
      await this.moduleService.get(viewer, input.moduleId),
      await this.moduleService.languageOf(viewer),
    );
  }
}
