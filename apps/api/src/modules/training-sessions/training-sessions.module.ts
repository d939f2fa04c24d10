import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { AttendanceService } from './attendance.service';
import { CalendarService } from './calendar.service';
import { EnrolmentsResolver } from './enrolments.resolver';
import { EnrolmentsService } from './enrolments.service';
import { RemindersService } from './reminders.service';
import { TrainingSessionsController } from './training-sessions.controller';
import { TrainingSessionsResolver } from './training-sessions.resolver';
import { TrainingSessionsService } from './training-sessions.service';

/** Training sessions: scheduling, booking as a tandem with a self-promoting waitlist, attendance, calendar files and reminders. */
@Module({
  imports: [ModulesModule],
  controllers: [TrainingSessionsController],
  providers: [
    TrainingSessionsService,
    TrainingSessionsResolver,
    EnrolmentsService,
    EnrolmentsResolver,
    AttendanceService,
    CalendarService,
    RemindersService,
  ],
})
export class TrainingSessionsModule {}
