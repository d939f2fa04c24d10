import { Module } from '@nestjs/common';
import { ConsentsService } from './consents.service';
import { DataExportsController } from './data-exports.controller';
import { DataExportsService } from './data-exports.service';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyResolver } from './privacy.resolver';

/** Privacy by design (issue 17): consent per purpose and the person's copy of their data. */
@Module({
  controllers: [DataExportsController],
  providers: [PrivacyRepository, ConsentsService, DataExportsService, PrivacyResolver],
  exports: [ConsentsService],
})
export class PrivacyModule {}
