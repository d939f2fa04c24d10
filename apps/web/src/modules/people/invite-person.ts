import {
  COUNTRY_GRANTABLE_ROLES,
  LOCALES,
  PROGRAMME_COUNTRIES,
  ROLES,
  isLocale,
  rolesWith,
  type Role,
} from '@tandem/shared-domain';
import type { AppError } from '@tandem/web-ui';
import { mayEverywhere } from '../session/roles';
import type { InvitePersonInput } from '@tandem/web-graphql';

interface Grant {
  role: Role;
  scopeKind?: string;
  countryCode?: string | null;
}

/** A country-scoped grant of a role that may grant roles (a coordinator's): it hands out that country's roles. */
const managesRolesIn = (g: Grant): g is Grant & { countryCode: string } =>
  rolesWith('role.manage').includes(g.role) && !!g.countryCode;

/** The roles the viewer may invite someone with, in the order of DESIGN.md (mirrors the API's grant rules). */
export function grantableRoles(grants: readonly Grant[]): Role[] {
  if (mayEverywhere(grants, 'role.manage')) return [...ROLES];
  if (grants.some(managesRolesIn)) return ROLES.filter((r) => COUNTRY_GRANTABLE_ROLES.includes(r));
  return [];
}

/** The countries the viewer may invite into: all programme countries for an ADMIN, else their own. */
export function grantableCountries(grants: readonly Grant[]): string[] {
  if (mayEverywhere(grants, 'role.manage')) return [...PROGRAMME_COUNTRIES];
  const own = grants.filter(managesRolesIn).map((g) => g.countryCode);
  return [...new Set(own)];
}

export type CountryUse = 'none' | 'optional' | 'required' | 'employer';

/**
 * What a role's scope asks for (the API's scopeOfGrant): a country for COORDINATOR and TRAINER, an
 * organisation for MANAGER and TUTOR (the country then only narrows the list of organisations),
 * an optional country for OBSERVER (required of a coordinator, whose grants never reach beyond
 * their country), nothing for ADMIN and RESEARCHER.
 */
export function countryUse(role: Role, viewerIsAdmin: boolean): CountryUse {
  switch (role) {
    case 'ADMIN':
    case 'RESEARCHER':
      return 'none';
    case 'OBSERVER':
      return viewerIsAdmin ? 'optional' : 'required';
    case 'COORDINATOR':
    case 'TRAINER':
      return 'required';
    case 'MANAGER':
    case 'TUTOR':
      return 'employer';
  }
}

/** A tutor works at a school or a company; a manager may lead any organisation of the network. */
export function employerKindsFor(role: Role): readonly string[] | null {
  return role === 'TUTOR' ? ['VET_INSTITUTION', 'COMPANY'] : null;
}

export interface InvitePersonForm {
  email: string;
  givenName: string;
  familyName: string;
  preferredLanguage: string;
  role: Role | null;
  countryCode: string | null;
  organisationId: string | null;
}

export type InvitePersonField = keyof InvitePersonForm;

export type InvitePersonMessageKey =
  | 'people.invite.errors.emailRequired'
  | 'people.invite.errors.emailInvalid'
  | 'people.invite.errors.nameRequired'
  | 'people.invite.errors.roleRequired'
  | 'people.invite.errors.countryRequired'
  | 'people.invite.errors.organisationRequired'
  | 'people.invite.errors.alreadyHasAccount'
  | 'people.invite.errors.forbidden'
  | 'errors.fieldInvalid';

export const INVITE_PERSON_FIELDS: readonly InvitePersonField[] = [
  'email',
  'givenName',
  'familyName',
  'preferredLanguage',
  'role',
  'countryCode',
  'organisationId',
];

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateInvitePerson(
  form: InvitePersonForm,
  viewerIsAdmin: boolean,
): Partial<Record<InvitePersonField, InvitePersonMessageKey>> {
  const errors: Partial<Record<InvitePersonField, InvitePersonMessageKey>> = {};
  if (!form.email.trim()) errors.email = 'people.invite.errors.emailRequired';
  else if (!EMAIL_SHAPE.test(form.email.trim())) errors.email = 'people.invite.errors.emailInvalid';
  if (!form.givenName.trim()) errors.givenName = 'people.invite.errors.nameRequired';
  if (!form.familyName.trim()) errors.familyName = 'people.invite.errors.nameRequired';
  if (!isLocale(form.preferredLanguage)) errors.preferredLanguage = 'errors.fieldInvalid';
  if (!form.role) {
    errors.role = 'people.invite.errors.roleRequired';
    return errors;
  }
  const use = countryUse(form.role, viewerIsAdmin);
  if (use === 'required' && !form.countryCode) errors.countryCode = 'people.invite.errors.countryRequired';
  if (use === 'employer' && !form.organisationId) errors.organisationId = 'people.invite.errors.organisationRequired';
  return errors;
}

/** The mutation's input: only the scope fields the role uses (the API refuses the others). */
export function toInvitePersonInput(
  form: InvitePersonForm & { role: Role },
  viewerIsAdmin: boolean,
): InvitePersonInput {
  const use = countryUse(form.role, viewerIsAdmin);
  return {
    email: form.email.trim(),
    givenName: form.givenName.trim(),
    familyName: form.familyName.trim(),
    preferredLanguage: isLocale(form.preferredLanguage) ? form.preferredLanguage : LOCALES[0],
    role: form.role,
    ...((use === 'required' || use === 'optional') && form.countryCode ? { countryCode: form.countryCode } : {}),
    ...(use === 'employer' && form.organisationId ? { organisationId: form.organisationId } : {}),
  };
}

const SERVER_FIELD: Record<string, InvitePersonField> = {
  email: 'email',
  givenName: 'givenName',
  familyName: 'familyName',
  preferredLanguage: 'preferredLanguage',
  role: 'role',
  countryCode: 'countryCode',
  organisationId: 'organisationId',
};

/**
 * The API's refusal, written next to the field it concerns: CONFLICT (the person already has an
 * account) on the e-mail, FORBIDDEN (role or scope beyond the viewer's) on the role, each
 * VALIDATION_FAILED field on its own. Anything else is for the general error alert (null).
 */
export function invitePersonFieldErrors(
  error: AppError,
): Partial<Record<InvitePersonField, InvitePersonMessageKey>> | null {
  if (error.code === 'CONFLICT') return { email: 'people.invite.errors.alreadyHasAccount' };
  if (error.code === 'FORBIDDEN') return { role: 'people.invite.errors.forbidden' };
  if (error.code !== 'VALIDATION_FAILED' || !error.fields?.length) return null;
  const errors: Partial<Record<InvitePersonField, InvitePersonMessageKey>> = {};
  for (const { field } of error.fields) {
    const name = SERVER_FIELD[field.split('.').pop() ?? ''];
    if (!name) continue;
    errors[name] =
      name === 'email'
        ? 'people.invite.errors.emailInvalid'
        : name === 'countryCode'
          ? 'people.invite.errors.countryRequired'
          : name === 'organisationId'
            ? 'people.invite.errors.organisationRequired'
            : 'errors.fieldInvalid';
  }
  return Object.keys(errors).length ? errors : null;
}
