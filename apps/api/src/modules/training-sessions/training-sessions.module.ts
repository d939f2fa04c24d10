import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SurveysModule } from '../surveys/surveys.module';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';
import { EnrolmentReadsService } from './enrolment-reads.service';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsResolver } from './enrolments.resolver';
import { EnrolmentsService } from './enrolments.service';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';
import { SeatLocks } from './seat-locks.repository';
import { SessionAccess } from './session-access';
import { SessionMailer } from './session-mail';
import { TandemNotices } from './tandem-notices';
import { TrainingSessionsController } from './training-sessions.controller';
import { TrainingSessionsRepository } from './training-sessions.repository';
import { TrainingSessionsResolver } from './training-sessions.resolver';
import { TrainingSessionsService } from './training-sessions.service';
import { WaitlistService } from './waitlist.service';

/** Training sessions: scheduling, booking as a tandem with a self-promoting waitlist, attendance, calendar files and reminders. */
@Module({
  imports: [ModulesModule, NotificationsModule, SurveysModule],
  controllers: [TrainingSessionsController],
  providers: [
    TrainingSessionsRepository,
    EnrolmentsRepository,
    AttendanceRepository,
    CalendarRepository,
    RemindersRepository,
    SeatLocks,
    SessionAccess,
    SessionMailer,
    WaitlistService,
    TandemNotices,
    TrainingSessionsService,
    TrainingSessionsResolver,
    EnrolmentsService,
    EnrolmentReadsService,
    EnrolmentsResolver,
    AttendanceService,
    CalendarService,
    RemindersService,
  ],
})
export class TrainingSessionsModule {}
