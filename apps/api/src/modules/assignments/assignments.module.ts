import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { AssignmentsResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';
import { SubmissionFilesController } from './submission-files.controller';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

/** Tandem assignments: defined per module version, answered by a tandem's one shared submission, reviewed by a trainer. */
@Module({
  imports: [ModulesModule, NotificationsModule, ProgrammesModule],
  controllers: [SubmissionFilesController],
  providers: [AssignmentsService, AssignmentsResolver, SubmissionsService, SubmissionsResolver],
})
export class AssignmentsModule {}
