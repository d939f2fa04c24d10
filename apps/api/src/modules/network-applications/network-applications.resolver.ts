import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { Public, RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import {
  ApplyToJoinNetworkInput,
  NetworkApplicationArgs,
  NetworkApplicationsArgs,
  RejectNetworkApplicationArgs,
} from './dto/network-application.inputs';
import { toNetworkApplicationModel } from './network-application.mapper';
import { NetworkApplicationConnectionModel, NetworkApplicationModel } from './network-application.model';
import { NetworkApplicationsService } from './network-applications.service';

@Resolver(() => NetworkApplicationModel)
export class NetworkApplicationsResolver {
  constructor(private readonly applications: NetworkApplicationsService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'The public "Join the network" form. Always true (it does not tell whether the organisation or e-mail is known); throttled per e-mail and address.',
  })
  async applyToJoinNetwork(
    @Args('input') input: ApplyToJoinNetworkInput,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.applications.apply(input, ctx.req);
    return true;
  }

  @RequirePermission('networkApplication.decide')
  @Query(() => NetworkApplicationConnectionModel, {
    description: 'Applications of the viewer’s countries (ADMIN: all), oldest first, a page at a time.',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 20) * childComplexity,
  })
  async networkApplications(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NetworkApplicationsArgs,
  ): Promise<NetworkApplicationConnectionModel> {
    const page = await this.applications.list(viewer, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toNetworkApplicationModel(e.node) })) };
  }

  @RequirePermission('networkApplication.decide')
  @Query(() => NetworkApplicationModel, { description: 'One application; another country’s is NOT_FOUND.' })
  async networkApplication(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NetworkApplicationArgs,
  ): Promise<NetworkApplicationModel> {
    return toNetworkApplicationModel(await this.applications.get(viewer, args.id));
  }

  @RequirePermission('networkApplication.decide')
  @Mutation(() => NetworkApplicationModel, {
    description:
      'PENDING → APPROVED: creates the organisation and makes the contact its MANAGER (an invitation, or a grant when they have an account).',
  })
  async approveNetworkApplication(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NetworkApplicationArgs,
    @Context() ctx: RequestContext,
  ): Promise<NetworkApplicationModel> {
    return toNetworkApplicationModel((await this.applications.approve(viewer, args.id, ctx.req.id)).application);
  }

  @RequirePermission('networkApplication.decide')
  @Mutation(() => NetworkApplicationModel, {
    description: 'PENDING → REJECTED with a reason, mailed to the contact in their language.',
  })
  async rejectNetworkApplication(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RejectNetworkApplicationArgs,
    @Context() ctx: RequestContext,
  ): Promise<NetworkApplicationModel> {
    return toNetworkApplicationModel(await this.applications.reject(viewer, args.id, args.reason, ctx.req.id));
  }
}
