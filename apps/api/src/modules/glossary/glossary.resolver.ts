import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import {
  GlossaryMatchesArgs,
  GlossaryTermArgs,
  GlossaryTermsArgs,
  ReviewGlossaryEntryArgs,
  SaveGlossaryTermInput,
} from './dto/glossary.inputs';
import { toGlossaryTermModel } from './glossary.mapper';
import { GlossaryMatchModel, GlossaryTermModel } from './glossary.model';
import { GlossaryService } from './glossary.service';

@Resolver(() => GlossaryTermModel)
export class GlossaryResolver {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly modules: ModulesService,
  ) {}

  private async show(viewer: Viewer, id: string): Promise<GlossaryTermModel> {
    return toGlossaryTermModel(await this.glossary.get(id), await this.modules.languageOf(viewer));
  }

  @SignedIn()
  @Query(() => [GlossaryTermModel], {
    description:
      'The vocational dictionary: terms matching `search` in any of the five languages (case, diacritics and small typos ignored), best first.',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 50) * childComplexity,
  })
  async glossaryTerms(@CurrentViewer() viewer: Viewer, @Args() args: GlossaryTermsArgs): Promise<GlossaryTermModel[]> {
    const language = await this.modules.languageOf(viewer);
    return (await this.glossary.list(args)).map((v) => toGlossaryTermModel(v, language));
  }

  @SignedIn()
  @Query(() => GlossaryTermModel, { description: 'A term with all its languages side by side.' })
  async glossaryTerm(@CurrentViewer() viewer: Viewer, @Args() args: GlossaryTermArgs): Promise<GlossaryTermModel> {
    return this.show(viewer, args.id);
  }

  @SignedIn()
  @Query(() => [GlossaryMatchModel], {
    description:
      'The dictionary terms standing in `texts` (whole words of the entry in `language`, case and diacritics ignored), ' +
      'for showing their translations in module and toolbox texts. Batch all texts of a page in one call.',
  })
  async glossaryMatches(
    @CurrentViewer() viewer: Viewer,
    @Args() args: GlossaryMatchesArgs,
  ): Promise<GlossaryMatchModel[]> {
    const language = await this.modules.languageOf(viewer);
    return (await this.glossary.matches(args)).map((m) => ({
      phrase: m.phrase,
      termId: m.view.term.id,
      term: toGlossaryTermModel(m.view, language),
    }));
  }

  @RequirePermission('glossary.edit')
  @Mutation(() => GlossaryTermModel, { description: 'Creates or changes a term; the entries given become REVIEWED.' })
  async saveGlossaryTerm(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveGlossaryTermInput,
    @Context() ctx: RequestContext,
  ): Promise<GlossaryTermModel> {
    return this.show(viewer, await this.glossary.save(viewer, input, ctx.req.id));
  }

  @RequirePermission('glossary.propose')
  @Mutation(() => GlossaryTermModel, {
    description:
      'Proposes a new term, or (with `id`) the languages a term lacks; the entries are PROPOSED until an editor reviews them.',
  })
  async proposeGlossaryTerm(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveGlossaryTermInput,
    @Context() ctx: RequestContext,
  ): Promise<GlossaryTermModel> {
    return this.show(viewer, await this.glossary.propose(viewer, input, ctx.req.id));
  }

  @RequirePermission('glossary.edit')
  @Mutation(() => GlossaryTermModel, { description: 'PROPOSED → REVIEWED for one language of a term.' })
  async reviewGlossaryEntry(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ReviewGlossaryEntryArgs,
    @Context() ctx: RequestContext,
  ): Promise<GlossaryTermModel> {
    await this.glossary.review(viewer, args.id, args.language, ctx.req.id);
    return this.show(viewer, args.id);
  }
}
