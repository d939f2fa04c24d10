import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { EditionArgs } from '../completion/dto/completion.input';
import { ProgressService } from '../completion/progress.service';
import { CompletionPersonConnectionModel, TargetProgressModel } from './cockpit.model';
import { CockpitService } from './cockpit.service';
import { CompletionPeopleArgs } from './dto/cockpit.args';

@Resolver()
export class CockpitResolver {
  constructor(
    private readonly service: CockpitService,
    private readonly progress: ProgressService,
  ) {}

  @RequirePermission('cockpit.read')
  @Query(() => TargetProgressModel, {
    description: 'Trained against the target for the edition (the current one by default), in the viewer’s scope.',
  })
  async targetProgress(@CurrentViewer() viewer: Viewer, @Args() args: EditionArgs): Promise<TargetProgressModel> {
    return this.service.targetProgress(viewer, await this.progress.editionId(args.editionId));
  }

  @RequirePermission('cockpit.people')
  @Query(() => CompletionPersonConnectionModel, {
    description: 'The tutors behind a cockpit number, within the viewer’s scope.',
  })
  async completionPeople(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CompletionPeopleArgs,
  ): Promise<CompletionPersonConnectionModel> {
    const editionId = await this.progress.editionId(args.editionId);
    return this.service.people(viewer, editionId, args, args.first, args.after);
  }
}
