import { type Permission, rolesWith } from '@tandem/shared-domain';
import { Errors } from '../common/domain-error';
import type { Grant, Viewer } from './viewer';

/** What an object belongs to, for object-level checks ("is this tandem in your country?"). */
export interface ResourceScope {
  countryCode?: string | null;
  organisationId?: string | null;
  /** The person the record is about (a tutor's own profile, self-assessment, ...). */
  personId?: string | null;
  /**
   * For records that span several countries or organisations (a tandem of a school and a company,
   * perhaps across a border): a grant for any one of them covers the record.
   */
  countryCodes?: readonly string[];
  organisationIds?: readonly string[];
  /** People who share the record (a tandem's two tutors; a tutor's active partner): SELF grants cover them too. */
  memberIds?: readonly string[];
}

function grantCovers(grant: Grant, viewer: Viewer, scope: ResourceScope): boolean {
  switch (grant.scopeKind) {
    case 'PROGRAMME':
      return true;
    case 'COUNTRY':
      return (
        (!!scope.countryCode && grant.countryCode === scope.countryCode) ||
        (!!grant.countryCode && !!scope.countryCodes?.includes(grant.countryCode))
      );
    case 'ORGANISATION':
      return (
        (!!scope.organisationId && grant.organisationId === scope.organisationId) ||
        (!!grant.organisationId && !!scope.organisationIds?.includes(grant.organisationId))
      );
    case 'SELF':
      return (!!scope.personId && scope.personId === viewer.personId) || !!scope.memberIds?.includes(viewer.personId);
  }
}

/**
 * The one place where role + scope are decided for a given object. Services call these with a
 * permission of the shared table (PERMISSIONS); no resolver or service lists roles or compares
 * country codes by hand.
 */
export const Access = {
  /** Whether the viewer holds any role the permission lists, in any scope (the coarse check of the guard). */
  allows(viewer: Viewer, permission: Permission): boolean {
    const roles = rolesWith(permission);
    return viewer.grants.some((g) => roles.includes(g.role));
  },

  isAdmin(viewer: Viewer): boolean {
    return viewer.grants.some((g) => g.role === 'ADMIN');
  },

  /** True when one of the viewer's grants of a role the permission lists covers the object. */
  can(viewer: Viewer, permission: Permission, scope: ResourceScope): boolean {
    const roles = rolesWith(permission);
    return viewer.grants.some((g) => roles.includes(g.role) && grantCovers(g, viewer, scope));
  },

  /**
   * Whether the viewer may read the contact details (e-mail) of the person `scope` describes:
   * 'contact.read' in scope (a tutor through `memberIds`: their tandem partner). Everyone else sees names only.
   */
  canReadContact(viewer: Viewer, scope: ResourceScope): boolean {
    return Access.can(viewer, 'contact.read', scope);
  },

  /**
   * For permissions whose scope is the sessions one is assigned to (a TRAINER's people), not a
   * country: the viewer holds a role the permission lists and is among `trainerIds`, the trainers
   * of the record's sessions (AccessFactsRepository.sessionTrainersOf).
   */
  canThroughSessions(viewer: Viewer, permission: Permission, trainerIds: readonly string[]): boolean {
    return Access.allows(viewer, permission) && trainerIds.includes(viewer.personId);
  },

  assert(viewer: Viewer, permission: Permission, scope: ResourceScope): void {
    if (!Access.can(viewer, permission, scope)) throw Errors.forbidden();
  },

  /**
   * For list queries: the countries whose records the viewer may see through this permission, or
   * 'ALL' when a programme-wide grant applies. Filter in SQL with this, never after loading.
   */
  countries(viewer: Viewer, permission: Permission): 'ALL' | string[] {
    const roles = rolesWith(permission);
    const relevant = viewer.grants.filter((g) => roles.includes(g.role));
    if (relevant.some((g) => g.scopeKind === 'PROGRAMME')) return 'ALL';
    return [...new Set(relevant.filter((g) => g.scopeKind === 'COUNTRY').map((g) => g.countryCode as string))];
  },
};
