import { type Permission, rolesWith } from '@tandem/shared-domain';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';

/** The part of the edition a viewer sees: everything, or some countries and/or organisations' tutors. */
export interface CockpitScope {
  all: boolean;
  countries: string[];
  organisations: string[];
}

/**
 * The union of the viewer's grants of the roles `permission` lists ('cockpit.read' for the numbers,
 * 'cockpit.people' for the people behind them: OBSERVER reads numbers only); FORBIDDEN when none applies.
 */
export function cockpitScope(viewer: Viewer, permission: Permission): CockpitScope {
  const roles = rolesWith(permission);
  const grants = viewer.grants.filter((g) => roles.includes(g.role));
  if (!grants.length) throw Errors.forbidden();
  const all = grants.some((g) => g.scopeKind === 'PROGRAMME');
  return {
    all,
    countries: all
      ? []
      : [...new Set(grants.filter((g) => g.scopeKind === 'COUNTRY').map((g) => g.countryCode as string))],
    organisations: all
      ? []
      : [...new Set(grants.filter((g) => g.scopeKind === 'ORGANISATION').map((g) => g.organisationId as string))],
  };
}
