import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { planCycle } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import { CreateEditionInput, UpdateEditionInput } from './dto/edition.input';
import { Edition } from './edition.entity';
import { EditionsRepository } from './editions.repository';
import { invalid } from '../../common/field-error';

const duplicateName = (name: string) =>
  new DomainError('DUPLICATE_EDITION_NAME', `An edition named "${name}" already exists.`, { name });

@Injectable()
export class EditionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly editions: EditionsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Every edition with its phases in one query, newest first. */
  list(): Promise<Edition[]> {
    return this.editions.withPhases(this.db.manager);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Edition> {
    const [edition] = await this.editions.withPhases(manager, id);
    if (!edition) throw Errors.notFound('Edition');
    return edition;
  }

  /** The edition row locked in the caller's transaction: changes that depend on the edition (its target) run one at a time. */
  async lock(manager: EntityManager, id: string): Promise<Edition> {
    const edition = await this.editions.lock(manager, id);
    if (!edition) throw Errors.notFound('Edition');
    return edition;
  }

  /** Keeps the edition's own target column equal to the target total (in the caller's transaction). */
  setTargetTrained(manager: EntityManager, id: string, total: number): Promise<void> {
    return this.editions.update(manager, id, { targetTrained: total });
  }

  /** The id of `current()`, for the many reads that need only that. */
  currentId(): Promise<string | null> {
    return this.editions.currentId(this.db.manager, new Date().toISOString().slice(0, 10));
  }

  /**
   * The edition a read asks for (NOT_FOUND when there is none such), else the one running today, if
   * any: what every `editionId` argument that defaults to "the current edition" means.
   */
  async resolveId(asked?: string | null): Promise<string | null> {
    if (asked) return (await this.get(asked)).id;
    return this.currentId();
  }

  /** As `resolveId`, for reads that need an edition: NOT_FOUND when none is asked and none runs today. */
  async requireId(asked?: string | null): Promise<string> {
    const id = await this.resolveId(asked);
    if (!id) throw Errors.notFound('Edition');
    return id;
  }

  /** The edition running today, else the one that starts next, else the newest. */
  async current(): Promise<Edition | null> {
    const editions = await this.list();
    const today = new Date().toISOString().slice(0, 10);
    return (
      editions.find((e) => e.startsOn <= today && today <= e.endsOn) ??
      [...editions].reverse().find((e) => e.startsOn > today) ??
      editions[0] ??
      null
    );
  }

  async create(viewer: Viewer, input: CreateEditionInput, requestId: string): Promise<Edition> {
    if (input.endsOn < input.startsOn) throw Errors.validation([invalid('endsOn', 'notBeforeStart')]);
    let plan;
    try {
      plan = planCycle(input.startsOn, input.endsOn);
    } catch {
      throw Errors.validation([invalid('endsOn', 'phasesTooShort')]);
    }
    const id = await this.db.transaction(async (manager) => {
      const programmes = await this.editions.programmes(manager);
      if (programmes.length !== 1) throw Errors.conflict('Expected exactly one programme to add the edition to.');
      let edition: Edition;
      try {
        edition = await this.editions.insert(manager, {
          programmeId: programmes[0].id,
          name: input.name.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          targetTrained: input.targetTrained,
          languages: input.languages,
          crossBorderTandems: input.crossBorderTandems,
          maxSessionHoursPerDay: input.maxSessionHoursPerDay,
          timeZone: input.timeZone,
        });
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw duplicateName(input.name);
        throw e;
      }
      await this.editions.insertPhases(manager, edition.id, plan);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'createEdition',
        targetType: 'Edition',
        targetId: edition.id,
        summary: `Created edition ${edition.name} (${edition.startsOn} – ${edition.endsOn}, target ${edition.targetTrained})`,
        requestId,
      });
      return edition.id;
    });
    return this.get(id);
  }

  async update(viewer: Viewer, input: UpdateEditionInput, requestId: string): Promise<Edition> {
    const { id, ...changes } = input;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (Object.keys(defined).length === 0) throw Errors.validation([invalid('input', 'nothingToChange')]);
    await this.db.transaction(async (manager) => {
      const edition = await this.editions.lock(manager, id);
      if (!edition) throw Errors.notFound('Edition');
      try {
        await this.editions.update(manager, id, defined);
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw duplicateName(input.name ?? '');
        throw e;
      }
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'updateEdition',
        targetType: 'Edition',
        targetId: id,
        summary: `Changed ${Object.entries(defined)
          .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : v}`)
          .join(', ')}`,
        requestId,
      });
    });
    return this.get(id);
  }
}
