import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [ModulesModule],
  providers: [ProposalsRepository, ProposalsService, ProposalsResolver],
})
export class ProposalsModule {}
