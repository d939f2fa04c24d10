import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { GlossaryRepository } from './glossary.repository';
import { GlossaryResolver } from './glossary.resolver';
import { GlossaryService } from './glossary.service';

@Module({
  imports: [ModulesModule],
  providers: [GlossaryRepository, GlossaryService, GlossaryResolver],
  exports: [GlossaryService],
})
export class GlossaryModule {}
