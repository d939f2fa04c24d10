import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { toTutorModel } from '../people/tutor.mapper';
import {
  DissolveTandemInput,
  FormTandemInput,
  InviteTandemPartnerInput,
  MyPartnerCandidatesArgs,
  MyTandemArgs,
  RespondToTandemInvitationInput,
  TandemArgs,
  TandemsArgs,
  UnpairedTutorsArgs,
} from './dto/tandem.input';
import { toTandemModel } from './tandem.mapper';
import { PartnerCandidateModel, TandemConnectionModel, TandemModel, UnpairedTutorModel } from './tandem.model';
import { TandemFormingService } from './tandem-forming.service';
import { TandemSuggestionsService } from './tandem-suggestions.service';
import { TandemsService } from './tandems.service';

@Resolver(() => TandemModel)
export class TandemsResolver {
  constructor(
    private readonly service: TandemsService,
    private readonly forming: TandemFormingService,
    private readonly suggestions: TandemSuggestionsService,
  ) {}

  @SignedIn()
  @Query(() => TandemModel, {
    nullable: true,
    description: 'The signed-in tutor’s tandem in the edition (FORMING, ACTIVE or COMPLETED), or null.',
  })
  async myTandem(@CurrentViewer() viewer: Viewer, @Args() args: MyTandemArgs): Promise<TandemModel | null> {
    const view = await this.service.mine(viewer, args.editionId);
    return view ? toTandemModel(view) : null;
  }

  @SignedIn()
  @Query(() => TandemModel, {
    description:
      'A tandem, for its partners, the coordinators of its countries, the managers of its organisations (observers and researchers see aggregates only).',
  })
  async tandem(@CurrentViewer() viewer: Viewer, @Args() args: TandemArgs): Promise<TandemModel> {
    return toTandemModel(await this.service.get(viewer, args.id));
  }

  @RequirePermission('tandem.list')
  @Query(() => TandemConnectionModel, {
    description:
      'Tandems of an edition in the viewer’s countries, newest first (cursor pagination). E-mails only where the viewer may read them.',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 20) * childComplexity,
  })
  async tandems(@CurrentViewer() viewer: Viewer, @Args() args: TandemsArgs): Promise<TandemConnectionModel> {
    const page = await this.service.list(viewer, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toTandemModel(e.node) })) };
  }

  @RequirePermission('tandem.findPartner')
  @Query(() => [PartnerCandidateModel], {
    description:
      'For a tutor in no tandem of the edition: the unpaired tutors of the other side in their country whom they may invite, suggested ones first. Empty once they are in a tandem.',
    complexity: ({ childComplexity }) => 1 + 50 * childComplexity,
  })
  async myPartnerCandidates(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MyPartnerCandidatesArgs,
  ): Promise<PartnerCandidateModel[]> {
    return (await this.suggestions.partnerCandidates(viewer, args.editionId)).map((c) => ({
      tutor: toTutorModel(c.tutor),
      reason: c.reason,
    }));
  }

  @RequirePermission('tandem.form')
  @Query(() => [UnpairedTutorModel], {
    description:
      'Tutors of a country in no tandem of the edition, with suggested partners (same cluster, then city, then sector).',
    complexity: ({ childComplexity }) => 1 + 50 * childComplexity,
  })
  async unpairedTutors(
    @CurrentViewer() viewer: Viewer,
    @Args() args: UnpairedTutorsArgs,
  ): Promise<UnpairedTutorModel[]> {
    return (await this.suggestions.unpaired(viewer, args.countryCode, args.editionId)).map((u) => ({
      tutor: toTutorModel(u.tutor),
      suggestions: u.suggestions.map((s) => ({ tutor: toTutorModel(s.tutor), reason: s.reason })),
    }));
  }

  @RequirePermission('tandem.form')
  @Mutation(() => TandemModel, {
    description: 'Pairs a school tutor and a company tutor of the coordinator’s country: ACTIVE at once.',
  })
  async formTandem(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: FormTandemInput,
    @Context() ctx: RequestContext,
  ): Promise<TandemModel> {
    return toTandemModel(await this.service.get(viewer, await this.forming.form(viewer, input, ctx.req.id)));
  }

  @RequirePermission('tandem.findPartner')
  @Mutation(() => TandemModel, {
    description: 'Invites a tutor of the other side: FORMING until they accept or decline.',
  })
  async inviteTandemPartner(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InviteTandemPartnerInput,
    @Context() ctx: RequestContext,
  ): Promise<TandemModel> {
    return toTandemModel(await this.service.get(viewer, await this.forming.invite(viewer, input, ctx.req.id)));
  }

  @RequirePermission('tandem.findPartner')
  @Mutation(() => TandemModel, {
    description: 'The invited partner accepts (ACTIVE) or declines (DISSOLVED, DECLINED).',
  })
  async respondToTandemInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RespondToTandemInvitationInput,
    @Context() ctx: RequestContext,
  ): Promise<TandemModel> {
    await this.forming.respond(viewer, input, ctx.req.id);
    return toTandemModel(await this.service.get(viewer, input.tandemId));
  }

  @RequirePermission('tandem.dissolve')
  @Mutation(() => TandemModel, {
    description:
      'Ends a tandem (either partner or the coordinator) with a reason; the history stays and both may pair again.',
  })
  async dissolveTandem(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DissolveTandemInput,
    @Context() ctx: RequestContext,
  ): Promise<TandemModel> {
    await this.forming.dissolve(viewer, input, ctx.req.id);
    return toTandemModel(await this.service.get(viewer, input.tandemId));
  }
}
