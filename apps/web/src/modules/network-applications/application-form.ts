import type { FieldError } from '@tandem/shared-domain';
import type { ApplyToJoinNetworkInput, OrganisationKind, Sector, SizeClass } from '@tandem/web-graphql';

/** The kinds that apply through the public form (the API's APPLICANT_KINDS): the training partners. */
export const APPLICANT_KINDS = ['VET_INSTITUTION', 'COMPANY'] as const satisfies readonly OrganisationKind[];
/** The programme countries: an application goes to the coordinators of one of them. */
export const APPLICANT_COUNTRIES = ['EE', 'LV', 'LT'] as const;

export interface ApplicationValues {
  organisationName: string;
  kind: string;
  country: string;
  registryCode: string;
  city: string;
  website: string;
  sector: string;
  sizeClass: string;
  contactGivenName: string;
  contactFamilyName: string;
  contactEmail: string;
  preferredLanguage: string;
  message: string;
}

export type ApplicationField = keyof ApplicationValues;

export type ApplicationError =
  | 'networkApplication.errors.required'
  | 'networkApplication.errors.choose'
  | 'networkApplication.errors.email'
  | 'networkApplication.errors.website'
  | 'networkApplication.errors.registryCode'
  | 'networkApplication.errors.tooLong';

/** The form's own check names a catalogue key; the server's refusal is kept as it came (its rule is translated). */
export type ApplicationErrors = Partial<Record<ApplicationField, ApplicationError | FieldError>>;

/** The order of the fields on the form: the first with an error gets the focus. */
export const FIELD_ORDER: readonly ApplicationField[] = [
  'organisationName',
  'kind',
  'country',
  'registryCode',
  'city',
  'website',
  'sector',
  'sizeClass',
  'contactGivenName',
  'contactFamilyName',
  'contactEmail',
  'preferredLanguage',
  'message',
];

const MAX: Partial<Record<ApplicationField, number>> = {
  organisationName: 200,
  city: 100,
  website: 300,
  contactGivenName: 100,
  contactFamilyName: 100,
  contactEmail: 254,
  message: 2000,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https?:\/\/\S+$/;
const REGISTRY_CODE = /^[A-Za-z0-9-]{4,20}$/;

export function emptyApplication(preferredLanguage: string): ApplicationValues {
  return {
    organisationName: '',
    kind: '',
    country: '',
    registryCode: '',
    city: '',
    website: '',
    sector: '',
    sizeClass: '',
    contactGivenName: '',
    contactFamilyName: '',
    contactEmail: '',
    preferredLanguage,
    message: '',
  };
}

/** The same rules as the API's input, checked before sending so that each field says what is wrong. */
export function checkApplication(values: ApplicationValues): ApplicationErrors {
  const errors: ApplicationErrors = {};
  const v = (field: ApplicationField) => values[field].trim();
  for (const field of [
    'organisationName',
    'city',
    'contactGivenName',
    'contactFamilyName',
    'contactEmail',
    'registryCode',
  ] as const) {
    if (!v(field)) errors[field] = 'networkApplication.errors.required';
  }
  if (v('organisationName') && v('organisationName').length < 2)
    errors.organisationName = 'networkApplication.errors.required';
  if (v('city') && v('city').length < 2) errors.city = 'networkApplication.errors.required';
  for (const field of ['kind', 'country', 'preferredLanguage'] as const) {
    if (!v(field)) errors[field] = 'networkApplication.errors.choose';
  }
  if (v('contactEmail') && !EMAIL.test(v('contactEmail'))) errors.contactEmail = 'networkApplication.errors.email';
  if (v('website') && !WEBSITE.test(v('website'))) errors.website = 'networkApplication.errors.website';
  if (v('registryCode') && !REGISTRY_CODE.test(v('registryCode')))
    errors.registryCode = 'networkApplication.errors.registryCode';
  for (const [field, max] of Object.entries(MAX) as [ApplicationField, number][]) {
    if (!errors[field] && v(field).length > max) errors[field] = 'networkApplication.errors.tooLong';
  }
  return errors;
}

/** Server field names (`organisationName`, or `input.organisationName`) to fields of the form. */
export function fieldOfServerError(field: string): ApplicationField | null {
  const name = field.replace(/^input\./, '');
  return (FIELD_ORDER as readonly string[]).includes(name) ? (name as ApplicationField) : null;
}

export function toApplicationInput(values: ApplicationValues): ApplyToJoinNetworkInput {
  const optional = (text: string) => text.trim() || null;
  return {
    organisationName: values.organisationName.trim(),
    kind: values.kind as OrganisationKind,
    country: values.country,
    registryCode: values.registryCode.trim(),
    city: values.city.trim(),
    website: optional(values.website),
    sector: (optional(values.sector) as Sector | null) ?? null,
    sizeClass: (optional(values.sizeClass) as SizeClass | null) ?? null,
    contactGivenName: values.contactGivenName.trim(),
    contactFamilyName: values.contactFamilyName.trim(),
    contactEmail: values.contactEmail.trim(),
    preferredLanguage: values.preferredLanguage,
    message: optional(values.message),
  };
}

/** `/network/applications/:id` */
export const networkApplicationPath = (id: string) => `/network/applications/${encodeURIComponent(id)}`;

export const REJECTION_REASON_MIN_LENGTH = 3;
export const REJECTION_REASON_MAX_LENGTH = 1000;
