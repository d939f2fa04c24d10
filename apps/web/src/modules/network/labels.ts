import { isUuid } from '@tandem/shared-domain';
import type { OrganisationKind, Sector, SizeClass, TutorSide } from '@tandem/web-graphql';

/*
 * Every value of the schema's enums, once: a value the API adds is a compile error here until it
 * is named (and the catalogues get a text for it). The API sends codes; the client names them.
 */

const KINDS: Record<OrganisationKind, true> = {
  VET_INSTITUTION: true,
  COMPANY: true,
  RESEARCH_INSTITUTE: true,
  AUTHORITY: true,
  SOCIAL_PARTNER: true,
};
export const ORGANISATION_KINDS = Object.keys(KINDS) as OrganisationKind[];

const SECTORS: Record<Sector, true> = {
  AUTOMOTIVE: true,
  CONSTRUCTION: true,
  ENERGY: true,
  FOOD_AND_AGRICULTURE: true,
  HEALTH_AND_CARE: true,
  HOSPITALITY: true,
  ICT: true,
  LOGISTICS: true,
  MANUFACTURING: true,
  RETAIL_AND_SERVICES: true,
};
export const SECTORS_LIST = Object.keys(SECTORS) as Sector[];

const SIZE_CLASSES: Record<SizeClass, true> = { MICRO: true, SMALL: true, MEDIUM: true, LARGE: true };
/** Smallest first. */
export const SIZE_CLASS_LIST = Object.keys(SIZE_CLASSES) as SizeClass[];

const SIDES: Record<TutorSide, true> = { SCHOOL: true, COMPANY: true };
export const TUTOR_SIDES = Object.keys(SIDES) as TutorSide[];

export const organisationKindKey = (kind: OrganisationKind) => `network.kinds.${kind}` as const;
export const sectorKey = (sector: Sector) => `network.sectors.${sector}` as const;
export const sizeClassKey = (size: SizeClass) => `network.sizeClasses.${size}` as const;
export const tutorSideKey = (side: TutorSide) => `network.sides.${side}` as const;

export function isOrganisationKind(value: string | null | undefined): value is OrganisationKind {
  return !!value && value in KINDS;
}

export function isSector(value: string | null | undefined): value is Sector {
  return !!value && value in SECTORS;
}

/** `/organisations/:id` */
export const organisationPath = (id: string) => `/organisations/${encodeURIComponent(id)}`;

/** The API's ids are UUIDs; anything else in the address cannot name an organisation. */
export function isOrganisationId(value: string | undefined): value is string {
  return isUuid(value);
}
