import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { AddModuleMaterialLinkInput, RemoveModuleMaterialInput } from './dto/material.input';
import { MaterialsService } from './materials.service';
import { toModuleModel } from './module.mapper';
import { ModuleModel } from './module.model';
import { ModulesService } from './modules.service';

/** Links and removals go through GraphQL; file uploads through POST /api/modules/:id/materials. */
@Resolver(() => ModuleModel)
export class MaterialsResolver {
  constructor(
    private readonly materials: MaterialsService,
    private readonly modules: ModulesService,
  ) {}

  private async draftOf(viewer: Viewer, moduleId: string): Promise<ModuleModel> {
    return toModuleModel(await this.modules.get(viewer, moduleId, true), await this.modules.languageOf(viewer));
  }

  @RequirePermission('module.edit')
  @Mutation(() => ModuleModel, {
    description: 'Adds a link to the draft (starting draft n+1 from the published version if needed).',
  })
  async addModuleMaterialLink(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddModuleMaterialLinkInput,
    @Context() ctx: RequestContext,
  ): Promise<ModuleModel> {
    await this.materials.addLink(viewer, input, ctx.req.id);
    return this.draftOf(viewer, input.moduleId);
  }

  @RequirePermission('module.edit')
  @Mutation(() => ModuleModel, {
    description: 'Removes a link or file from the draft; published versions keep theirs.',
  })
  async removeModuleMaterial(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RemoveModuleMaterialInput,
    @Context() ctx: RequestContext,
  ): Promise<ModuleModel> {
    await this.materials.remove(viewer, input, ctx.req.id);
    return this.draftOf(viewer, input.moduleId);
  }
}
