import { DateTime } from 'luxon';
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Attendance, AttendanceStatus } from '../../modules/training-sessions/attendance.entity';
import { EnrolmentPerson } from '../../modules/training-sessions/enrolment-person.entity';
import { Enrolment, EnrolmentStatus } from '../../modules/training-sessions/enrolment.entity';
import { SessionTrainer } from '../../modules/training-sessions/session-trainer.entity';
import { SessionStatus, TrainingSession } from '../../modules/training-sessions/training-session.entity';

type Country = 'EE' | 'LV' | 'LT';
const COUNTRIES: Country[] = ['EE', 'LV', 'LT'];
const ZONE: Record<Country, string> = {
  EE: 'Europe/Tallinn',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
};
const VENUE: Record<Country, string> = {
  EE: 'Tallinna Tööstushariduskeskus, Mustamäe tee 59, Tallinn',
  LV: 'Rīgas Valsts tehnikums, Kr. Valdemāra iela 1C, Rīga',
  LT: 'Vilniaus technologijų mokymo centras, Olandų g. 16, Vilnius',
};
const DEMO_SCHOOL = 'tutor.school.ee@tandem.example';

interface DemoSession {
  code: string;
  country: Country | null;
  /** Days from today; the session starts at `hour` local time and lasts the module's contact hours. */
  inDays: number;
  hour: number;
  capacity: number;
  online?: boolean;
  /** How many tandems of the country (all countries for a joint session) are enrolled, in order; the rest of a full session waits. */
  tandems: number;
  /** Whether the Estonian demo tandem is among them (kept out of upcoming sessions: the demo books one). */
  withDemoTandem?: boolean;
}

/** The national plan of a country: past (completed), this week (one full with a waitlist), and one a month ahead. */
const nationalPlan = (c: Country): DemoSession[] => [
  {
    code: `${c}-N1`,
    country: c,
    inDays: -75,
    hour: 10,
    capacity: 24,
    tandems: 8,
    withDemoTandem: c === 'EE',
  },
  {
    code: `${c}-N2`,
    country: c,
    inDays: -40,
    hour: 10,
    capacity: 24,
    tandems: 8,
    withDemoTandem: c === 'EE',
  },
  {
    code: `${c}-N3`,
    country: c,
    inDays: 3,
    hour: 10,
    capacity: 8,
    tandems: 6,
  },
  {
    code: `${c}-N2`,
    country: c,
    inDays: 6,
    hour: 9,
    capacity: 16,
    tandems: 3,
    online: true,
  },
  {
    code: `${c}-N1`,
    country: c,
    inDays: 30,
    hour: 10,
    capacity: 20,
    tandems: 2,
  },
  {
    code: `${c}-N3`,
    country: c,
    inDays: 60,
    hour: 10,
    capacity: 20,
    tandems: 0,
  },
  {
    code: `${c}-N2`,
    country: c,
    inDays: 90,
    hour: 9,
    capacity: 20,
    tandems: 0,
  },
];

export const DEMO_SESSIONS: DemoSession[] = [
  ...COUNTRIES.flatMap(nationalPlan),
  // Joint module 1, held in Riga for the whole Baltic cohort.
  {
    code: 'JM1',
    country: null,
    inDays: -120,
    hour: 9,
    capacity: 160,
    tandems: 40,
    withDemoTandem: true,
  },
  // Joint module 2 in the coming weeks: one in Riga, one online.
  {
    code: 'JM2',
    country: null,
    inDays: 16,
    hour: 9,
    capacity: 60,
    tandems: 6,
  },
  {
    code: 'JM2',
    country: null,
    inDays: 23,
    hour: 10,
    capacity: 60,
    tandems: 2,
    online: true,
  },
];

/** Longest demo day: a session of more contact hours runs over several days (joint modules, LV-N2). */
const DAY_HOURS = 8;

/**
 * A session of the module's contact hours starting `inDays` from today at `hour` local time, in days of
 * at most DAY_HOURS hours, each from `hour`: JM2's 16 hours are two days 09:00–17:00, not 16 hours in a row.
 */
export function demoSessionTimes(today: Date, zone: string, inDays: number, hour: number, contactHours: number) {
  const start = DateTime.fromJSDate(today, { zone }).startOf('day').plus({ days: inDays }).set({ hour });
  const days = Math.ceil(contactHours / DAY_HOURS);
  const end = start.plus({ days: days - 1 }).plus({ minutes: Math.round((contactHours / days) * 60) });
  return { start, end, hours: contactHours };
}

const ATTENDANCE_CYCLE: AttendanceStatus[] = [
  'PRESENT',
  'PRESENT',
  'PRESENT',
  'PRESENT',
  'PRESENT',
  'EXCUSED',
  'PRESENT',
  'ABSENT',
];

/**
 * Training sessions per country in the past (COMPLETED, with attendance), this week (one full with a
 * waitlist) and the next three months; joint module 1 in the past and two sessions of joint module 2
 * ahead. Everything is computed in memory and written with one insert per table.
 */
