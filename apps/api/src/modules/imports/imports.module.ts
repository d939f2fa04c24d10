import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { TutorImportRunService } from './tutor-import-run.service';
import { TutorImportRepository } from './tutor-import.repository';
import { TutorImportService } from './tutor-import.service';

@Module({
  imports: [ProgrammesModule],
  controllers: [ImportsController],
  providers: [TutorImportRepository, TutorImportRunService, TutorImportService, ImportsResolver],
})
export class ImportsModule {}
