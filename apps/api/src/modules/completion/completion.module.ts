import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { CompletionRepository } from './completion.repository';
import { CompletionResolver } from './completion.resolver';
import { CompletionService } from './completion.service';
import { ProgressService } from './progress.service';

/** Completion rules and each tutor's derived status (set-based SQL), with its history. */
@Module({
  imports: [ProgrammesModule],
  providers: [CompletionRepository, CompletionService, ProgressService, CompletionResolver],
  exports: [CompletionService, ProgressService],
})
export class CompletionModule {}
