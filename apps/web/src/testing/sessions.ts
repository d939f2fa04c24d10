import type { EnrolmentFieldsFragment, TrainingSessionFieldsFragment } from '@tandem/web-graphql';

/** A scheduled national session with seats, as the session queries return it. */
export function trainingSession(overrides: Partial<TrainingSessionFieldsFragment> = {}): TrainingSessionFieldsFragment {
  return {
    __typename: 'TrainingSession',
    id: 'session-1',
    moduleId: 'module-1',
    moduleCode: 'N1',
    moduleTitle: 'Mentoring basics',
    moduleKind: 'NATIONAL',
    jointNumber: null,
    countryCode: 'LV',
    startsAt: '2030-03-01T08:00:00.000Z',
    endsAt: '2030-03-01T12:00:00.000Z',
    timeZone: 'Europe/Riga',
    localStartsAt: '2030-03-01T10:00',
    localEndsAt: '2030-03-01T14:00',
    localEnrolmentDeadline: '2030-02-27T10:00',
    enrolmentDeadline: '2030-02-27T08:00:00.000Z',
    hours: 4,
    capacity: 10,
    seatsTaken: 0,
    seatsLeft: 10,
    waitlistCount: 0,
    status: 'SCHEDULED',
    cancelReason: null,
    venue: 'Rīga',
    onlineUrl: null,
    language: 'lv',
    allowSingles: false,
    trainers: [{ __typename: 'SessionTrainer', id: 'trainer-1', name: 'Tina Trainer' }],
    myEnrolmentId: null,
    myEnrolmentStatus: null,
    myAttendance: null,
    canEdit: false,
    canKeepRoster: false,
    ...overrides,
  };
}

/** A tandem's confirmed enrolment (two seats). */
export function enrolment(overrides: Partial<EnrolmentFieldsFragment> = {}): EnrolmentFieldsFragment {
  return {
    __typename: 'Enrolment',
    id: 'enrolment-1',
    sessionId: 'session-1',
    tandemId: 'tandem-1',
    status: 'CONFIRMED',
    seats: 2,
    waitlistPosition: null,
    calendarPath: '/api/enrolments/enrolment-1/calendar.ics',
    people: [
      { __typename: 'EnrolledPerson', id: 'person-1', name: 'Sam School', attendance: null },
      { __typename: 'EnrolledPerson', id: 'person-2', name: 'Cara Company', attendance: null },
    ],
    ...overrides,
  };
}
