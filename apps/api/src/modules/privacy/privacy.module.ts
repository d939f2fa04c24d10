import { Module } from '@nestjs/common';
import { ConsentsService } from './consents.service';
import { DataExportsController } from './data-exports.controller';
import { DataExportsService } from './data-exports.service';
import { ErasureRepository } from './erasure.repository';
import { ErasureService } from './erasure.service';
import { RetentionService } from './retention.service';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyResolver } from './privacy.resolver';

/** Privacy by design (issue 17): consent per purpose, the person's copy of their data, erasure. */
@Module({
  controllers: [DataExportsController],
  providers: [
    PrivacyRepository,
    ErasureRepository,
    ConsentsService,
    DataExportsService,
    ErasureService,
    RetentionService,
    PrivacyResolver,
  ],
  exports: [ConsentsService, RetentionService],
})
export class PrivacyModule {}
