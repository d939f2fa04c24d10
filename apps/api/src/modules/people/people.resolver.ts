import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { PeopleArgs, PersonArgs } from './dto/people.args';
import { UpdateMyPreferencesInput } from './dto/update-my-preferences.input';
import { PeopleDirectoryService } from './people-directory.service';
import { PeopleService } from './people.service';
import { PersonRecordModel } from './person-record.model';
import { PersonRecordService } from './person-record.service';
import { toPersonModel } from './person.mapper';
import { PersonConnectionModel, PersonModel } from './person.model';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly directory: PeopleDirectoryService,
    private readonly records: PersonRecordService,
  ) {}

  @RequirePermission('person.directory')
  @Query(() => PersonConnectionModel, {
    description:
      'People with their role grants, by family name (cursor pagination): ADMIN everyone, a COORDINATOR the people of their country.',
    complexity: ({ args, childComplexity }) => 1 + ((args['first'] as number | undefined) ?? 20) * childComplexity,
  })
  async people(@CurrentViewer() viewer: Viewer, @Args() args: PeopleArgs): Promise<PersonConnectionModel> {
    const page = await this.directory.list(viewer, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toPersonModel(e.node) })) };
  }

  @RequirePermission('person.directory')
  @Query(() => PersonModel, {
    description: 'A person with their role grants, for those who manage the people of their country.',
  })
  async person(@CurrentViewer() viewer: Viewer, @Args() args: PersonArgs): Promise<PersonModel> {
    return toPersonModel(await this.directory.get(viewer, args.id));
  }

  /**
   * Signed in, not a permission: everyone may open their own record. Others need 'person.record' or
   * 'person.recordOfTrainee' in scope, which the service checks (FORBIDDEN otherwise).
   */
  @SignedIn()
  @Query(() => PersonRecordModel, {
    description:
      "A person's record (tandem, enrolments, attendance, hours, self-assessment status, assignments, certificates, history): the person themself; ADMIN; the COORDINATOR of their country; the MANAGER of their organisation; a TRAINER of a session they hold a seat in.",
  })
  personRecord(@CurrentViewer() viewer: Viewer, @Args() args: PersonArgs): Promise<PersonRecordModel> {
    return this.records.get(viewer, args.id);
  }

  @SignedIn()
  @Query(() => PersonModel, { description: 'The signed-in person with their role grants.' })
  async me(@CurrentViewer() viewer: Viewer): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.getWithGrants(viewer.personId));
  }

  @SignedIn()
  @Mutation(() => PersonModel, { description: 'Saves the UI language and time zone of the signed-in person.' })
  async updateMyPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateMyPreferencesInput,
    @Context() ctx: RequestContext,
  ): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.updateMyPreferences(viewer, input, ctx.req.id));
  }
}
