import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { TargetsModule } from '../targets/targets.module';
import { CockpitExportController } from './cockpit-export.controller';
import { CockpitResolver } from './cockpit.resolver';
import { CockpitService } from './cockpit.service';

/** The target cockpit: headline, funnel, country × side matrix, burn-up, forecast, drill-down, exports. */
@Module({
  imports: [ProgrammesModule, CompletionModule, TargetsModule],
  controllers: [CockpitExportController],
  providers: [CockpitService, CockpitResolver],
  exports: [CockpitService],
})
export class CockpitModule {}
