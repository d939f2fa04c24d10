import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, rows, sql } from '../../database/sql';
import { Person } from '../people/person.entity';
import { ImportJob } from './import-job.entity';

export interface OrganisationMatchRow {
  id: string;
  registry_code: string;
  kind: string;
}

/** A person the file names by e-mail, with what the import would compare and the countries they belong to. */
export interface ExistingPersonRow {
  id: string;
  email: string;
  given_name: string;
  family_name: string;
  preferred_language: string;
  organisation_id: string | null;
  occupation_field: string | null;
  years_of_experience: number | null;
  languages: string[] | null;
  is_tutor: boolean;
  participating: boolean;
  countries: string[];
}

interface CreatedPersonRow {
  id: string;
  email: string;
}

export interface NewPerson {
  email: string;
  givenName: string;
  familyName: string;
  preferredLanguage: string;
}

export interface ChangedPerson extends NewPerson {
  personId: string;
}

export interface TutorProfileValues {
  personId: string;
  organisationId: string;
  occupationField: string | null;
  yearsOfExperience: number | null;
  languages: string[];
}

/** What a job row shows without its payload of rows (which can be large). */
const JOB_WITHOUT_ROWS = {
  rows: false,
  id: true,
  kind: true,
  status: true,
  createdById: true,
  countryCode: true,
  fileName: true,
  sendInvitations: true,
  totalRows: true,
  processedRows: true,
  summary: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const;

/** The SQL of tutor imports: matching a file's rows, the bulk writes of a run, and the import jobs. */
@Injectable()
export class TutorImportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  person(id: string): Promise<Person | null> {
    return this.db.getRepository(Person).findOneBy({ id });
  }

  /** Serialises imports until the transaction ends, so two uploads of one file cannot both create its people. */
  async lockImports(manager: EntityManager, key: number): Promise<void> {
    await rows(manager, sql`SELECT pg_advisory_xact_lock(${key})`);
  }

  organisations(
    manager: EntityManager,
    countryCode: string,
    codes: readonly string[],
  ): Promise<OrganisationMatchRow[]> {
    return rows<OrganisationMatchRow>(
      manager,
      sql`SELECT id, registry_code, kind FROM organisation WHERE country_code = ${countryCode} AND registry_code = ANY(${codes}::text[])`,
    );
  }

  people(manager: EntityManager, emails: readonly string[], editionId: string): Promise<ExistingPersonRow[]> {
    return rows<ExistingPersonRow>(
      manager,
      sql`SELECT p.id, p.email, p.given_name, p.family_name, p.preferred_language,
                  tp.organisation_id, tp.occupation_field, tp.years_of_experience, tp.languages,
                  EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id AND g.role = 'TUTOR') AS is_tutor,
                  EXISTS (SELECT 1 FROM tutor_participation x WHERE x.person_id = p.id AND x.edition_id = ${editionId}) AS participating,
                  ARRAY(
                    SELECT DISTINCT c FROM (
                      SELECT o.country_code AS c FROM organisation o WHERE o.id = tp.organisation_id
                      UNION SELECT coalesce(g.country_code, go.country_code) FROM role_grant g LEFT JOIN organisation go ON go.id = g.organisation_id WHERE g.person_id = p.id
                    ) s WHERE c IS NOT NULL
                  )::text[] AS countries
             FROM person p LEFT JOIN tutor_profile tp ON tp.person_id = p.id
            WHERE p.email = ANY(${emails}::text[])`,
    );
  }

  insertPeople(manager: EntityManager, people: readonly NewPerson[]): Promise<CreatedPersonRow[]> {
    return rows<CreatedPersonRow>(
      manager,
      sql`INSERT INTO person (email, given_name, family_name, preferred_language)
           SELECT * FROM unnest(${people.map((r) => r.email)}::text[], ${people.map((r) => r.givenName)}::text[],
                                ${people.map((r) => r.familyName)}::text[], ${people.map((r) => r.preferredLanguage)}::text[])
           RETURNING id, email`,
    );
  }

  async updatePeople(manager: EntityManager, people: readonly ChangedPerson[]): Promise<void> {
    await execute(
      manager,
      sql`UPDATE person p SET given_name = u.g, family_name = u.f, preferred_language = u.l, updated_at = now()
           FROM unnest(${people.map((r) => r.personId)}::uuid[], ${people.map((r) => r.givenName)}::text[],
                       ${people.map((r) => r.familyName)}::text[], ${people.map((r) => r.preferredLanguage)}::text[]) AS u(id, g, f, l)
          WHERE p.id = u.id AND (p.given_name, p.family_name, p.preferred_language) IS DISTINCT FROM (u.g, u.f, u.l)`,
    );
  }

  /** The TUTOR grant, the tutor profile and the edition's participation of each person (idempotent). */
  async makeTutors(manager: EntityManager, editionId: string, tutors: readonly TutorProfileValues[]): Promise<void> {
    const ids = tutors.map((r) => r.personId);
    await execute(
      manager,
      sql`INSERT INTO role_grant (person_id, role, scope_kind) SELECT unnest(${ids}::uuid[]), 'TUTOR', 'SELF' ON CONFLICT DO NOTHING`,
    );
    await execute(
      manager,
      sql`INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side, occupation_field, years_of_experience, languages)
         SELECT u.pid, o.id, o.kind, CASE o.kind WHEN 'VET_INSTITUTION' THEN 'SCHOOL' ELSE 'COMPANY' END, u.occ, u.yoe,
                CASE WHEN u.langs = '' THEN '{}'::text[] ELSE string_to_array(u.langs, ',') END
           FROM unnest(${ids}::uuid[], ${tutors.map((r) => r.organisationId)}::uuid[], ${tutors.map((r) => r.occupationField)}::text[],
                       ${tutors.map((r) => r.yearsOfExperience)}::int[], ${tutors.map((r) => r.languages.join(','))}::text[]) AS u(pid, oid, occ, yoe, langs)
           JOIN organisation o ON o.id = u.oid
         ON CONFLICT (person_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, organisation_kind = EXCLUDED.organisation_kind,
           side = EXCLUDED.side, occupation_field = EXCLUDED.occupation_field, years_of_experience = EXCLUDED.years_of_experience,
           languages = EXCLUDED.languages, updated_at = now()`,
    );
    await execute(
      manager,
      sql`INSERT INTO tutor_participation (edition_id, person_id) SELECT ${editionId}, unnest(${ids}::uuid[]) ON CONFLICT DO NOTHING`,
    );
  }

  async insertInvitationTokens(
    manager: EntityManager,
    tokens: readonly { personId: string; tokenHash: string }[],
    expiresAt: Date,
    createdById: string | null,
  ): Promise<void> {
    await execute(
      manager,
      sql`INSERT INTO account_token (person_id, purpose, token_hash, expires_at, created_by_id)
           SELECT u.pid, 'INVITATION', u.h, ${expiresAt}, ${createdById}
             FROM unnest(${tokens.map((t) => t.personId)}::uuid[], ${tokens.map((t) => t.tokenHash)}::text[]) AS u(pid, h)`,
    );
  }

  createJob(manager: EntityManager, values: Partial<ImportJob>): Promise<ImportJob> {
    return manager.save(manager.create(ImportJob, values));
  }

  job(id: string): Promise<ImportJob | null> {
    return this.db.getRepository(ImportJob).findOneBy({ id });
  }

  jobOrFail(id: string): Promise<ImportJob> {
    return this.db.getRepository(ImportJob).findOneByOrFail({ id });
  }

  /** The job as its reader sees it: everything but the rows it carries. */
  jobWithoutRows(id: string): Promise<ImportJob | null> {
    return this.db.getRepository(ImportJob).findOne({ where: { id }, select: JOB_WITHOUT_ROWS });
  }

  async updateJob(
    manager: EntityManager,
    id: string,
    changes: Omit<Partial<ImportJob>, 'rows'> & { rows?: null },
  ): Promise<void> {
    await manager.update(ImportJob, id, changes);
  }
}
