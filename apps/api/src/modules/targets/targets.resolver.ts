import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../auth/access';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { EditionArgs } from '../completion/dto/completion.input';
import { ProgressService } from '../completion/progress.service';
import { SetTargetInput } from './dto/target.input';
import { toTargetModel } from './target.mapper';
import { TargetModel } from './target.model';
import { TargetsService } from './targets.service';

@Resolver()
export class TargetsResolver {
  constructor(
    private readonly service: TargetsService,
    private readonly progress: ProgressService,
  ) {}

  @RequirePermission('cockpit.read')
  @Query(() => TargetModel, {
    description: 'The edition’s target and its splits (programme figures, no personal data).',
  })
  async target(@CurrentViewer() viewer: Viewer, @Args() args: EditionArgs): Promise<TargetModel> {
    const view = await this.service.get(await this.progress.editionId(args.editionId));
    return toTargetModel(view, Access.isAdmin(viewer));
  }

  @RequirePermission('target.set')
  @Mutation(() => TargetModel, {
    description: 'Sets the total and replaces the splits by country and by side.',
  })
  async setTarget(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetTargetInput,
    @Context() ctx: RequestContext,
  ): Promise<TargetModel> {
    return toTargetModel(await this.service.set(viewer, input, ctx.req.id), true);
  }
}
