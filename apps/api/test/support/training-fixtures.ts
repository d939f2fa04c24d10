import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';
import { GqlClient } from './gql-client';

export interface BulkTutor {
  id: string;
  client: GqlClient;
}
export interface BulkTandem {
  id: string;
  school: BulkTutor;
  company: BulkTutor;
}

/** A signed-in client for a person without a password round-trip (argon2 for hundreds of people would take minutes). */
export async function signedInClient(t: TestApp, personId: string): Promise<GqlClient> {
  const token = randomBytes(32).toString('base64url');
  await t.db.query(
    `INSERT INTO session (token_hash, person_id, last_seen_at, expires_at, absolute_expires_at)
     VALUES ($1, $2, now(), now() + interval '1 day', now() + interval '2 days')`,
    [createHash('sha256').update(token).digest('hex'), personId],
  );
  const fastify = t.app.getHttpAdapter().getInstance() as {
    signCookie(value: string): string;
  };
  const client = new GqlClient(t.baseUrl);
  client.cookie = `tandem_session=${fastify.signCookie(token)}`;
  return client;
}

/**
 * ACTIVE tandems of an edition in bulk (one statement per table): a school tutor of `schoolOrgId` and
 * a company tutor of `companyOrgId` each, with TUTOR grants and signed-in clients.
 */
export async function createActiveTandems(
  t: TestApp,
  editionId: string,
  schoolOrgId: string,
  companyOrgId: string,
  count: number,
  language = 'lv',
): Promise<BulkTandem[]> {
  const tag = randomBytes(3).toString('hex');
  const schools = Array.from({ length: count }, () => randomUUID());
  const companies = Array.from({ length: count }, () => randomUUID());
  const tandems = Array.from({ length: count }, () => randomUUID());
  const people = [...schools, ...companies];
  await t.db.query(
    `INSERT INTO person (id, email, given_name, family_name, preferred_language)
     SELECT id, 'bulk-' || $2 || '-' || ord || '@test.example', 'Bulk', 'Tutor ' || ord, $3 FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, ord)`,
    [people, tag, language],
  );
  await t.db.query(
    `INSERT INTO role_grant (person_id, role, scope_kind) SELECT id, 'TUTOR', 'SELF' FROM unnest($1::uuid[]) AS x(id)`,
    [people],
  );
  await t.db.query(
    `INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side)
     SELECT id, $2::uuid, 'VET_INSTITUTION', 'SCHOOL' FROM unnest($1::uuid[]) AS x(id)
     UNION ALL SELECT id, $4::uuid, 'COMPANY', 'COMPANY' FROM unnest($3::uuid[]) AS y(id)`,
    [schools, schoolOrgId, companies, companyOrgId],
  );
  await t.db.query(
    `INSERT INTO tutor_participation (edition_id, person_id) SELECT $1, id FROM unnest($2::uuid[]) AS x(id)`,
    [editionId, people],
  );
  await t.db.query(
    `INSERT INTO tandem (id, edition_id, school_tutor_id, company_tutor_id, status, activated_at)
     SELECT * , 'ACTIVE', now() FROM (SELECT unnest($1::uuid[]), $2::uuid, unnest($3::uuid[]), unnest($4::uuid[])) AS x`,
    [tandems, editionId, schools, companies],
  );
  await t.db.query(
    `INSERT INTO tandem_member (tandem_id, side, edition_id, tandem_status, person_id)
     SELECT tid, 'SCHOOL', $2::uuid, 'ACTIVE', sid FROM unnest($1::uuid[], $3::uuid[]) AS x(tid, sid)
     UNION ALL SELECT tid, 'COMPANY', $2::uuid, 'ACTIVE', cid FROM unnest($1::uuid[], $4::uuid[]) AS y(tid, cid)`,
    [tandems, editionId, schools, companies],
  );
  return Promise.all(
    tandems.map(async (id, i) => ({
      id,
      school: { id: schools[i], client: await signedInClient(t, schools[i]) },
      company: {
        id: companies[i],
        client: await signedInClient(t, companies[i]),
      },
    })),
  );
}
