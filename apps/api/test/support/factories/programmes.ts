import { planCycle } from '@tandem/shared-domain';
import type { DataSource } from 'typeorm';
import { row, uniqueTag } from '../db';

export interface GivenEdition {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The programme (the app keeps exactly one); created on first use. */
export async function givenProgramme(db: DataSource): Promise<{ id: string }> {
  const [found] = (await db.query(`SELECT id FROM programme LIMIT 1`)) as { id: string }[];
  return found ?? row<{ id: string }>(db, `INSERT INTO programme (name) VALUES ('Test programme') RETURNING id`);
}

/**
 * An edition with its cycle phases dated across it, by default running today: it started
 * `startedDaysAgo` (100) days ago and lasts `days` (365). The phases are PLANNED, or, with
 * `currentPhase` (a position, 1-based), DONE before that one and OPEN at it.
 */
export async function givenEdition(
  db: DataSource,
  options: {
    name?: string;
    startedDaysAgo?: number;
    days?: number;
    targetTrained?: number;
    languages?: string[];
    crossBorderTandems?: boolean;
    timeZone?: string;
    currentPhase?: number;
  } = {},
): Promise<GivenEdition> {
  const programme = await givenProgramme(db);
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const startsOn = isoDate(today - (options.startedDaysAgo ?? 100) * DAY);
  const endsOn = isoDate(today + ((options.days ?? 365) - (options.startedDaysAgo ?? 100)) * DAY);
  const name = options.name ?? `Edition ${uniqueTag()}`;
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO edition (programme_id, name, starts_on, ends_on, target_trained, languages, cross_border_tandems, time_zone)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      programme.id,
      name,
      startsOn,
      endsOn,
      options.targetTrained ?? 100,
      options.languages ?? ['en', 'et', 'lv', 'lt', 'ru'],
      options.crossBorderTandems ?? false,
      options.timeZone ?? 'Europe/Riga',
    ],
  );
  const current = options.currentPhase ?? 0;
  for (const [i, phase] of planCycle(startsOn, endsOn).entries()) {
    const status = i + 1 < current ? 'DONE' : i + 1 === current ? 'OPEN' : 'PLANNED';
    await db.query(
      `INSERT INTO cycle_phase (edition_id, kind, position, starts_on, ends_on, status) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, phase.kind, i + 1, phase.startsOn, phase.endsOn, status],
    );
  }
  return { id, name, startsOn, endsOn };
}
