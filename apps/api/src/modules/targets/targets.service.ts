import type { FieldError } from '@tandem/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { EditionsService } from '../programmes/editions.service';
import { ReferenceService } from '../reference/reference.service';
import type { SetTargetInput, TargetSplitInput } from './dto/target.input';
import { TargetsRepository } from './targets.repository';
import { invalid } from '../../common/field-error';

export interface TargetView {
  editionId: string;
  total: number;
  byCountry: Map<string, number>;
  bySide: Map<string, number>;
  updatedAt: Date | null;
}

/**
 * The edition's target. Without a target row the edition's own `target_trained` stands, unsplit;
 * setting a target keeps that column equal to the total so both never disagree.
 */
@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: TargetsRepository,
    private readonly editions: EditionsService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  async get(editionId: string, manager: EntityManager = this.db.manager): Promise<TargetView> {
    const edition = await this.editions.get(editionId, manager);
    const target = await this.targets.target(manager, editionId);
    const splits = target ? await this.targets.splits(manager, editionId) : [];
    const of = (d: string) => new Map(splits.filter((s) => s.dimension === d).map((s) => [s.key, s.value]));
    return {
      editionId,
      total: target?.total ?? edition.targetTrained,
      byCountry: of('COUNTRY'),
      bySide: of('SIDE'),
      updatedAt: target?.updatedAt ?? null,
    };
  }

  private validate(input: SetTargetInput, countries: Set<string>): void {
    const errors: FieldError[] = [];
    const check = (field: string, splits: TargetSplitInput[], allowed: (k: string) => boolean) => {
      const keys = splits.map((s) => s.key);
      if (new Set(keys).size !== keys.length) errors.push(invalid(field, 'keyTwice'));
      const bad = keys.filter((k) => !allowed(k));
      if (bad.length) errors.push(invalid(field, 'unknownKeys', { keys: bad.join(', ') }));
      if (splits.reduce((sum, s) => sum + s.value, 0) > input.total) errors.push(invalid(field, 'hoursOverTotal'));
    };
    check('byCountry', input.byCountry, (k) => countries.has(k));
    check('bySide', input.bySide, (k) => k === 'SCHOOL' || k === 'COMPANY');
    if (errors.length) throw Errors.validation(errors);
  }

  async set(viewer: Viewer, input: SetTargetInput, requestId: string): Promise<TargetView> {
    if (!Access.isAdmin(viewer)) throw Errors.forbidden();
    await this.editions.get(input.editionId);
    const countries = await this.reference.countries(false);
    this.validate(input, new Set(countries.map((c) => c.code)));
    return this.db.transaction(async (manager) => {
      // The edition row is the lock: two concurrent target changes apply one after the other.
      await this.editions.lock(manager, input.editionId);
      await this.targets.replace(manager, input.editionId, input.total, viewer.personId, [
        ...input.byCountry.map((s) => ({ dimension: 'COUNTRY' as const, key: s.key, value: s.value })),
        ...input.bySide.map((s) => ({ dimension: 'SIDE' as const, key: s.key, value: s.value })),
      ]);
      await this.editions.setTargetTrained(manager, input.editionId, input.total);
      const describe = (s: TargetSplitInput[]) => s.map((x) => `${x.key} ${x.value}`).join(', ') || '-';
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'setTarget',
        targetType: 'Edition',
        targetId: input.editionId,
        summary: `Target ${input.total}; countries: ${describe(input.byCountry)}; sides: ${describe(input.bySide)}`,
        requestId,
      });
      return this.get(input.editionId, manager);
    });
  }
}
