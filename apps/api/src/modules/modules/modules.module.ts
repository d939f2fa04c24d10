import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ModulesResolver } from './modules.resolver';
import { ModulesService } from './modules.service';

@Module({ imports: [ProgrammesModule], providers: [ModulesService, ModulesResolver], exports: [ModulesService] })
export class ModulesModule {}
