import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ModulesService } from '../modules/modules.service';
import {
  NationalProgrammeArgs,
  NationalProgrammesArgs,
  NationalProgrammeTransitionArgs,
  ReturnNationalProgrammeArgs,
} from './dto/national-programme.args';
import { SaveNationalProgrammeInput } from './dto/save-national-programme.input';
import { toNationalProgrammeModel } from './national-programme.mapper';
import { NationalProgrammeModel } from './national-programme.model';
import { NationalProgrammeWorkflowService } from './national-programme-workflow.service';
import { NationalProgrammesService } from './national-programmes.service';

@Resolver(() => NationalProgrammeModel)
export class NationalProgrammesResolver {
  constructor(
    private readonly programmes: NationalProgrammesService,
    private readonly workflow: NationalProgrammeWorkflowService,
    private readonly modules: ModulesService,
  ) {}

  private async show(viewer: Viewer, id: string): Promise<NationalProgrammeModel> {
    return toNationalProgrammeModel(await this.programmes.get(viewer, id), await this.modules.languageOf(viewer));
  }

  @SignedIn()
  @Query(() => [NationalProgrammeModel], {
    description:
      'One programme per country of an edition: the newest revision where the viewer reads everything (admins, observers, researchers, the country’s coordinator), the approved one in force elsewhere.',
    complexity: ({ childComplexity }) => 1 + 5 * childComplexity,
  })
  async nationalProgrammes(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NationalProgrammesArgs,
  ): Promise<NationalProgrammeModel[]> {
    const language = await this.modules.languageOf(viewer, args.language);
    return (await this.programmes.list(viewer, args.editionId)).map((v) => toNationalProgrammeModel(v, language));
  }

  @SignedIn()
  @Query(() => NationalProgrammeModel, {
    description: 'A revision with its items, totals and the history of revisions.',
  })
  async nationalProgramme(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NationalProgrammeArgs,
  ): Promise<NationalProgrammeModel> {
    return toNationalProgrammeModel(
      await this.programmes.get(viewer, args.id),
      await this.modules.languageOf(viewer, args.language),
    );
  }

  @RequirePermission('nationalProgramme.edit')
  @Mutation(() => NationalProgrammeModel, {
    description:
      'Saves the ordered modules of a country’s programme (DRAFT or RETURNED → DRAFT); a change to an APPROVED one starts a new revision.',
  })
  async saveNationalProgramme(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveNationalProgrammeInput,
    @Context() ctx: RequestContext,
  ): Promise<NationalProgrammeModel> {
    return this.show(viewer, await this.workflow.save(viewer, input, ctx.req.id));
  }

  @RequirePermission('nationalProgramme.edit')
  @Mutation(() => NationalProgrammeModel, { description: 'DRAFT or RETURNED → SUBMITTED; notifies the admins.' })
  async submitNationalProgramme(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NationalProgrammeTransitionArgs,
    @Context() ctx: RequestContext,
  ): Promise<NationalProgrammeModel> {
    await this.workflow.submit(viewer, args, ctx.req.id);
    return this.show(viewer, args.id);
  }

  @RequirePermission('nationalProgramme.approve')
  @Mutation(() => NationalProgrammeModel, {
    description: 'SUBMITTED → APPROVED (locked); notifies the country’s coordinators.',
  })
  async approveNationalProgramme(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NationalProgrammeTransitionArgs,
    @Context() ctx: RequestContext,
  ): Promise<NationalProgrammeModel> {
    await this.workflow.approve(viewer, args, ctx.req.id);
    return this.show(viewer, args.id);
  }

  @RequirePermission('nationalProgramme.approve')
  @Mutation(() => NationalProgrammeModel, {
    description: 'SUBMITTED → RETURNED with comments; notifies the country’s coordinators.',
  })
  async returnNationalProgramme(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ReturnNationalProgrammeArgs,
    @Context() ctx: RequestContext,
  ): Promise<NationalProgrammeModel> {
    await this.workflow.return(viewer, args, ctx.req.id);
    return this.show(viewer, args.id);
  }
}
