import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { EditionArgs } from '../completion/dto/completion.input';
import { MyNextStepModel, WorkQueueItemModel } from './home.model';
import { HomeService } from './home.service';

@Resolver()
export class HomeResolver {
  constructor(private readonly service: HomeService) {}

  @RequirePermission('home.nextSteps')
  @Query(() => [MyNextStepModel], {
    description:
      'The signed-in tutor’s steps in the current edition (tandem, self-assessment rounds, bookings, attendance, assignments), done ones marked.',
  })
  myNextSteps(@CurrentViewer() viewer: Viewer, @Args() args: EditionArgs): Promise<MyNextStepModel[]> {
    return this.service.nextSteps(viewer, args.editionId);
  }

  @RequirePermission('home.workQueue')
  @Query(() => [WorkQueueItemModel], {
    description: 'The work waiting for the viewer, counted in their scope: one item per kind they may act on.',
  })
  myWorkQueue(@CurrentViewer() viewer: Viewer, @Args() args: EditionArgs): Promise<WorkQueueItemModel[]> {
    return this.service.workQueue(viewer, args.editionId);
  }
}
