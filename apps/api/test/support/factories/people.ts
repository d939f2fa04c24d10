import { ROLE_SCOPE_KINDS, type Role } from '@tandem/shared-domain';
import type { DataSource } from 'typeorm';
import { row, uniqueTag } from '../db';

export interface GivenGrant {
  role: Role;
  countryCode?: string;
  organisationId?: string;
}

export interface GivenPerson {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
}

/** An active account (no password: sign it in with signInAsPerson) holding the grants. */
export async function givenPerson(
  db: DataSource,
  options: {
    grants?: GivenGrant[];
    givenName?: string;
    familyName?: string;
    email?: string;
    preferredLanguage?: string;
    researchConsent?: boolean;
  } = {},
): Promise<GivenPerson> {
  const tag = uniqueTag();
  const givenName = options.givenName ?? 'Test';
  const familyName = options.familyName ?? `Person ${tag}`;
  const email = options.email ?? `person-${tag}@test.example`;
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO person (email, given_name, family_name, preferred_language) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, givenName, familyName, options.preferredLanguage ?? 'en'],
  );
  if (options.researchConsent !== undefined)
    await db.query(
      `INSERT INTO person_consent (person_id, purpose, granted, text_version, changed_at) VALUES ($1, 'RESEARCH', $2, 'test', now())`,
      [id, options.researchConsent],
    );
  for (const g of options.grants ?? []) {
    const scopeKind = g.countryCode ? 'COUNTRY' : g.organisationId ? 'ORGANISATION' : ROLE_SCOPE_KINDS[g.role][0];
    await db.query(
      `INSERT INTO role_grant (person_id, role, scope_kind, country_code, organisation_id) VALUES ($1, $2, $3, $4, $5)`,
      [id, g.role, scopeKind, g.countryCode ?? null, g.organisationId ?? null],
    );
  }
  return { id, email, givenName, familyName };
}
