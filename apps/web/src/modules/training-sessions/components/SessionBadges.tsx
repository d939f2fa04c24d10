import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Filled, darkest shades: white text on them keeps the 4.5:1 contrast, also on striped rows.

const SESSION_COLOURS: Record<string, string> = {
  SCHEDULED: 'blue.9',
  IN_PROGRESS: 'orange.9',
  COMPLETED: 'teal.9',
  CANCELLED: 'gray.8',
};
const ENROLMENT_COLOURS: Record<string, string> = {
  CONFIRMED: 'teal.9',
  WAITLISTED: 'grape.9',
  CANCELLED: 'gray.8',
};

export function SessionStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={SESSION_COLOURS[status] ?? 'gray'} variant="filled" radius="sm" tt="none">
      {t(`sessions.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

export function EnrolmentStatusBadge({ status, position }: { status: string; position?: number | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={ENROLMENT_COLOURS[status] ?? 'gray'}
      variant="filled"
      radius="sm"
      tt="none"
      data-testid="enrolment-status"
      data-status={status}
    >
      {status === 'WAITLISTED' && position
        ? t('enrolments.waitlistedAt', { position })
        : t(`enrolments.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

const ATTENDANCE_COLOURS: Record<string, string> = {
  PRESENT: 'teal.9',
  ABSENT: 'red.9',
  EXCUSED: 'gray.8',
};

/** What a past enrolment came to for the viewer: attended, absent, excused, or not marked yet. */
export function AttendanceBadge({ status }: { status: string | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status ? (ATTENDANCE_COLOURS[status] ?? 'gray.8') : 'gray.8'}
      variant="filled"
      radius="sm"
      tt="none"
      data-testid="enrolment-attendance"
      data-status={status ?? 'UNMARKED'}
    >
      {status ? t(`enrolments.attendance.${status}`, { defaultValue: status }) : t('attendance.unmarked')}
    </Badge>
  );
}
