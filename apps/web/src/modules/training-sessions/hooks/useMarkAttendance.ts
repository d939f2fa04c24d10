import type { AttendanceStatus } from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import { MarkAttendanceMutation, SessionRosterQuery } from '../graphql/sessions';

/** A trainer marks who was present, absent or excused (person id → status); answers whether it was saved. */
export function useMarkAttendance(sessionId: string) {
  const { run, loading, failure } = useAction(MarkAttendanceMutation, { refetchQueries: [SessionRosterQuery] });
  const mark = async (marks: Record<string, AttendanceStatus>) => {
    const entries = Object.entries(marks).map(([personId, status]) => ({ personId, status }));
    return entries.length > 0 && !!(await run({ input: { sessionId, entries } }));
  };
  return { mark, marking: loading, failure };
}
