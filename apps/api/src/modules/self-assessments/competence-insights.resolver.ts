import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import { CompetenceInsightsService } from './competence-insights.service';
import { CompetenceInsightsArgs } from './dto/self-assessment.input';
import { competenceModels, toRoundModel } from './self-assessment.mapper';
import { CompetenceInsightsModel } from './self-assessment.model';
import { MIN_GROUP_SIZE } from './suppression';

@Resolver(() => CompetenceInsightsModel)
export class CompetenceInsightsResolver {
  constructor(
    private readonly service: CompetenceInsightsService,
    private readonly modules: ModulesService,
  ) {}

  @RequirePermission('competenceInsights.read')
  @Query(() => CompetenceInsightsModel, {
    description:
      'Mean level and change from baseline per competence, by country and side, for the viewer’s scope; small groups suppressed (k = 5, with complementary suppression).',
  })
  async competenceInsights(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CompetenceInsightsArgs,
  ): Promise<CompetenceInsightsModel> {
    const [view, language] = await Promise.all([this.service.insights(viewer, args), this.modules.languageOf(viewer)]);
    return {
      round: toRoundModel(view.round),
      minGroupSize: MIN_GROUP_SIZE,
      countryCodes: view.countryCodes,
      competences: competenceModels(view.profile, language),
      cells: view.cells,
    };
  }
}
