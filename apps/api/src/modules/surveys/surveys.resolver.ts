import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import {
  SaveSurveyDraftInput,
  SetSurveyEditingInput,
  SetSurveyModeInput,
  SubmitSurveyResponseInput,
  SurveyArgs,
  SurveyComparisonArgs,
  SurveyIdArgs,
  SurveyIdInput,
  SessionFeedbackLinkArgs,
  SurveyResultsArgs,
  SurveysArgs,
  UpdateSurveyTemplateInput,
} from './dto/survey.input';
import { SurveyRemindersService } from './survey-reminders.service';
import { SurveyResultsService } from './survey-results.service';
import { SurveyTemplatesService } from './survey-templates.service';
import { SurveyComparisonService } from './survey-comparison.service';
import { SurveyTrainerQuestionsService } from './survey-trainer-questions.service';
import {
  AddTrainerQuestionInput,
  RemoveTrainerQuestionInput,
  UpdateTrainerQuestionInput,
} from './dto/trainer-question.input';
import {
  MySurveyModel,
  SurveyComparisonModel,
  SurveyDraftModel,
  SessionFeedbackLinkModel,
  SurveyModel,
  SurveyResponseReceiptModel,
  SurveyResultsModel,
  SurveyTemplateModel,
} from './survey.model';
import { SurveysService } from './surveys.service';

@Resolver()
export class SurveysResolver {
  constructor(
    private readonly service: SurveysService,
    private readonly results: SurveyResultsService,
    private readonly templates: SurveyTemplatesService,
    private readonly reminders: SurveyRemindersService,
    private readonly trainerQuestions: SurveyTrainerQuestionsService,
    private readonly comparison: SurveyComparisonService,
  ) {}

  @RequirePermission('survey.results')
  @Query(() => SurveyComparisonModel, {
    description:
      'The same template question over the sessions (or versions) of a survey’s module, with counts; groups under 5 are too few to show. In the viewer’s scope.',
  })
  surveyQuestionComparison(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SurveyComparisonArgs,
  ): Promise<SurveyComparisonModel> {
    return this.comparison.compare(viewer, args);
  }

  @RequirePermission('survey.manage')
  @Mutation(() => SurveyModel, {
    description:
      'A trainer of the session adds a question of their own to its FEEDBACK survey, until the first response (at most 3: TRAINER_QUESTION_LIMIT).',
  })
  addSurveyTrainerQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddTrainerQuestionInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyModel> {
    return this.trainerQuestions.add(viewer, input, ctx.req.id);
  }

  @RequirePermission('survey.manage')
  @Mutation(() => SurveyModel, { description: 'Changes a trainer’s own question, until the first response.' })
  updateSurveyTrainerQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateTrainerQuestionInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyModel> {
    return this.trainerQuestions.update(viewer, input, ctx.req.id);
  }

  @RequirePermission('survey.manage')
  @Mutation(() => SurveyModel, { description: 'Removes a trainer’s own question, until the first response.' })
  removeSurveyTrainerQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RemoveTrainerQuestionInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyModel> {
    return this.trainerQuestions.remove(viewer, input.questionId, ctx.req.id);
  }

  @RequirePermission('survey.answer')
  @Query(() => [MySurveyModel], { description: 'The surveys the signed-in tutor is asked to answer, newest first.' })
  mySurveys(@CurrentViewer() viewer: Viewer): Promise<MySurveyModel[]> {
    return this.service.mySurveys(viewer);
  }

  @SignedIn()
  @Query(() => SurveyModel, {
    description: 'A survey with its questions: for its respondents, and for those who may read its results.',
  })
  survey(@CurrentViewer() viewer: Viewer, @Args() args: SurveyArgs): Promise<SurveyModel> {
    return this.service.get(viewer, args.id, args.language);
  }

  @RequirePermission('survey.manage')
  @Query(() => SessionFeedbackLinkModel, {
    nullable: true,
    description:
      'The survey a session’s trainer shows as a QR code at its end: null unless the survey is open; FORBIDDEN for anyone but its trainers.',
  })
  sessionFeedbackLink(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SessionFeedbackLinkArgs,
  ): Promise<SessionFeedbackLinkModel | null> {
    return this.service.feedbackLink(viewer, args.sessionId);
  }

  @RequirePermission('survey.results')
  @Query(() => [SurveyModel], { description: 'The surveys whose results the viewer may read.' })
  surveys(@CurrentViewer() viewer: Viewer, @Args() args: SurveysArgs): Promise<SurveyModel[]> {
    return this.service.list(viewer, args.sessionId);
  }

