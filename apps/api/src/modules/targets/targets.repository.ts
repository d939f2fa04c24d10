import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TargetSplit, type TargetDimension } from './target-split.entity';
import { Target } from './target.entity';

export interface SplitValue {
  dimension: TargetDimension;
  key: string;
  value: number;
}

/** The edition's target row and its splits by country and side. */
@Injectable()
export class TargetsRepository {
  target(db: EntityManager, editionId: string): Promise<Target | null> {
    return db.getRepository(Target).findOneBy({ editionId });
  }

  splits(db: EntityManager, editionId: string): Promise<TargetSplit[]> {
    return db.getRepository(TargetSplit).find({ where: { editionId }, order: { key: 'ASC' } });
  }

  /** Sets the total and replaces every split (in the caller's transaction). */
  async replace(
    db: EntityManager,
    editionId: string,
    total: number,
    updatedById: string,
    splits: readonly SplitValue[],
  ): Promise<void> {
    await db.upsert(Target, { editionId, total, updatedById }, ['editionId']);
    await db.delete(TargetSplit, { editionId });
    if (splits.length)
      await db.insert(
        TargetSplit,
        splits.map((s) => ({ editionId, ...s })),
      );
  }
}
