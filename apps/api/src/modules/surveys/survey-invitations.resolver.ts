import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { Public, RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import {
  InviteSurveyStakeholdersInput,
  RemindSurveyStakeholdersInput,
  SubmitSurveyByLinkInput,
  SurveyByLinkArgs,
  SurveyInvitationCountsArgs,
} from './dto/survey-invitation.input';
import {
  LinkedSurveyModel,
  StakeholderInvitationReceiptModel,
  SurveyInvitationCountModel,
} from './survey-invitation.model';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponseReceiptModel } from './survey.model';

/** Stakeholders' one-time links: sent by coordinators, used without signing in (throttled per address). */
@Resolver()
export class SurveyInvitationsResolver {
  constructor(private readonly service: SurveyInvitationsService) {}

  @RequirePermission('survey.inviteStakeholders')
  @Mutation(() => StakeholderInvitationReceiptModel, {
    description:
      'E-mails a personal one-time link of a needs analysis to each address, in the language given. Refused as a whole (VALIDATION_FAILED, one error per row) for a malformed, repeated or already invited address.',
  })
  inviteSurveyStakeholders(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InviteSurveyStakeholdersInput,
    @Context() ctx: RequestContext,
  ): Promise<StakeholderInvitationReceiptModel> {
    return this.service.invite(viewer, input, ctx.req.id);
  }

  @RequirePermission('survey.inviteStakeholders')
  @Mutation(() => Int, {
    description: 'E-mails new links to the stakeholders of a country who have not answered; answers how many.',
  })
  remindSurveyStakeholders(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RemindSurveyStakeholdersInput,
    @Context() ctx: RequestContext,
  ): Promise<number> {
    return this.service.remind(viewer, input.surveyId, input.countryCode, ctx.req.id);
  }

  @RequirePermission('survey.inviteStakeholders')
  @Query(() => [SurveyInvitationCountModel], {
    description: 'Stakeholders invited and answered per country and group, in the viewer’s countries.',
  })
  surveyInvitationCounts(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SurveyInvitationCountsArgs,
  ): Promise<SurveyInvitationCountModel[]> {
    return this.service.counts(viewer, args.surveyId);
  }

  @Public()
  @Query(() => LinkedSurveyModel, {
    description:
      'The survey a stakeholder’s link opens, without signing in: only what answering needs. SURVEY_LINK_INVALID for any link that cannot be used.',
  })
  surveyByLink(@Args() args: SurveyByLinkArgs, @Context() ctx: RequestContext): Promise<LinkedSurveyModel> {
    return this.service.byLink(args.token, ctx.req.ip ?? 'unknown', args.language);
  }

  @Public()
  @Mutation(() => SurveyResponseReceiptModel, {
    description:
      'Submits a stakeholder’s response and uses the link up (once; the response keeps nothing of the link).',
  })
  submitSurveyByLink(
    @Args('input') input: SubmitSurveyByLinkInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyResponseReceiptModel> {
    return this.service.submitByLink(input, ctx.req.ip ?? 'unknown');
  }
}
