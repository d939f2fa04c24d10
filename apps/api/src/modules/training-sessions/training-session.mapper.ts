import type { Viewer } from '../../auth/viewer';
import type { EnrolmentView } from './enrolment-views';
import { canEditSession, canKeepRoster } from './session-access';
import { toLocal } from './session-times';
import type { SessionView } from './session-views';
import type { EnrolmentModel, TrainingSessionModel } from './training-session.model';

export function toTrainingSessionModel(view: SessionView, viewer: Viewer, language: string): TrainingSessionModel {
  return {
    id: view.id,
    editionId: view.editionId,
    moduleId: view.moduleId,
    moduleCode: view.moduleCode,
    moduleTitle: view.moduleTitle[language] ?? view.moduleTitle['en'] ?? view.moduleCode,
    moduleKind: view.moduleKind,
    jointNumber: view.jointNumber,
    moduleVersion: view.moduleVersion,
    countryCode: view.countryCode,
    startsAt: view.startsAt,
    endsAt: view.endsAt,
    timeZone: view.timeZone,
    localStartsAt: toLocal(view.startsAt, view.timeZone),
    localEndsAt: toLocal(view.endsAt, view.timeZone),
    localEnrolmentDeadline: toLocal(view.enrolmentDeadline, view.timeZone),
    hours: view.hours,
    capacity: view.capacity,
    seatsTaken: view.seatsTaken,
    seatsLeft: Math.max(0, view.capacity - view.seatsTaken),
    waitlistCount: view.waitlistCount,
    status: view.status,
    cancelReason: view.cancelReason,
    venue: view.venue,
    onlineUrl: view.onlineUrl,
    language: view.language,
    enrolmentDeadline: view.enrolmentDeadline,
    allowSingles: view.allowSingles,
    trainers: view.trainers,
    myEnrolmentId: view.myEnrolmentId,
    myEnrolmentStatus: view.myEnrolmentStatus,
    myAttendance: view.myAttendance,
    canEdit: canEditSession(viewer, view),
    canKeepRoster: canKeepRoster(viewer, view),
  };
}

export function toEnrolmentModel(view: EnrolmentView): EnrolmentModel {
  return { ...view, calendarPath: `/api/enrolments/${view.id}/calendar.ics` };
}
