import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../auth/access';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { CompetenceProfileEditorService } from './competence-profile-editor.service';
import { PublishCompetenceProfileInput, SaveCompetenceProfileDraftInput } from './dto/competence-profile-draft.input';
import { ModulesService } from '../modules/modules.service';
import { toCompetenceProfileModel } from './competence-profile.mapper';
import { CompetenceProfileModel, CompetenceProfileSummaryModel } from './competence-profile.model';
import { CompetencesService } from './competences.service';
import { CompetenceProfileArgs } from './dto/competence-profile.args';

@Resolver(() => CompetenceProfileModel)
export class CompetencesResolver {
  constructor(
    private readonly service: CompetencesService,
    private readonly editor: CompetenceProfileEditorService,
    private readonly modules: ModulesService,
  ) {}

  private async model(viewer: Viewer, id: string): Promise<CompetenceProfileModel> {
    const [view, language] = await Promise.all([this.service.view(id), this.modules.languageOf(viewer)]);
    return toCompetenceProfileModel(view, language, view.profile.status === 'DRAFT');
  }

  @RequirePermission('competenceProfile.manage')
  @Mutation(() => CompetenceProfileModel, {
    description: 'ADMIN starts a new version as a copy of the published one (one draft at a time).',
  })
  async createCompetenceProfileDraft(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: RequestContext,
  ): Promise<CompetenceProfileModel> {
    return this.model(viewer, await this.editor.createDraft(viewer, ctx.req.id));
  }

  @RequirePermission('competenceProfile.manage')
  @Mutation(() => CompetenceProfileModel, {
    description: 'ADMIN saves the whole draft (also the JSON import); published versions are read-only.',
  })
  async saveCompetenceProfileDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveCompetenceProfileDraftInput,
    @Context() ctx: RequestContext,
  ): Promise<CompetenceProfileModel> {
    return this.model(viewer, await this.editor.saveDraft(viewer, input, ctx.req.id));
  }

  @RequirePermission('competenceProfile.manage')
  @Mutation(() => CompetenceProfileModel, {
    description: 'ADMIN publishes the draft; the previously published version is retired.',
  })
  async publishCompetenceProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublishCompetenceProfileInput,
    @Context() ctx: RequestContext,
  ): Promise<CompetenceProfileModel> {
    return this.model(viewer, await this.editor.publish(viewer, input.profileId, ctx.req.id));
  }

  @SignedIn()
  @Query(() => CompetenceProfileModel, {
    description:
      'The joint competence profile: the published version (the one the current edition’s rounds use), or a given version.',
  })
  async competenceProfile(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CompetenceProfileArgs,
  ): Promise<CompetenceProfileModel> {
    const [view, language] = await Promise.all([
      this.service.get(viewer, args.version),
      this.modules.languageOf(viewer),
    ]);
    return toCompetenceProfileModel(view, language, view.profile.status === 'DRAFT' && Access.isAdmin(viewer));
  }

  @RequirePermission('competenceProfile.manage')
  @Query(() => [CompetenceProfileSummaryModel], { description: 'Every version of the profile, newest first (ADMIN).' })
  async competenceProfiles(): Promise<CompetenceProfileSummaryModel[]> {
    return (await this.service.summaries()).map(({ profile, competenceCount }) => ({
      id: profile.id,
      version: profile.version,
      status: profile.status,
      publishedAt: profile.publishedAt,
      competenceCount,
    }));
  }
}
