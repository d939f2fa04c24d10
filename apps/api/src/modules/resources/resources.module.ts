import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { ResourcesRepository } from './resources.repository';
import { ResourcesResolver } from './resources.resolver';
import { ResourcesService } from './resources.service';

@Module({
  imports: [ModulesModule],
  providers: [ResourcesRepository, ResourcesService, ResourcesResolver],
  exports: [ResourcesService],
})
export class ResourcesModule {}
