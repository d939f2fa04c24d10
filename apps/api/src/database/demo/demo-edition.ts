import { planCycle } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { CyclePhase } from '../../modules/programmes/cycle-phase.entity';
import { Edition } from '../../modules/programmes/edition.entity';
import { loadDemoModules } from './demo-modules';

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Position of "national trainings before joint module 2" in the cycle. */
const CURRENT_POSITION = 8;

/**
 * The demo edition, dated relative to today so that the demo always stands in "national trainings
 * before joint module 2": the phases before it are DONE, it is OPEN, the rest PLANNED.
 */
export async function loadDemoEdition(
  manager: EntityManager,
  programmeId: string,
  today = new Date(),
): Promise<Edition> {
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  // 365 days; today sits a little past the middle of the national trainings 2 phase (day ~209).
  const startsOn = isoDate(todayMs - 209 * DAY);
  const endsOn = isoDate(todayMs + 155 * DAY);
  const edition = await manager.save(
    manager.create(Edition, {
      programmeId,
      name: '2026–2027',
      startsOn,
      endsOn,
      targetTrained: 800,
      languages: ['en', 'et', 'lv', 'lt', 'ru'],
      crossBorderTandems: false,
      timeZone: 'Europe/Riga',
    }),
  );
  await manager.insert(
    CyclePhase,
    planCycle(startsOn, endsOn).map((p, i) => ({
      editionId: edition.id,
      kind: p.kind,
      position: i + 1,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: i + 1 < CURRENT_POSITION ? 'DONE' : i + 1 === CURRENT_POSITION ? 'OPEN' : 'PLANNED',
    })),
  );
  await loadDemoModules(manager, edition.id, startsOn);
  return edition;
}
