import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import {
  AskForHostPlacesArgs,
  DecideHostOfferRequestArgs,
  HostOfferRequestArgs,
  HostOffersArgs,
  OfferHostPlacementsArgs,
} from './dto/mobility.inputs';
import { HostOffersService } from './host-offers.service';
import { HostOfferModel, MobilityOrganisationModel } from './mobility.model';

@Resolver(() => HostOfferModel)
export class HostOffersResolver {
  constructor(private readonly offers: HostOffersService) {}

  @RequirePermission('hostOffer.ask')
  @Query(() => [HostOfferModel], {
    description: 'Open host offers (window not over), soonest first, with the requests the viewer may see.',
    complexity: ({ childComplexity }) => 1 + 20 * childComplexity,
  })
  hostOffers(@CurrentViewer() viewer: Viewer, @Args() args: HostOffersArgs): Promise<HostOfferModel[]> {
    return this.offers.list(viewer, args);
  }

  @RequirePermission('hostOffer.ask')
  @Query(() => HostOfferModel)
  hostOffer(@CurrentViewer() viewer: Viewer, @Args() args: HostOfferRequestArgs): Promise<HostOfferModel> {
    return this.offers.get(viewer, args.id);
  }

  @RequirePermission('hostOffer.ask')
  @Query(() => [MobilityOrganisationModel], {
    description: 'The organisations the viewer offers placements for (offering: true) or asks places for.',
  })
  hostOfferOrganisations(
    @CurrentViewer() viewer: Viewer,
    @Args('offering', { type: () => Boolean }) offering: boolean,
  ): Promise<MobilityOrganisationModel[]> {
    return this.offers.organisations(viewer, offering ? 'offer' : 'ask');
  }

  @RequirePermission('hostOffer.manage')
  @Mutation(() => HostOfferModel, { description: 'An organisation offers placements to the network.' })
  async offerHostPlacements(
    @CurrentViewer() viewer: Viewer,
    @Args() args: OfferHostPlacementsArgs,
    @Context() ctx: RequestContext,
  ): Promise<HostOfferModel> {
    return this.offers.get(viewer, await this.offers.offer(viewer, args.input, ctx.req.id));
  }

  @RequirePermission('hostOffer.ask')
  @Mutation(() => HostOfferModel, { description: 'Asks for places of another organisation’s offer.' })
  async askForHostPlaces(
    @CurrentViewer() viewer: Viewer,
    @Args() args: AskForHostPlacesArgs,
    @Context() ctx: RequestContext,
  ): Promise<HostOfferModel> {
    await this.offers.ask(viewer, args.input, ctx.req.id);
    return this.offers.get(viewer, args.input.offerId);
  }

  @RequirePermission('hostOffer.manage')
  @Mutation(() => HostOfferModel, {
    description: 'The offering side accepts (OFFER_FULL when the places are not free) or declines a request.',
  })
  async decideHostOfferRequest(
    @CurrentViewer() viewer: Viewer,
    @Args() args: DecideHostOfferRequestArgs,
    @Context() ctx: RequestContext,
  ): Promise<HostOfferModel> {
    return this.offers.get(viewer, await this.offers.decide(viewer, args.id, args.accept, args.note, ctx.req.id));
  }
}
