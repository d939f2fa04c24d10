import { rolesWith, type Permission } from '@tandem/shared-domain';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import type { MobilityRow, MobilityScope } from './mobilities.repository';

/** The organisations the viewer's organisation-wide grants of a role `permission` lists reach. */
function organisationsOf(viewer: Viewer, permission: Permission): string[] {
  const roles = rolesWith(permission);
  return viewer.grants
    .filter((g) => roles.includes(g.role) && g.scopeKind === 'ORGANISATION' && g.organisationId)
    .map((g) => g.organisationId as string);
}

/** The countries and organisations `permission` reaches for the viewer, as the repository filters by them. */
export function organisationScope(viewer: Viewer, permission: Permission): MobilityScope {
  const countries = Access.countries(viewer, permission);
  return {
    all: countries === 'ALL',
    countries: countries === 'ALL' ? [] : countries,
    organisationIds: organisationsOf(viewer, permission),
    personId: null,
  };
}

/**
 * Who reads a mobility: an organisation's readers (a coordinator of its country, its manager, an
 * admin), and the person who went, whatever their role in the register.
 */
export const MobilityAccess = {
  readScope(viewer: Viewer): MobilityScope {
    return {
      ...organisationScope(viewer, 'mobility.readOrganisations'),
      personId: Access.allows(viewer, 'mobility.read') ? viewer.personId : null,
    };
  },

  canRead(viewer: Viewer, row: Pick<MobilityRow, 'fromCountry' | 'fromOrganisationId' | 'personId'>): boolean {
    return (
      Access.can(viewer, 'mobility.readOrganisations', {
        countryCode: row.fromCountry,
        organisationId: row.fromOrganisationId,
      }) ||
      (row.personId === viewer.personId && Access.allows(viewer, 'mobility.read'))
    );
  },

  /** Recording and editing follow the sending organisation's country. */
  canRecordFrom(viewer: Viewer, countryCode: string): boolean {
    return Access.can(viewer, 'mobility.record', { countryCode });
  },
};
