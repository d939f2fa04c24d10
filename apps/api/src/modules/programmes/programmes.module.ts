import { Module } from '@nestjs/common';
import { CycleService } from './cycle.service';
import { EditionsService } from './editions.service';
import { ProgrammesResolver } from './programmes.resolver';

@Module({ providers: [EditionsService, CycleService, ProgrammesResolver], exports: [EditionsService] })
export class ProgrammesModule {}
