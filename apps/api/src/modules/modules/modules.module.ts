import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { MaterialsController } from './materials.controller';
import { MaterialsResolver } from './materials.resolver';
import { MaterialsService } from './materials.service';
import { ModuleEditingService } from './module-editing.service';
import { ModulesRepository } from './modules.repository';
import { ModulesResolver } from './modules.resolver';
import { ModulesService } from './modules.service';

@Module({
  imports: [ProgrammesModule],
  controllers: [MaterialsController],
  providers: [
    ModulesRepository,
    ModulesService,
    ModuleEditingService,
    ModulesResolver,
    MaterialsService,
    MaterialsResolver,
  ],
  exports: [ModulesService, ModuleEditingService],
})
export class ModulesModule {}
