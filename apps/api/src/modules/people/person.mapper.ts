import type { Person } from './person.entity';
import type { PersonModel } from './person.model';
import type { RoleGrant } from './role-grant.entity';
import type { RoleGrantModel } from './role-grant.model';

export function toRoleGrantModel(grant: RoleGrant): RoleGrantModel {
  return {
    id: grant.id,
    role: grant.role,
    scopeKind: grant.scopeKind,
    countryCode: grant.countryCode,
    organisation: grant.organisation ? { id: grant.organisation.id, name: grant.organisation.name } : null,
  };
}

/** Expects `roleGrants` (with organisations) to be loaded with the person: one query, no N+1. */
export function toPersonModel(person: Person): PersonModel {
  return {
    id: person.id,
    email: person.email,
    givenName: person.givenName,
    familyName: person.familyName,
    displayName: `${person.givenName} ${person.familyName}`,
    preferredLanguage: person.preferredLanguage,
    timeZone: person.timeZone,
    roles: (person.roleGrants ?? []).map(toRoleGrantModel),
  };
}
