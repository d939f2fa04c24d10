import { ResearchPseudonyms } from '../privacy/research-pseudonyms';
import { Module } from '@nestjs/common';
import { CompetencesModule } from '../competences/competences.module';
import { ModulesModule } from '../modules/modules.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { AssessmentRoundsResolver } from './assessment-rounds.resolver';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { CompetenceInsightsResolver } from './competence-insights.resolver';
import { CompetenceInsightsService } from './competence-insights.service';
import { CompetenceExportsController } from './competence-exports.controller';
import { ResearchExportService } from './research-export.service';
import { SelfAssessmentsRepository } from './self-assessments.repository';
import { SelfAssessmentsResolver } from './self-assessments.resolver';
import { SelfAssessmentsService } from './self-assessments.service';

/** Assessment rounds, tutors' self-assessments (private to the tutor and, if shared, the partner) and k-anonymous aggregates. */
@Module({
  imports: [CompetencesModule, ModulesModule, ProgrammesModule],
  controllers: [CompetenceExportsController],
  providers: [
    SelfAssessmentsRepository,
    ResearchExportService,
    ResearchPseudonyms,
    AssessmentRoundsService,
    AssessmentRoundsResolver,
    SelfAssessmentsService,
    SelfAssessmentsResolver,
    CompetenceInsightsService,
    CompetenceInsightsResolver,
  ],
  exports: [AssessmentRoundsService, SelfAssessmentsService, CompetenceInsightsService],
})
export class SelfAssessmentsModule {}
