import { Module } from '@nestjs/common';
import { CycleService } from './cycle.service';
import { EditionsRepository } from './editions.repository';
import { EditionsService } from './editions.service';
import { ProgrammesResolver } from './programmes.resolver';

@Module({
  providers: [EditionsRepository, EditionsService, CycleService, ProgrammesResolver],
  exports: [EditionsService],
})
export class ProgrammesModule {}
