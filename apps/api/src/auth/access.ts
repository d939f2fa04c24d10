import type { Role } from '@tandem/shared-domain';
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

/**
 * Who reads a tutor's contact details (e-mail): ADMIN, the COORDINATOR of their country, a MANAGER of
 * their organisation, the tutor and their tandem partner (TUTOR through `memberIds`). Everyone else
 * sees names only.
 */
export const CONTACT_READERS: readonly Role[] = ['COORDINATOR', 'MANAGER', 'TUTOR'];

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
 * The one place where role + scope are decided for a given object. Services call these; no
 * resolver or service compares country codes by hand.
 */
export const Access = {
  hasRole(viewer: Viewer, roles: readonly Role[]): boolean {
    return viewer.grants.some((g) => roles.includes(g.role));
  },

  isAdmin(viewer: Viewer): boolean {
    return viewer.grants.some((g) => g.role === 'ADMIN');
  },

  /** True when one of the viewer's grants for these roles covers the object. ADMIN covers everything. */
  can(viewer: Viewer, roles: readonly Role[], scope: ResourceScope): boolean {
    return viewer.grants.some((g) => (g.role === 'ADMIN' || roles.includes(g.role)) && grantCovers(g, viewer, scope));
  },

  /** Whether the viewer may read the contact details of the person `scope` describes (see CONTACT_READERS). */
  canReadContact(viewer: Viewer, scope: ResourceScope): boolean {
    return Access.can(viewer, CONTACT_READERS, scope);
  },

  assert(viewer: Viewer, roles: readonly Role[], scope: ResourceScope): void {
    if (!Access.can(viewer, roles, scope)) throw Errors.forbidden();
  },

  /**
   * For list queries: the countries whose records the viewer may see through these roles, or
   * 'ALL' when a programme-wide grant applies. Filter in SQL with this, never after loading.
   */
  countries(viewer: Viewer, roles: readonly Role[]): 'ALL' | string[] {
    const relevant = viewer.grants.filter((g) => g.role === 'ADMIN' || roles.includes(g.role));
    if (relevant.some((g) => g.scopeKind === 'PROGRAMME')) return 'ALL';
    return [...new Set(relevant.filter((g) => g.scopeKind === 'COUNTRY').map((g) => g.countryCode as string))];
  },
};
