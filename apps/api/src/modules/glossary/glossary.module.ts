import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { GlossaryFilesController } from './glossary-files.controller';
import { GlossaryImportService } from './glossary-import.service';
import { GlossaryRepository } from './glossary.repository';
import { GlossaryResolver } from './glossary.resolver';
import { GlossaryService } from './glossary.service';

@Module({
  imports: [ModulesModule],
  controllers: [GlossaryFilesController],
  providers: [GlossaryRepository, GlossaryService, GlossaryImportService, GlossaryResolver],
  exports: [GlossaryService],
})
export class GlossaryModule {}
