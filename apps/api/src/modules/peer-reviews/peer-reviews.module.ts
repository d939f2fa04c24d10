import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { PeerReviewReadsService } from './peer-review-reads.service';
import { PeerReviewWritingService } from './peer-review-writing.service';
import { PeerReviewsRepository } from './peer-reviews.repository';
import { PeerReviewsResolver } from './peer-reviews.resolver';
import { PeerReviewsService } from './peer-reviews.service';

/** The peer review of national programmes (issue 15, EQAVET): its follow-up actions are the evidence module's. */
@Module({
  imports: [ProgrammesModule, EvidenceModule],
  providers: [
    PeerReviewsRepository,
    PeerReviewsService,
    PeerReviewWritingService,
    PeerReviewReadsService,
    PeerReviewsResolver,
  ],
  exports: [PeerReviewsService, PeerReviewWritingService],
})
export class PeerReviewsModule {}
