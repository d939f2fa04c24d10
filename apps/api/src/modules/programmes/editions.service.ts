import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { planCycle } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { CyclePhase } from './cycle-phase.entity';
import { CreateEditionInput, UpdateEditionInput } from './dto/edition.input';
import { Edition } from './edition.entity';
import { Programme } from './programme.entity';

@Injectable()
export class EditionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private query(manager: EntityManager = this.db.manager) {
    return manager
      .getRepository(Edition)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.programme', 'programme')
      .leftJoinAndSelect('e.phases', 'phase')
      .orderBy('e.starts_on', 'DESC')
      .addOrderBy('phase.position', 'ASC');
  }

  /** Every edition with its phases in one query, newest first. */
  list(): Promise<Edition[]> {
    return this.query().getMany();
  }

  async get(id: string, manager?: EntityManager): Promise<Edition> {
    const edition = await this.query(manager).where('e.id = :id', { id }).getOne();
    if (!edition) throw Errors.notFound('Edition');
    return edition;
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
    if (input.endsOn < input.startsOn)
      throw Errors.validation([{ field: 'endsOn', message: 'must not be before startsOn' }]);
    let plan;
    try {
      plan = planCycle(input.startsOn, input.endsOn);
    } catch {
      throw Errors.validation([{ field: 'endsOn', message: 'leaves less than one day for each phase of the cycle' }]);
    }
    const id = await this.db.transaction(async (manager) => {
      const programmes = await manager.getRepository(Programme).find({ take: 2 });
      if (programmes.length !== 1) throw Errors.conflict('Expected exactly one programme to add the edition to.');
      const edition = manager.create(Edition, {
        programmeId: programmes[0].id,
        name: input.name.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        targetTrained: input.targetTrained,
        languages: input.languages,
        crossBorderTandems: input.crossBorderTandems,
        timeZone: input.timeZone,
      });
      try {
        await manager.save(edition);
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
          throw Errors.conflict(`An edition named "${input.name}" already exists.`);
        throw e;
      }
      await manager.insert(
        CyclePhase,
        plan.map((p, i) => ({
          editionId: edition.id,
          kind: p.kind,
          position: i + 1,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
        })),
      );
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
    if (Object.keys(defined).length === 0) throw Errors.validation([{ field: 'input', message: 'nothing to change' }]);
    await this.db.transaction(async (manager) => {
      const edition = await manager
        .getRepository(Edition)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!edition) throw Errors.notFound('Edition');
      try {
        await manager.update(Edition, id, defined);
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
          throw Errors.conflict(`An edition named "${input.name}" already exists.`);
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
