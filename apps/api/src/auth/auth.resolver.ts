import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PeopleService } from '../modules/people/people.service';
import { toPersonModel } from '../modules/people/person.mapper';
import { PersonModel } from '../modules/people/person.model';
import { AuthService } from './auth.service';
import { CurrentViewer } from './current-viewer.decorator';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { Public, SignedIn } from './policy.decorator';
import type { RequestContext } from './request-context';
import type { Viewer } from './viewer';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
  ) {}

  @Public()
  @Mutation(() => PersonModel, { description: 'Signs in and sets the session cookie.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: RequestContext): Promise<PersonModel> {
    const personId = await this.auth.login(input, ctx.req, ctx.reply);
    return toPersonModel(await this.people.getWithGrants(personId));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(viewer, ctx.req, ctx.reply);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes the password and ends all other sessions.' })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.auth.changePassword(viewer, input, ctx.req);
    return true;
  }
}
