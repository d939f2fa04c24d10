import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { ModuleVersionHistoryModel } from '../modules/module.model';
import { ImprovementActionModel } from './evidence.model';
import { EvidenceReadsService } from './evidence-reads.service';

/** The module history shows, per version, the improvement actions that made it and the findings behind them. */
@Resolver(() => ModuleVersionHistoryModel)
export class ModuleVersionActionsResolver {
  constructor(private readonly evidence: EvidenceReadsService) {}

  @SignedIn()
  @ResolveField(() => [ImprovementActionModel], {
    description: 'The improvement actions done in this version (with the findings the viewer may read).',
  })
  improvementActions(
    @CurrentViewer() viewer: Viewer,
    @Parent() version: ModuleVersionHistoryModel,
  ): Promise<ImprovementActionModel[]> {
    return this.evidence.actionsOfVersion(viewer, version.id);
  }
}
