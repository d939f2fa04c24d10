import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { CompetenceProfileEditorService } from './competence-profile-editor.service';
import { CompetenceProfileFilesController } from './competence-profile-files.controller';
import { CompetencesRepository } from './competences.repository';
import { CompetencesResolver } from './competences.resolver';
import { ModuleCompetencesResolver } from './module-competences.resolver';
import { ModuleCompetencesService } from './module-competences.service';
import { CompetencesService } from './competences.service';

/** The versioned joint competence profile: areas, competences, level descriptors in five languages. */
@Module({
  imports: [ModulesModule],
  controllers: [CompetenceProfileFilesController],
  providers: [
    CompetencesRepository,
    CompetencesService,
    CompetenceProfileEditorService,
    CompetencesResolver,
    ModuleCompetencesService,
    ModuleCompetencesResolver,
  ],
  exports: [CompetencesService],
})
export class CompetencesModule {}
