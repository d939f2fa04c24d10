import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { Public, RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { PeopleService } from '../people/people.service';
import { toPersonModel } from '../people/person.mapper';
import { PersonModel } from '../people/person.model';
import {
  AcceptInvitationInput,
  GrantRoleInput,
  InvitePersonInput,
  RequestPasswordResetArgs,
  ResetPasswordInput,
  RevokeRoleArgs,
  TokenArgs,
} from './dto/invitation.inputs';
import { InvitationModel } from './invitation.model';
import { InvitationsService } from './invitations.service';
import { PasswordResetService } from './password-reset.service';
import { RoleGrantsService } from './role-grants.service';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly passwordReset: PasswordResetService,
    private readonly grants: RoleGrantsService,
    private readonly people: PeopleService,
  ) {}

  @RequirePermission('person.invite')
  @Mutation(() => PersonModel, {
    description: 'Invites a person with one role; a COORDINATOR only within their own country and never ADMIN.',
  })
  async invitePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InvitePersonInput,
    @Context() ctx: RequestContext,
  ): Promise<PersonModel> {
    return toPersonModel(await this.people.getWithGrants(await this.invitations.invite(viewer, input, ctx.req.id)));
  }

  @Public()
  @Query(() => InvitationModel, {
    description: 'The invitation behind a link: who invited, the e-mail, whether it expired or was used.',
  })
  invitation(@Args() { token }: TokenArgs): Promise<InvitationModel> {
    return this.invitations.describe(token);
  }

  @Public()
  @Mutation(() => PersonModel, {
    description: 'Sets the password, language and consents, and signs in. The link works once.',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: RequestContext,
  ): Promise<PersonModel> {
    return toPersonModel(await this.people.getWithGrants(await this.invitations.accept(input, ctx.req, ctx.reply)));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a reset link if the account exists. Always true: it does not tell whether it does.',
  })
  async requestPasswordReset(
    @Args() { email }: RequestPasswordResetArgs,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.passwordReset.request(email, ctx.req);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset link and ends every session of the account.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: RequestContext): Promise<boolean> {
    await this.passwordReset.reset(input, ctx.req);
    return true;
  }

  @RequirePermission('role.manage')
  @Mutation(() => PersonModel, {
    description: 'Grants a role in a scope; a COORDINATOR only within their own country and never ADMIN or RESEARCHER.',
  })
  async grantRole(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: GrantRoleInput,
    @Context() ctx: RequestContext,
  ): Promise<PersonModel> {
    return toPersonModel(await this.people.getWithGrants(await this.grants.grant(viewer, input, ctx.req.id)));
  }

  @RequirePermission('role.manage')
  @Mutation(() => PersonModel, { description: 'Revokes a role grant, with the same scope rules as grantRole.' })
  async revokeRole(
    @CurrentViewer() viewer: Viewer,
    @Args() { grantId }: RevokeRoleArgs,
    @Context() ctx: RequestContext,
  ): Promise<PersonModel> {
    return toPersonModel(await this.people.getWithGrants(await this.grants.revoke(viewer, grantId, ctx.req.id)));
  }
}
