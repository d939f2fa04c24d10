import { COUNTRY_GRANTABLE_ROLES } from '@tandem/shared-domain';
import type { FieldError, Role, ScopeKind } from '@tandem/shared-domain';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { invalid } from '../../common/field-error';

export interface GrantRequest {
  role: Role;
  countryCode?: string | null;
  organisationId?: string | null;
}

export interface GrantScope {
  scopeKind: ScopeKind;
  countryCode: string | null;
  organisationId: string | null;
}

/**
 * The scope each role is granted in (DESIGN.md, Roles): ADMIN and RESEARCHER programme-wide;
 * COORDINATOR and TRAINER in a country; MANAGER in an organisation; OBSERVER programme-wide or in a
 * country; TUTOR for themself, employed by an organisation (which places them in a country).
 */
export function scopeOfGrant(req: GrantRequest): GrantScope | FieldError[] {
  const country = req.countryCode ?? null;
  const org = req.organisationId ?? null;
  const errors: FieldError[] = [];
  const none = (field: 'countryCode' | 'organisationId', value: string | null) => {
    if (value) errors.push(invalid(field, 'notForRole', { role: req.role }));
  };
  const required = (field: 'countryCode' | 'organisationId', value: string | null) => {
    if (!value) errors.push(invalid(field, 'requiredForRole', { role: req.role }));
  };
  let scope: GrantScope;
  switch (req.role) {
    case 'ADMIN':
    case 'RESEARCHER':
      none('countryCode', country);
      none('organisationId', org);
      scope = { scopeKind: 'PROGRAMME', countryCode: null, organisationId: null };
      break;
    case 'OBSERVER':
      none('organisationId', org);
      scope = country
        ? { scopeKind: 'COUNTRY', countryCode: country, organisationId: null }
        : { scopeKind: 'PROGRAMME', countryCode: null, organisationId: null };
      break;
    case 'COORDINATOR':
    case 'TRAINER':
      required('countryCode', country);
      none('organisationId', org);
      scope = { scopeKind: 'COUNTRY', countryCode: country, organisationId: null };
      break;
    case 'MANAGER':
      required('organisationId', org);
      none('countryCode', country);
      scope = { scopeKind: 'ORGANISATION', countryCode: null, organisationId: org };
      break;
    case 'TUTOR':
      // The employer is needed for the tutor profile (and decides whose country the tutor is in).
      required('organisationId', org);
      none('countryCode', country);
      scope = { scopeKind: 'SELF', countryCode: null, organisationId: null };
      break;
  }
  return errors.length ? errors : scope;
}

/**
 * Whether the viewer may grant (or revoke) this role in this scope. `country` is where the grant
 * lives: its country, its organisation's country, or a tutor's employer's country; null for
 * programme-wide grants. ADMIN may do anything; a COORDINATOR only non-programme roles in their own country.
 */
export function mayManageGrant(viewer: Viewer, role: Role, country: string | null): boolean {
  if (Access.isAdmin(viewer)) return true;
  if (!COUNTRY_GRANTABLE_ROLES.includes(role) || !country) return false;
  return Access.can(viewer, 'role.manage', { countryCode: country });
}
