import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { NationalProgrammesResolver } from './national-programmes.resolver';
import { NationalProgrammesService } from './national-programmes.service';

@Module({
  imports: [ProgrammesModule, ModulesModule, NotificationsModule],
  providers: [NationalProgrammesService, NationalProgrammesResolver],
  exports: [NationalProgrammesService],
})
export class NationalProgrammesModule {}
