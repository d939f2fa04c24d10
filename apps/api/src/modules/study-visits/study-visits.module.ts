import { Module } from '@nestjs/common';
import { StudyVisitsRepository } from './study-visits.repository';
import { StudyVisitsResolver } from './study-visits.resolver';
import { StudyVisitsService } from './study-visits.service';

@Module({ providers: [StudyVisitsRepository, StudyVisitsService, StudyVisitsResolver] })
export class StudyVisitsModule {}
