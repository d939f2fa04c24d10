import { Module } from '@nestjs/common';
import { ResearchPseudonyms } from '../privacy/research-pseudonyms';
import { ProgrammesModule } from '../programmes/programmes.module';
import { SurveyResearchRepository } from './survey-research.repository';
import { SurveyResearchService } from './survey-research.service';
import { AuthModule } from '../../auth/auth.module';
import { SessionSurveys } from './session-surveys.service';
import { SurveyExportsController } from './survey-exports.controller';
import { SurveyInvitationsRepository } from './survey-invitations.repository';
import { SurveyInvitationsResolver } from './survey-invitations.resolver';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyRemindersService } from './survey-reminders.service';
import { SurveyResultsService } from './survey-results.service';
import { SurveyTemplateFilesController } from './survey-template-files.controller';
import { SurveyTemplateFilesService } from './survey-template-files.service';
import { SurveyTemplatesRepository } from './survey-templates.repository';
import { SurveyTemplatesService } from './survey-templates.service';
import { SurveyComparisonService } from './survey-comparison.service';
import { SurveyTrainerQuestionsService } from './survey-trainer-questions.service';
import { SurveysRepository } from './surveys.repository';
import { SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

/** Surveys: templates, the feedback of sessions, anonymous responses and k-anonymous results. */
@Module({
  imports: [ProgrammesModule, AuthModule],
  controllers: [SurveyExportsController, SurveyTemplateFilesController],
  providers: [
    SurveysRepository,
    SurveysService,
    SurveyResultsService,
    SurveyTemplatesService,
    SurveyTemplatesRepository,
    SurveyTemplateFilesService,
    SurveyComparisonService,
    SurveyTrainerQuestionsService,
    SurveyRemindersService,
    SessionSurveys,
    SurveysResolver,
    SurveyResearchRepository,
    SurveyResearchService,
    ResearchPseudonyms,
    SurveyInvitationsRepository,
    SurveyInvitationsService,
    SurveyInvitationsResolver,
  ],
  exports: [SessionSurveys, SurveyRemindersService, SurveyResultsService],
})
export class SurveysModule {}
