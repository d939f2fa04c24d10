import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { SetFindingTranslationInput } from './dto/evidence.input';
import { FindingModel } from './evidence.model';
import { EvidenceReadsService } from './evidence-reads.service';
import { FindingTranslationsService } from './finding-translations.service';

@Resolver()
export class FindingTranslationsResolver {
  constructor(
    private readonly translations: FindingTranslationsService,
    private readonly reads: EvidenceReadsService,
  ) {}

  @RequirePermission('evidence.write')
  @Mutation(() => FindingModel, {
    description:
      "Writes a finding's statement in another language (an empty statement removes it); the original stays as written.",
  })
  async setFindingTranslation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetFindingTranslationInput,
    @Context() ctx: RequestContext,
  ): Promise<FindingModel> {
    return this.reads.finding(viewer, await this.translations.setFindingTranslation(viewer, input, ctx.req.id));
  }
}
