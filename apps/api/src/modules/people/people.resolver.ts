import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { UpdateMyPreferencesInput } from './dto/update-my-preferences.input';
import { PeopleService } from './people.service';
import { toPersonModel } from './person.mapper';
import { PersonModel } from './person.model';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @SignedIn()
  @Query(() => PersonModel, { description: 'The signed-in person with their role grants.' })
  async me(@CurrentViewer() viewer: Viewer): Promise<PersonModel> {
    return toPersonModel(await this.people.getWithGrants(viewer.personId));
  }

  @SignedIn()
  @Mutation(() => PersonModel, { description: 'Saves the UI language and time zone of the signed-in person.' })
  async updateMyPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateMyPreferencesInput,
    @Context() ctx: RequestContext,
  ): Promise<PersonModel> {
    return toPersonModel(await this.people.updateMyPreferences(viewer, input, ctx.req.id));
  }
}
