import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { toTutorModel } from '../people/tutor.mapper';
import { OrganisationArgs, OrganisationsArgs } from './dto/organisations.args';
import { toOrganisationModel } from './organisation.mapper';
import { OrganisationDetailModel } from './organisation-detail.model';
import { OrganisationConnectionModel, OrganisationModel } from './organisation.model';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly directory: OrganisationsService) {}

  @SignedIn()
  @Query(() => OrganisationConnectionModel, {
    description: 'The network directory by name, a page at a time (cursor pagination).',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 20) * childComplexity,
  })
  async organisations(@Args() args: OrganisationsArgs): Promise<OrganisationConnectionModel> {
    const page = await this.directory.directory(args.filter, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toOrganisationModel(e.node) })) };
  }

  @SignedIn()
  @Query(() => OrganisationDetailModel, { description: 'An organisation with its cluster and tutors.' })
  async organisation(
    @CurrentViewer() viewer: Viewer,
    @Args() args: OrganisationArgs,
  ): Promise<OrganisationDetailModel> {
    const view = await this.directory.detail(viewer, args.id);
    return {
      ...toOrganisationModel(view.organisation),
      cluster: view.cluster.map(toOrganisationModel),
      tutors: view.tutors.map(toTutorModel),
    };
  }
}
