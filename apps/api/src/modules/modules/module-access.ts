import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import type { Module } from './module.entity';

/** Who may edit a module: ADMIN for joint modules, the country's COORDINATOR (or ADMIN) for national ones. */
export function canEditModule(viewer: Viewer, module: Pick<Module, 'kind' | 'countryCode'>): boolean {
  return module.kind === 'JOINT'
    ? Access.isAdmin(viewer)
    : Access.can(viewer, 'module.edit', { countryCode: module.countryCode });
}
