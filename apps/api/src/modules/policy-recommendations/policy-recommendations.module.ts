import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { PolicyBriefsController } from './policy-briefs.controller';
import { PolicyRecommendationReadsService } from './policy-recommendation-reads.service';
import { PolicyRecommendationsRepository } from './policy-recommendations.repository';
import { PolicyRecommendationsResolver } from './policy-recommendations.resolver';
import { PolicyRecommendationsService } from './policy-recommendations.service';

/** Policy recommendations and guidelines (issue 15, step 9 of the cycle): drafts, consultation, briefs per audience. */
@Module({
  imports: [ProgrammesModule, EvidenceModule],
  controllers: [PolicyBriefsController],
  providers: [
    PolicyRecommendationsRepository,
    PolicyRecommendationsService,
    PolicyRecommendationReadsService,
    PolicyRecommendationsResolver,
  ],
  exports: [PolicyRecommendationsService],
})
export class PolicyRecommendationsModule {}
