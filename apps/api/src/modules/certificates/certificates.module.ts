import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { IssuerService } from './issuer.service';
import { IssuingService } from './issuing.service';
import { VerificationResolver } from './verification.resolver';
import { VerificationService } from './verification.service';

/** Certificates: issuing (job and by hand), the signed Open Badges 3.0 credentials, PDFs, revocation and public verification. */
@Module({
  imports: [NotificationsModule],
  controllers: [CertificatesController],
  providers: [
    CertificatesRepository,
    IssuerService,
    IssuingService,
    CertificatesService,
    VerificationService,
    CertificatesResolver,
    VerificationResolver,
  ],
  exports: [IssuingService],
})
export class CertificatesModule {}
