import { Module } from '@nestjs/common';
import { CockpitModule } from '../cockpit/cockpit.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { SurveysModule } from '../surveys/surveys.module';
import { TargetsModule } from '../targets/targets.module';
import { FinalEvaluationController } from './final-evaluation.controller';
import { FinalEvaluationRepository } from './final-evaluation.repository';
import { FinalEvaluationResolver } from './final-evaluation.resolver';
import { FinalEvaluationService } from './final-evaluation.service';

/** The final evaluation report (issue 15): page data and PDF from one service result. */
@Module({
  imports: [ProgrammesModule, CockpitModule, TargetsModule, EvidenceModule, SurveysModule],
  controllers: [FinalEvaluationController],
  providers: [FinalEvaluationRepository, FinalEvaluationService, FinalEvaluationResolver],
})
export class FinalEvaluationModule {}
