import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ReferenceModule } from '../reference/reference.module';
import { TargetsRepository } from './targets.repository';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

/** The edition's target of trained tutors and its splits by country and side. */
@Module({
  imports: [ProgrammesModule, CompletionModule, ReferenceModule],
  providers: [TargetsRepository, TargetsService, TargetsResolver],
  exports: [TargetsService],
})
export class TargetsModule {}
