import type { EnrolmentStatus } from './enrolment.entity';
import type { AttendanceStatus } from './attendance.entity';
import type { SessionStatus } from './training-session.entity';

/** A session with what the API shows about it, read in one query (trainers and counts as sub-selects, no N+1). */
export interface SessionView {
  id: string;
  editionId: string;
  moduleId: string;
  moduleCode: string;
  moduleKind: 'JOINT' | 'NATIONAL';
  jointNumber: number | null;
  moduleTitle: Record<string, string>;
  moduleVersion: number;
  countryCode: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  hours: number;
  capacity: number;
  seatsTaken: number;
  waitlistCount: number;
  status: SessionStatus;
  cancelReason: string | null;
  venue: string | null;
  onlineUrl: string | null;
  language: string;
  enrolmentDeadline: Date;
  allowSingles: boolean;
  sequence: number;
  trainers: { id: string; name: string }[];
  myEnrolmentId: string | null;
  myEnrolmentStatus: EnrolmentStatus | null;
  myAttendance: AttendanceStatus | null;
}

/** For reads on nobody's behalf (mail, feeds, reminders): `my_enrolment` stays empty. */
export const NO_VIEWER = '00000000-0000-0000-0000-000000000000';

/** Which sessions a read selects; every field left out selects all. */
export interface SessionFilter {
  ids?: readonly string[];
  /** Visibility: national sessions of these countries (joint ones and those the viewer trains always); undefined: all. */
  visibleCountries?: readonly string[];
  editionId?: string;
  moduleId?: string;
  /** National sessions of this country, and every joint one. */
  countryCode?: string;
  status?: SessionStatus;
  startsFromNow?: boolean;
  endsFromNow?: boolean;
  openOnly?: boolean;
  withSeatsLeft?: boolean;
  /** The agenda: sessions the viewer trains, or national ones of these countries ('ALL': every session). */
  agendaCountries?: readonly string[] | 'ALL';
}
