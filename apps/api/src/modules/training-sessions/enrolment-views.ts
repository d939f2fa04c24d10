import type { AttendanceStatus } from './attendance.entity';
import type { EnrolmentStatus } from './enrolment.entity';

export interface EnrolmentView {
  id: string;
  sessionId: string;
  tandemId: string | null;
  status: EnrolmentStatus;
  seats: number;
  waitlistPosition: number | null;
  createdAt: Date;
  people: { id: string; name: string; attendance: AttendanceStatus | null }[];
}
