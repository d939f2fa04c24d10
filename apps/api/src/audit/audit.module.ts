import { Global, Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({
  providers: [AuditRepository, AuditService, AuditQueryService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
