import type { TargetModel } from './target.model';
import type { TargetView } from './targets.service';

export function toTargetModel(view: TargetView, canEdit: boolean): TargetModel {
  const list = (m: Map<string, number>) => [...m].map(([key, value]) => ({ key, value }));
  return {
    editionId: view.editionId,
    total: view.total,
    byCountry: list(view.byCountry),
    bySide: list(view.bySide),
    updatedAt: view.updatedAt,
    canEdit,
  };
}
