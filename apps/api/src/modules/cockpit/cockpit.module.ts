import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ReferenceModule } from '../reference/reference.module';
import { TargetsModule } from '../targets/targets.module';
import { CockpitExportController } from './cockpit-export.controller';
import { CockpitRepository } from './cockpit.repository';
import { CockpitResolver } from './cockpit.resolver';
import { CockpitService } from './cockpit.service';

/** The target cockpit: headline, funnel, country × side matrix, burn-up, forecast, drill-down, exports. */
@Module({
  imports: [ProgrammesModule, CompletionModule, TargetsModule, ReferenceModule],
  controllers: [CockpitExportController],
  providers: [CockpitRepository, CockpitService, CockpitResolver],
  exports: [CockpitService, CockpitRepository],
})
export class CockpitModule {}
