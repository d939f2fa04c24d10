import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import {
  MobilitiesArgs,
  MobilityArgs,
  MobilityParticipantsArgs,
  RecordMobilityArgs,
  UpdateMobilityArgs,
} from './dto/mobility.inputs';
import {
  MobilityConnectionModel,
  MobilityHistoryEntryModel,
  MobilityModel,
  MobilityOrganisationModel,
  MobilityPersonModel,
} from './mobility.model';
import { MobilitiesService } from './mobilities.service';

@Resolver(() => MobilityModel)
export class MobilitiesResolver {
  constructor(private readonly register: MobilitiesService) {}

  @RequirePermission('mobility.read')
  @Query(() => MobilityConnectionModel, {
    description:
      'The mobility register the viewer reads (a coordinator: from their country’s organisations; a manager: their organisation’s; everyone: their own), newest first.',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 20) * childComplexity,
  })
  mobilities(@CurrentViewer() viewer: Viewer, @Args() args: MobilitiesArgs): Promise<MobilityConnectionModel> {
    return this.register.list(viewer, args.filter, args.first, args.after);
  }

  @RequirePermission('mobility.read')
  @Query(() => MobilityModel, { description: 'One mobility with the versions of its learning agreement.' })
  mobility(@CurrentViewer() viewer: Viewer, @Args() args: MobilityArgs): Promise<MobilityModel> {
    return this.register.get(viewer, args.id);
  }

  @RequirePermission('mobility.read')
  @Query(() => [MobilityHistoryEntryModel], { description: 'What was done to a mobility, newest first.' })
  mobilityHistory(@CurrentViewer() viewer: Viewer, @Args() args: MobilityArgs): Promise<MobilityHistoryEntryModel[]> {
    return this.register.history(viewer, args.id);
  }

  @RequirePermission('mobility.record')
  @Query(() => [MobilityOrganisationModel], { description: 'The organisations the viewer records mobilities for.' })
  mobilityOrganisations(@CurrentViewer() viewer: Viewer): Promise<MobilityOrganisationModel[]> {
    return this.register.recordableOrganisations(viewer);
  }

  @RequirePermission('mobility.record')
  @Query(() => [MobilityPersonModel], { description: 'The tutors of an organisation, who a mobility is recorded for.' })
  mobilityParticipants(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MobilityParticipantsArgs,
  ): Promise<MobilityPersonModel[]> {
    return this.register.participantsOf(viewer, args.organisationId);
  }

  @RequirePermission('mobility.record')
  @Mutation(() => MobilityModel, { description: 'Records a mobility from an organisation of the viewer’s country.' })
  async recordMobility(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RecordMobilityArgs,
    @Context() ctx: RequestContext,
  ): Promise<MobilityModel> {
    const id = await this.register.record(viewer, args.input, ctx.req.id);
    return this.register.get(viewer, id);
  }

  @RequirePermission('mobility.record')
  @Mutation(() => MobilityModel, { description: 'Changes a mobility record (its host-offer request stays).' })
  async updateMobility(
    @CurrentViewer() viewer: Viewer,
    @Args() args: UpdateMobilityArgs,
    @Context() ctx: RequestContext,
  ): Promise<MobilityModel> {
    await this.register.update(viewer, args.id, args.input, ctx.req.id);
    return this.register.get(viewer, args.id);
  }
}
