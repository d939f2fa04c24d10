import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { TutorImportService } from './tutor-import.service';

@Module({
  imports: [ProgrammesModule],
  controllers: [ImportsController],
  providers: [TutorImportService, ImportsResolver],
})
export class ImportsModule {}
