import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import { ProposalModel } from './proposal.model';
import { ProposalsService } from './proposals.service';

@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly modules: ModulesService,
  ) {}

  @RequirePermission('proposal.mine')
  @Query(() => [ProposalModel], {
    description:
      'The resources and dictionary entries the viewer proposed, newest first, each with its status, the reviewer’s decision, reason and when. Only one’s own.',
    complexity: ({ childComplexity }) => 1 + 50 * childComplexity,
  })
  async myProposals(@CurrentViewer() viewer: Viewer): Promise<ProposalModel[]> {
    return this.proposals.mine(viewer, await this.modules.languageOf(viewer));
  }
}
