import { Module } from '@nestjs/common';
import { HostOffersResolver } from './host-offers.resolver';
import { HostOffersService } from './host-offers.service';
import { LearningAgreementsController } from './learning-agreements.controller';
import { MobilitiesRepository } from './mobilities.repository';
import { MobilitiesResolver } from './mobilities.resolver';
import { MobilitiesService } from './mobilities.service';
import { StudyVisitsRepository } from './study-visits.repository';
import { StudyVisitsResolver } from './study-visits.resolver';
import { StudyVisitsService } from './study-visits.service';

@Module({
  controllers: [LearningAgreementsController],
  providers: [
    StudyVisitsRepository,
    StudyVisitsService,
    StudyVisitsResolver,
    MobilitiesRepository,
    MobilitiesService,
    MobilitiesResolver,
    HostOffersService,
    HostOffersResolver,
  ],
})
export class StudyVisitsModule {}
