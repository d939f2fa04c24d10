import { Module } from '@nestjs/common';
import { CockpitModule } from '../cockpit/cockpit.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { SelfAssessmentsModule } from '../self-assessments/self-assessments.module';
import { SurveysModule } from '../surveys/surveys.module';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { EvidenceReadsService } from './evidence-reads.service';
import { ImprovementActionsService } from './improvement-actions.service';
import { EvidenceSnapshotsService } from './evidence-snapshots.service';
import { ModuleVersionActionsResolver } from './module-version-actions.resolver';
import { FindingTranslationsRepository } from './finding-translations.repository';
import { FindingTranslationsResolver } from './finding-translations.resolver';
import { FindingTranslationsService } from './finding-translations.service';
import { InterimReportService } from './interim-report';
import { InterimReportController } from './interim-report.controller';

/** From evidence to change (issue 15): interim analyses, findings, improvement actions, "you said, we did". */
@Module({
  imports: [ProgrammesModule, SurveysModule, SelfAssessmentsModule, CockpitModule],
  providers: [
    EvidenceRepository,
    EvidenceSnapshotsService,
    EvidenceService,
    EvidenceReadsService,
    ImprovementActionsService,
    EvidenceResolver,
    ModuleVersionActionsResolver,
    FindingTranslationsRepository,
    FindingTranslationsService,
    FindingTranslationsResolver,
    InterimReportService,
  ],
  controllers: [InterimReportController],
  exports: [EvidenceService, ImprovementActionsService, EvidenceRepository, EvidenceSnapshotsService],
})
export class EvidenceModule {}
