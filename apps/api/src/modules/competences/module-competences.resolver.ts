import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import { toCompetenceModel } from './competence-profile.mapper';
import { ModuleCompetencesModel } from './competence-profile.model';
import { ModuleCompetencesArgs, SetModuleCompetencesInput } from './dto/module-competences.input';
import { ModuleCompetencesService, type ModuleCompetencesView } from './module-competences.service';

function toModel(view: ModuleCompetencesView, language: string): ModuleCompetencesModel {
  const linked = new Set(view.codes);
  const profile = view.profile;
  return {
    moduleId: view.moduleId,
    canEdit: view.canEdit,
    competences: profile
      ? profile.areas.flatMap((a) =>
          a.competences
            .filter((c) => linked.has(c.code))
            .map((c) => toCompetenceModel(c, a.area.code, language, profile.profile.scaleLevels)),
        )
      : [],
  };
}

@Resolver(() => ModuleCompetencesModel)
export class ModuleCompetencesResolver {
  constructor(
    private readonly service: ModuleCompetencesService,
    private readonly modules: ModulesService,
  ) {}

  @SignedIn()
  @Query(() => ModuleCompetencesModel, {
    description: 'The competences a module develops (NOT_FOUND for a module the viewer may not read).',
  })
  async moduleCompetences(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ModuleCompetencesArgs,
  ): Promise<ModuleCompetencesModel> {
    const [view, language] = await Promise.all([
      this.service.get(viewer, args.moduleId),
      this.modules.languageOf(viewer),
    ]);
    return toModel(view, language);
  }

  @RequirePermission('module.edit')
  @Mutation(() => ModuleCompetencesModel, { description: 'The module’s editors set the competences it develops.' })
  async setModuleCompetences(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetModuleCompetencesInput,
    @Context() ctx: RequestContext,
  ): Promise<ModuleCompetencesModel> {
    await this.service.set(viewer, input, ctx.req.id);
    const [view, language] = await Promise.all([
      this.service.get(viewer, input.moduleId),
      this.modules.languageOf(viewer),
    ]);
    return toModel(view, language);
  }
}
