import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { AssignmentsResolver } from './assignments.resolver';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { SubmissionAccess } from './submission-access';
import { SubmissionEditingService } from './submission-editing.service';
import { SubmissionFilesController } from './submission-files.controller';
import { SubmissionFilesService } from './submission-files.service';
import { SubmissionReviewService } from './submission-review.service';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

/** Tandem assignments: defined per module version, answered by a tandem's one shared submission, reviewed by a trainer. */
@Module({
  imports: [ModulesModule, NotificationsModule, ProgrammesModule],
  controllers: [SubmissionFilesController],
  providers: [
    AssignmentsRepository,
    SubmissionsRepository,
    SubmissionAccess,
    AssignmentsService,
    AssignmentsResolver,
    SubmissionsService,
    SubmissionEditingService,
    SubmissionReviewService,
    SubmissionFilesService,
    SubmissionsResolver,
  ],
})
export class AssignmentsModule {}
