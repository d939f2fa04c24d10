import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { FinalEvaluationArgs } from './dto/final-evaluation.args';
import { FinalEvaluationModel } from './final-evaluation.model';
import { FinalEvaluationService } from './final-evaluation.service';

@Resolver()
export class FinalEvaluationResolver {
  constructor(private readonly service: FinalEvaluationService) {}

  @RequirePermission('finalEvaluation.read')
  @Query(() => FinalEvaluationModel, {
    description:
      'The final evaluation report of the edition (the current one by default) in the viewer’s scope: paired competence change, satisfaction per joint module version, completion against the target, improvement actions, the final survey.',
  })
  finalEvaluation(@CurrentViewer() viewer: Viewer, @Args() args: FinalEvaluationArgs): Promise<FinalEvaluationModel> {
    return this.service.report(viewer, args.editionId, args.language);
  }
}
