import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { NationalProgrammeWorkflowService } from './national-programme-workflow.service';
import { NationalProgrammesRepository } from './national-programmes.repository';
import { NationalProgrammesResolver } from './national-programmes.resolver';
import { NationalProgrammesService } from './national-programmes.service';

@Module({
  imports: [ProgrammesModule, ModulesModule, NotificationsModule],
  providers: [
    NationalProgrammesRepository,
    NationalProgrammesService,
    NationalProgrammeWorkflowService,
    NationalProgrammesResolver,
  ],
  exports: [NationalProgrammesService],
})
export class NationalProgrammesModule {}