  @RequirePermission('survey.results')
  @Query(() => SurveyResultsModel, {
    description:
      'k-anonymous results (groups under 5, free texts under 10, are too few to show), in the viewer’s scope.',
  })
  surveyResults(@CurrentViewer() viewer: Viewer, @Args() args: SurveyResultsArgs): Promise<SurveyResultsModel> {
    return this.results.results(viewer, args);
  }

  @RequirePermission('survey.answer')
  @Mutation(() => SurveyResponseReceiptModel, {
    description:
      'Submits the response (once). MULTI: one answer per chosen option with the same questionId ("other:<text>" for one’s own).',
  })
  submitSurveyResponse(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SubmitSurveyResponseInput,
  ): Promise<SurveyResponseReceiptModel> {
    return this.service.submit(viewer, input);
  }

  @RequirePermission('survey.answer')
  @Query(() => SurveyDraftModel, {
    description:
      'The signed-in person’s answers so far: the saved draft, or after submitting the response where it may still be changed.',
  })
  mySurveyDraft(@CurrentViewer() viewer: Viewer, @Args() args: SurveyIdArgs): Promise<SurveyDraftModel> {
    return this.service.myDraft(viewer, args.surveyId);
  }

  @RequirePermission('survey.answer')
  @Mutation(() => SurveyDraftModel, {
    description:
      'Saves the answers given so far as the person’s draft (replacing the last one), until they submit; required questions may still be open.',
  })
  saveSurveyDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveSurveyDraftInput,
  ): Promise<SurveyDraftModel> {
    return this.service.saveDraft(viewer, input);
  }

  @RequirePermission('survey.answer')
  @Mutation(() => SurveyResponseReceiptModel, {
    description:
      'Replaces the answers of one’s submitted response, where the survey allows editing until it closes (SURVEY_RESPONSE_FINAL otherwise, always in an ANONYMOUS survey).',
  })
  updateSurveyResponse(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SubmitSurveyResponseInput,
  ): Promise<SurveyResponseReceiptModel> {
    return this.service.updateResponse(viewer, input);
  }

  @RequirePermission('survey.manage')
  @Mutation(() => SurveyModel, {
    description:
      'Lets respondents change a submitted response until the survey closes; refused (VALIDATION_FAILED) for an ANONYMOUS survey.',
  })
  setSurveyEditing(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetSurveyEditingInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyModel> {
    return this.service.setEditing(viewer, input.surveyId, input.allowEditUntilClose, ctx.req.id);
  }

  @RequirePermission('survey.manage')
  @Mutation(() => SurveyModel, { description: 'Sets the mode; refused (CONFLICT) once someone has answered.' })
  setSurveyMode(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetSurveyModeInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyModel> {
    return this.service.setMode(viewer, input.surveyId, input.mode, ctx.req.id);
  }

  @RequirePermission('survey.manage')
  @Mutation(() => SurveyModel)
  openSurvey(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SurveyIdInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyModel> {
    return this.service.setStatus(viewer, input.surveyId, 'OPEN', ctx.req.id);
  }

  @RequirePermission('survey.manage')
  @Mutation(() => SurveyModel)
  closeSurvey(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SurveyIdInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyModel> {
    return this.service.setStatus(viewer, input.surveyId, 'CLOSED', ctx.req.id);
  }

  @RequirePermission('survey.manage')
  @Mutation(() => Int, {
    description:
      'Sends one more reminder of an open survey to everyone asked who has not answered (once per person); answers how many went out.',
  })
  remindSurvey(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SurveyIdInput,
    @Context() ctx: RequestContext,
  ): Promise<number> {
    return this.reminders.remindNow(viewer, input.surveyId, ctx.req.id);
  }

  @RequirePermission('surveyTemplate.manage')
  @Query(() => [SurveyTemplateModel])
  surveyTemplates(@CurrentViewer() viewer: Viewer): Promise<SurveyTemplateModel[]> {
    return this.templates.list(viewer);
  }

  @RequirePermission('surveyTemplate.manage')
  @Mutation(() => SurveyTemplateModel, {
    description: 'Replaces a template’s texts and questions (surveys made later use them).',
  })
  updateSurveyTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateSurveyTemplateInput,
    @Context() ctx: RequestContext,
  ): Promise<SurveyTemplateModel> {
    return this.templates.update(viewer, input.id, input.definition, ctx.req.id);
  }
}
