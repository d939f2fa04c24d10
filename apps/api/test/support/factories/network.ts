import type { DataSource } from 'typeorm';
import { row, uniqueTag } from '../db';
import type { GivenEdition } from './programmes';
import { givenPerson, type GivenPerson } from './people';

export type OrganisationKind = 'VET_INSTITUTION' | 'COMPANY' | 'RESEARCH_INSTITUTE' | 'AUTHORITY' | 'SOCIAL_PARTNER';
export type Side = 'SCHOOL' | 'COMPANY';

export interface GivenOrganisation {
  id: string;
  name: string;
  countryCode: string;
  kind: OrganisationKind;
  registryCode: string;
}

export async function givenOrganisation(
  db: DataSource,
  options: { countryCode?: string; kind?: OrganisationKind; name?: string; city?: string } = {},
): Promise<GivenOrganisation> {
  const tag = uniqueTag();
  const countryCode = options.countryCode ?? 'EE';
  const kind = options.kind ?? 'COMPANY';
  const name = options.name ?? `${kind === 'VET_INSTITUTION' ? 'School' : 'Company'} ${tag}`;
  const registryCode = `R${tag}`.toUpperCase();
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO organisation (name, kind, country_code, registry_code, city) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [name, kind, countryCode, registryCode, options.city ?? 'Tartu'],
  );
  return { id, name, countryCode, kind, registryCode };
}

export interface GivenTutor extends GivenPerson {
  side: Side;
  organisationId: string;
  countryCode: string;
}

/**
 * A tutor (TUTOR grant, tutor profile) of a new school or company of `countryCode`, or of
 * `organisation`; taking part in `edition` when one is given.
 */
export async function givenTutor(
  db: DataSource,
  options: {
    edition?: GivenEdition;
    side?: Side;
    countryCode?: string;
    organisation?: GivenOrganisation;
    givenName?: string;
    familyName?: string;
    preferredLanguage?: string;
    researchConsent?: boolean;
  } = {},
): Promise<GivenTutor> {
  const side = options.side ?? 'SCHOOL';
  const organisation =
    options.organisation ??
    (await givenOrganisation(db, {
      countryCode: options.countryCode ?? 'EE',
      kind: side === 'SCHOOL' ? 'VET_INSTITUTION' : 'COMPANY',
    }));
  const person = await givenPerson(db, {
    grants: [{ role: 'TUTOR' }],
    givenName: options.givenName,
    familyName: options.familyName,
    preferredLanguage: options.preferredLanguage,
    researchConsent: options.researchConsent,
  });
  await db.query(
    `INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side) VALUES ($1, $2, $3, $4)`,
    [person.id, organisation.id, side === 'SCHOOL' ? 'VET_INSTITUTION' : 'COMPANY', side],
  );
  if (options.edition)
    await db.query(`INSERT INTO tutor_participation (edition_id, person_id) VALUES ($1, $2)`, [
      options.edition.id,
      person.id,
    ]);
  return { ...person, side, organisationId: organisation.id, countryCode: organisation.countryCode };
}

export type TandemStatus = 'FORMING' | 'ACTIVE' | 'COMPLETED' | 'DISSOLVED';

export interface GivenTandem {
  id: string;
  editionId: string;
  school: GivenTutor;
  company: GivenTutor;
}

/** A tandem of the edition (ACTIVE by default) of two new tutors of `countryCode`, or of the tutors given. */
export async function givenTandem(
  db: DataSource,
  options: {
    edition: GivenEdition;
    countryCode?: string;
    status?: TandemStatus;
    school?: GivenTutor;
    company?: GivenTutor;
  },
): Promise<GivenTandem> {
  const status = options.status ?? 'ACTIVE';
  const countryCode = options.countryCode ?? 'EE';
  const school = options.school ?? (await givenTutor(db, { edition: options.edition, side: 'SCHOOL', countryCode }));
  const company = options.company ?? (await givenTutor(db, { edition: options.edition, side: 'COMPANY', countryCode }));
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO tandem (edition_id, school_tutor_id, company_tutor_id, status, activated_at, dissolved_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $4 <> 'FORMING' THEN now() - interval '60 days' END,
             CASE WHEN $4 = 'DISSOLVED' THEN now() END) RETURNING id`,
    [options.edition.id, school.id, company.id, status],
  );
  await db.query(
    `INSERT INTO tandem_member (tandem_id, side, edition_id, tandem_status, person_id)
     VALUES ($1, 'SCHOOL', $2, $3, $4), ($1, 'COMPANY', $2, $3, $5)`,
    [id, options.edition.id, status, school.id, company.id],
  );
  return { id, editionId: options.edition.id, school, company };
}