export async function loadDemoTrainingSessions(
  manager: EntityManager,
  editionId: string,
  personIds: ReadonlyMap<string, string>,
  today = new Date(),
): Promise<void> {
  const versions: { id: string; code: string; contact_hours: string }[] = await manager.query(
    `SELECT mv.id, m.code, mv.contact_hours FROM module_version mv JOIN module m ON m.id = mv.module_id WHERE m.edition_id = $1 AND mv.status = 'PUBLISHED'`,
    [editionId],
  );
  const versionOf = new Map(versions.map((v) => [v.code, v]));
  const tandems: {
    id: string;
    country: Country;
    school: string;
    company: string;
  }[] = await manager.query(
    `SELECT t.id, o.country_code::text AS country, t.school_tutor_id AS school, t.company_tutor_id AS company
       FROM tandem t JOIN tutor_profile tp ON tp.person_id = t.school_tutor_id JOIN organisation o ON o.id = tp.organisation_id
      WHERE t.edition_id = $1 AND t.status = 'ACTIVE' ORDER BY t.created_at, t.id`,
    [editionId],
  );
  const demoSchool = personIds.get(DEMO_SCHOOL);
  const demoTandem = tandems.find((t) => t.school === demoSchool);
  const others = tandems.filter((t) => t !== demoTandem);
  const trainer = (c: Country) => personIds.get(`trainer.${c.toLowerCase()}@tandem.example`) as string;
  const admin = personIds.get('admin@tandem.example') ?? null;
  const now = today.getTime();

  const sessions: Partial<TrainingSession>[] = [];
  const trainers: SessionTrainer[] = [];
  const enrolments: Partial<Enrolment>[] = [];
  const people: EnrolmentPerson[] = [];
  const attendance: Partial<Attendance>[] = [];

  DEMO_SESSIONS.forEach((d, index) => {
    const zone = d.country ? ZONE[d.country] : 'Europe/Riga';
    const version = versionOf.get(d.code) as { id: string; contact_hours: string };
    const { hours, end, start } = demoSessionTimes(today, zone, d.inDays, d.hour, Number(version.contact_hours));
    const past = end.toMillis() < now;
    const status: SessionStatus = past ? 'COMPLETED' : 'SCHEDULED';
    const id = randomUUID();
    const pool = (d.country ? others.filter((t) => t.country === d.country) : others).slice(
      0,
      Math.max(0, d.tandems - (d.withDemoTandem && demoTandem ? 1 : 0)),
    );
    const booked = d.withDemoTandem && demoTandem ? [demoTandem, ...pool] : pool;
    let seatsTaken = 0;
    const deadline = start.minus({ days: 2 });
    for (const t of booked) {
      const fits = seatsTaken + 2 <= d.capacity;
      const enrolmentStatus: EnrolmentStatus = fits ? 'CONFIRMED' : 'WAITLISTED';
      if (fits) seatsTaken += 2;
      // Booked in the weeks before the deadline, in tandem order: the waitlist keeps that order.
      const queuedAt = deadline
        .minus({ days: 20 })
        .plus({ minutes: 7 * booked.indexOf(t) })
        .toJSDate();
      const enrolmentId = randomUUID();
      enrolments.push({
        id: enrolmentId,
        sessionId: id,
        tandemId: t.id,
        status: enrolmentStatus,
        seats: 2,
        queuedAt,
        bookedById: t.school,
        confirmedAt: fits ? queuedAt : null,
        createdAt: queuedAt,
      });
      for (const personId of [t.school, t.company]) {
        people.push({ enrolmentId, personId, sessionId: id, enrolmentStatus });
        if (past && fits)
          attendance.push({
            sessionId: id,
            personId,
            status: ATTENDANCE_CYCLE[(people.length + index) % ATTENDANCE_CYCLE.length],
            method: 'MANUAL',
            markedById: d.country ? trainer(d.country) : admin,
          });
      }
    }
    sessions.push({
      id,
      editionId,
      moduleVersionId: version.id,
      countryCode: d.country,
      startsAt: start.toJSDate(),
      endsAt: end.toJSDate(),
      timeZone: zone,
      hours,
      capacity: d.capacity,
      seatsTaken,
      status,
      cancelReason: null,
      venue: d.online ? null : d.country ? VENUE[d.country] : VENUE.LV,
      onlineUrl: d.online ? `https://meet.tandem.example/${d.code.toLowerCase()}-${index}` : null,
      language: d.country ? ({ EE: 'et', LV: 'lv', LT: 'lt' } as const)[d.country] : 'en',
      enrolmentDeadline: deadline.toJSDate(),
      allowSingles: false,
      sequence: 0,
      checkInSecret: randomBytes(32).toString('hex'),
      createdById: d.country ? trainer(d.country) : admin,
    });
    for (const c of d.country ? [d.country] : COUNTRIES) trainers.push({ sessionId: id, personId: trainer(c) });
  });

  await manager.insert(TrainingSession, sessions);
  await manager.insert(SessionTrainer, trainers);
  if (enrolments.length) await manager.insert(Enrolment, enrolments);
  if (people.length) await manager.insert(EnrolmentPerson, people);
  if (attendance.length) await manager.insert(Attendance, attendance);
}
