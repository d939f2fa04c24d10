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

/** Where a person belongs, for lists: the tutor profile's employer, else the first grant's organisation or country. */
function placeOf(person: Person): Pick<PersonModel, 'organisation' | 'countryCode'> {
  const employer = person.tutorProfile?.organisation;
  if (employer) return { organisation: { id: employer.id, name: employer.name }, countryCode: employer.countryCode };
  const grants = person.roleGrants ?? [];
  const inOrganisation = grants.find((g) => g.organisation)?.organisation;
  return {
    organisation: inOrganisation ? { id: inOrganisation.id, name: inOrganisation.name } : null,
    countryCode: grants.find((g) => g.countryCode)?.countryCode ?? inOrganisation?.countryCode ?? null,
  };
}

/** Expects `roleGrants` (with organisations) and `tutorProfile` loaded with the person (PeopleRepository): one query, no N+1. */
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
    ...placeOf(person),
    status: person.deactivatedAt ? 'DEACTIVATED' : 'ACTIVE',
  };
}
