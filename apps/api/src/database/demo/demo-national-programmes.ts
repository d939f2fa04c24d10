import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AuditEvent } from '../../audit/audit-event.entity';
import { Module } from '../../modules/modules/module.entity';
import { NationalProgrammeItem } from '../../modules/national-programmes/national-programme-item.entity';
import { interleave } from '../../modules/national-programmes/national-programme-rules';
import { toProgrammeNotificationPayload } from '../../modules/national-programmes/national-programme.mapper';
import {
  NationalProgramme,
  NationalProgrammeStatus,
} from '../../modules/national-programmes/national-programme.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import type { NotificationKind } from '../../modules/notifications/notification-kinds';
import { Person } from '../../modules/people/person.entity';
import { CyclePhase } from '../../modules/programmes/cycle-phase.entity';
import { Edition } from '../../modules/programmes/edition.entity';

const DAY = 86_400_000;
const ADMIN = 'admin@tandem.example';
const coordinatorOf = (country: string) => `coordinator.${country.toLowerCase()}@tandem.example`;

interface DemoRevision {
  country: string;
  revision: number;
  status: NationalProgrammeStatus;
  /** Days after the national programmes phase started, or (negative) days before today. */
  submittedDay: number;
  decidedDay?: number;
  /** Reorders the default list (national modules before each joint module). */
  order?: (codes: string[]) => string[];
}

/**
 * EE and LV approved during the national programmes phase; LT approved then too, and now revision 2
 * (assessment practice moved before joint module 2, after the first interim analysis) is
 * SUBMITTED and waits for the admin, while revision 1 stays in force for LT's trainings.
 */
const REVISIONS: DemoRevision[] = [
  { country: 'EE', revision: 1, status: 'APPROVED', submittedDay: 6, decidedDay: 9 },
  { country: 'LV', revision: 1, status: 'APPROVED', submittedDay: 8, decidedDay: 11 },
  { country: 'LT', revision: 1, status: 'APPROVED', submittedDay: 7, decidedDay: 10 },
  {
    country: 'LT',
    revision: 2,
    status: 'SUBMITTED',
    submittedDay: -2,
    order: (codes) => ['LT-N1', 'JM1', 'LT-N2', 'LT-N3', 'JM2', 'JM3'].filter((c) => codes.includes(c)),
  },
];

/** Runs after the demo people exist: programmes name their coordinators and the deciding admin. */
export async function loadDemoNationalProgrammes(
  manager: EntityManager,
  editionId: string,
  today = new Date(),
): Promise<void> {
  const edition = await manager.getRepository(Edition).findOneByOrFail({ id: editionId });
  const phase = await manager.getRepository(CyclePhase).findOneByOrFail({ editionId, kind: 'NATIONAL_PROGRAMMES' });
  const phaseStart = Date.parse(`${phase.startsOn}T09:00:00Z`);
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 9);
  const at = (day: number) => new Date(day >= 0 ? phaseStart + day * DAY : todayMs + day * DAY);

  const people = await manager
    .getRepository(Person)
    .findBy({ email: In([ADMIN, ...['EE', 'LV', 'LT'].map(coordinatorOf)]) });
  const person = (email: string) => {
    const p = people.find((x) => x.email === email);
    if (!p) throw new Error(`demo person ${email} is missing`);
    return { id: p.id, name: `${p.givenName} ${p.familyName}` };
  };
  const admin = person(ADMIN);

  const modules = await manager
    .getRepository(Module)
    .find({ where: { editionId }, order: { number: 'ASC', code: 'ASC' } });
  const joint = modules.filter((m) => m.kind === 'JOINT').map((m) => m.code);
  const byCode = new Map(modules.map((m) => [m.code, m]));

  const notifications: Partial<Notification>[] = [];
  const audit: Partial<AuditEvent>[] = [];
  for (const r of REVISIONS) {
    const coordinator = person(coordinatorOf(r.country));
    const national = modules.filter((m) => m.countryCode === r.country).map((m) => m.code);
    const codes = interleave(national, joint);
    const ordered = r.order ? r.order(codes) : codes;
    const submittedAt = at(r.submittedDay);
    const decidedAt = r.decidedDay === undefined ? null : at(r.decidedDay);
    const inserted = await manager.insert(NationalProgramme, {
      editionId,
      countryCode: r.country,
      revision: r.revision,
      status: r.status,
      createdById: coordinator.id,
      createdAt: new Date(submittedAt.getTime() - 2 * DAY),
      submittedAt,
      submittedById: coordinator.id,
      decidedAt,
      decidedById: decidedAt ? admin.id : null,
      lockVersion: r.revision === 1 ? 3 : 5,
    });
    const programme = {
      id: inserted.identifiers[0]['id'] as string,
      editionId,
      countryCode: r.country,
      revision: r.revision,
    };
    await manager.insert(
      NationalProgrammeItem,
      ordered.map((code, i) => ({
        programmeId: programme.id,
        position: i + 1,
        moduleId: (byCode.get(code) as Module).id,
      })),
    );

    const send = (to: string, kind: NotificationKind, actor: string, createdAt: Date, readAt: Date | null) =>
      notifications.push({
        recipientPersonId: to,
        kind,
        payload: toProgrammeNotificationPayload(programme, edition.name, actor),
        createdAt,
        readAt,
      });
    const record = (actor: string, operation: string, verb: string, occurredAt: Date) =>
      audit.push({
        actorPersonId: actor,
        operation,
        targetType: 'NationalProgramme',
        targetId: programme.id,
        summary: `${verb} revision ${r.revision} of the ${r.country} national programme`,
        occurredAt,
      });

    record(coordinator.id, 'submitNationalProgramme', 'Submitted', submittedAt);
    // Everything decided was read long ago; the LT revision waiting for the admin is not.
    send(admin.id, 'NATIONAL_PROGRAMME_SUBMITTED', coordinator.name, submittedAt, decidedAt);
    if (decidedAt) {
      record(admin.id, 'approveNationalProgramme', 'Approved', decidedAt);
      send(
        coordinator.id,
        'NATIONAL_PROGRAMME_APPROVED',
        admin.name,
        decidedAt,
        new Date(decidedAt.getTime() + DAY / 4),
      );
    }
  }
  await manager.insert(Notification, notifications);
  await manager.insert(AuditEvent, audit);
}
