import type { CyclePhase } from './cycle-phase.entity';
import type { CyclePhaseModel } from './cycle-phase.model';
import type { Edition } from './edition.entity';
import type { EditionModel } from './edition.model';

export function toCyclePhaseModel(p: CyclePhase): CyclePhaseModel {
  return { id: p.id, kind: p.kind, position: p.position, startsOn: p.startsOn, endsOn: p.endsOn, status: p.status };
}

/** The phase people should look at now (see EditionModel.currentPhase). */
export function currentPhaseOf<T extends { status: string; position: number }>(phases: T[]): T | null {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  return (
    ordered.find((p) => p.status === 'OPEN') ?? ordered.find((p) => p.status === 'PLANNED') ?? ordered.at(-1) ?? null
  );
}

/** Expects `programme` and `phases` loaded with the edition (one query). */
export function toEditionModel(e: Edition): EditionModel {
  const phases = (e.phases ?? []).map(toCyclePhaseModel).sort((a, b) => a.position - b.position);
  return {
    id: e.id,
    programmeName: e.programme?.name ?? '',
    name: e.name,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    targetTrained: e.targetTrained,
    languages: e.languages,
    crossBorderTandems: e.crossBorderTandems,
    maxSessionHoursPerDay: e.maxSessionHoursPerDay,
    timeZone: e.timeZone,
    phases,
    currentPhase: currentPhaseOf(phases),
  };
}
