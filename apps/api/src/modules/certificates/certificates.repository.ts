import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { likePattern } from '../../common/pagination';
import { CertificateSettings } from './certificate-settings.entity';
import { Certificate, CertificateStatus, Localised } from './certificate.entity';
import { CredentialIssuerKey } from './issuer-key.entity';
import { CredentialStatusList } from './status-list.entity';
import { VerificationAttempt } from './verification-attempt.entity';

/** One tutor as the certificate needs them (read from people, organisations, completion and the edition). */
export interface TutorFactsRow {
  person_id: string;
  given_name: string;
  family_name: string;
  email: string;
  preferred_language: string;
  country_code: string;
  completion_status: string | null;
  trained_at: Date | null;
  edition_id: string;
  edition_name: string;
  starts_on: string;
  programme_name: string;
}

export interface AttendedModuleRow {
  code: string;
  kind: 'JOINT' | 'NATIONAL';
  joint_number: number | null;
  title: Localised;
  hours: number;
}

export interface AreaRow {
  code: string;
  title: Localised;
  version: number;
}

export interface RuleRow {
  required_joint_numbers: number[];
  min_joint_modules: number;
  min_national_hours: number;
  self_assessment_kind: string | null;
  self_assessment_module_number: number | null;
  assignments_mode: string;
  min_accepted_assignments: number;
}

export interface DueRow {
  edition_id: string;
  person_id: string;
}

export interface FlaggedRow {
  id: string;
  person_id: string;
  country_code: string;
  number: string;
  holder_name: string;
}

export interface TrainedWithoutCertificateRow {
  edition_id: string;
  person_id: string;
  given_name: string;
  family_name: string;
  country_code: string;
  trained_at: Date;
}

export interface CertificateFilter {
  countries: 'ALL' | string[];
  status?: CertificateStatus | null;
  flaggedOnly?: boolean;
  search?: string | null;
  after?: [string, string] | null;
  limit: number;
}

const ISSUE_LOCK = 72_026_016;

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected count]. */
function updated<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** Every SQL statement of the certificates slice. */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  // --- issuer keys -------------------------------------------------------------------------------

  currentKey(manager: EntityManager = this.db.manager): Promise<CredentialIssuerKey | null> {
    return manager.getRepository(CredentialIssuerKey).findOneBy({ isCurrent: true });
  }

  keyById(id: string): Promise<CredentialIssuerKey | null> {
    return this.db.getRepository(CredentialIssuerKey).findOneBy({ id });
  }

  keyByPublicKey(manager: EntityManager, publicKeyMultibase: string): Promise<CredentialIssuerKey | null> {
    return manager.getRepository(CredentialIssuerKey).findOneBy({ publicKeyMultibase });
  }

  allKeys(): Promise<CredentialIssuerKey[]> {
    return this.db.getRepository(CredentialIssuerKey).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Serialises key creation and rotation across replicas (first start of several at once). */
  async lockKeys(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1, 1)`, [ISSUE_LOCK]);
  }

  async retireCurrentKey(manager: EntityManager): Promise<void> {
    await manager.update(CredentialIssuerKey, { isCurrent: true }, { isCurrent: false, retiredAt: new Date() });
  }

  async reinstateKey(manager: EntityManager, id: string): Promise<void> {
    await manager.update(CredentialIssuerKey, { id }, { isCurrent: true, retiredAt: null });
  }

  async insertKey(
    manager: EntityManager,
    row: Pick<CredentialIssuerKey, 'publicKeyMultibase' | 'secretKeyCiphertext' | 'source'>,
  ): Promise<CredentialIssuerKey> {
    return manager.getRepository(CredentialIssuerKey).save(manager.create(CredentialIssuerKey, row));
  }

  // --- status lists ------------------------------------------------------------------------------

  listById(id: number): Promise<CredentialStatusList | null> {
    return this.db.getRepository(CredentialStatusList).findOneBy({ id });
  }

  lockList(manager: EntityManager, id: number): Promise<CredentialStatusList> {
    return manager
      .getRepository(CredentialStatusList)
      .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockCurrentList(manager: EntityManager): Promise<CredentialStatusList | null> {
    return manager
      .getRepository(CredentialStatusList)
      .findOne({ where: { isCurrent: true }, lock: { mode: 'pessimistic_write' } });
  }

  async closeList(manager: EntityManager, id: number): Promise<void> {
    await manager.update(CredentialStatusList, { id }, { isCurrent: false });
  }

  insertList(
    manager: EntityManager,
    row: Pick<CredentialStatusList, 'length' | 'multiplier' | 'offsetIndex'>,
  ): Promise<CredentialStatusList> {
    return manager.getRepository(CredentialStatusList).save(manager.create(CredentialStatusList, row));
  }

  /** The next position of the permutation, or null when the list is full. */
  async takeIndex(manager: EntityManager, listId: number): Promise<number | null> {
    const rows = updated<{ index: number }>(
      await manager.query(
        `UPDATE credential_status_list SET allocated = allocated + 1
        WHERE id = $1 AND allocated < length
        RETURNING ((multiplier::bigint * (allocated - 1) + offset_index) % length)::int AS index`,
        [listId],
      ),
    );
    return rows[0]?.index ?? null;
  }

  /** Indexes whose bit is set: revoked certificates and replaced ones (no longer to be relied on). */
  async setIndexes(manager: EntityManager, listId: number): Promise<number[]> {
    const rows: { status_index: number }[] = await manager.query(
      `SELECT status_index FROM certificate WHERE status_list_id = $1 AND status IN ('REVOKED','REPLACED') ORDER BY status_index`,
      [listId],
    );
    return rows.map((r) => r.status_index);
  }

  async saveListCredential(manager: EntityManager, listId: number, credential: Record<string, unknown>): Promise<void> {
    await manager.query(
      `UPDATE credential_status_list SET credential = $2, revision = revision + 1, signed_at = now() WHERE id = $1`,
      [listId, credential],
    );
  }

  // --- numbers -----------------------------------------------------------------------------------

  async nextNumber(manager: EntityManager, year: number, countryCode: string): Promise<number> {
    const rows: { last_number: number }[] = await manager.query(
      `INSERT INTO certificate_counter (year, country_code, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (year, country_code) DO UPDATE SET last_number = certificate_counter.last_number + 1
       RETURNING last_number`,
      [year, countryCode],
    );
    return rows[0].last_number;
  }

  // --- what a certificate states -----------------------------------------------------------------

  /** One issue per tutor and edition at a time; the unique index uq_certificate_current is the last guard. */
  async lockTutor(manager: EntityManager, editionId: string, personId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2 || ':' || $3))`, [
      ISSUE_LOCK,
      editionId,
      personId,
    ]);
  }

  async tutorFacts(manager: EntityManager, editionId: string, personId: string): Promise<TutorFactsRow | null> {
    const rows: TutorFactsRow[] = await manager.query(
      `SELECT p.id AS person_id, p.given_name, p.family_name, p.email, p.preferred_language,
              o.country_code::text AS country_code, cs.status AS completion_status, cs.trained_at,
              e.id AS edition_id, e.name AS edition_name, e.starts_on::text AS starts_on, pr.name AS programme_name
         FROM tutor_participation tp
         JOIN person p ON p.id = tp.person_id
         JOIN tutor_profile prof ON prof.person_id = tp.person_id
         JOIN organisation o ON o.id = prof.organisation_id
         JOIN edition e ON e.id = tp.edition_id
         JOIN programme pr ON pr.id = e.programme_id
         LEFT JOIN completion_status cs ON cs.edition_id = tp.edition_id AND cs.person_id = tp.person_id
        WHERE tp.edition_id = $1 AND tp.person_id = $2`,
      [editionId, personId],
    );
    return rows[0] ?? null;
  }

  /** Modules the tutor attended (PRESENT, session not cancelled) with the contact hours, joint ones first. */
  attendedModules(manager: EntityManager, editionId: string, personId: string): Promise<AttendedModuleRow[]> {
    return manager.query(
      `SELECT m.code, m.kind, m.number AS joint_number, sum(pt.hours)::float AS hours,
              (SELECT mv.title FROM module_version mv WHERE mv.module_id = m.id
                ORDER BY (mv.status = 'PUBLISHED') DESC, mv.version DESC LIMIT 1) AS title
         FROM person_training pt
         JOIN module m ON m.id = pt.module_id
        WHERE pt.edition_id = $1 AND pt.person_id = $2 AND pt.attendance_status = 'PRESENT' AND pt.session_status <> 'CANCELLED'
        GROUP BY m.id, m.code, m.kind, m.number
        ORDER BY (m.kind = 'JOINT') DESC, m.number NULLS LAST, m.code`,
      [editionId, personId],
    );
  }

  /** The areas of the published competence profile (the one the programme trains towards). */
  publishedAreas(manager: EntityManager): Promise<AreaRow[]> {
    return manager.query(
      `SELECT a.code, a.title, p.version FROM competence_area a JOIN competence_profile p ON p.id = a.profile_id
        WHERE p.status = 'PUBLISHED' ORDER BY a.position, a.code`,
    );
  }

  async rule(manager: EntityManager, editionId: string): Promise<RuleRow | null> {
    const rows: RuleRow[] = await manager.query(
      `SELECT required_joint_numbers, min_joint_modules, min_national_hours::float AS min_national_hours, self_assessment_kind,
              self_assessment_module_number, assignments_mode, min_accepted_assignments
         FROM completion_rule WHERE edition_id = $1`,
      [editionId],
    );
    return rows[0] ?? null;
  }

  async editionExists(manager: EntityManager, editionId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM edition WHERE id = $1`, [editionId]);
    return rows.length > 0;
  }

  settings(manager: EntityManager, editionId: string): Promise<CertificateSettings | null> {
    return manager.getRepository(CertificateSettings).findOneBy({ editionId });
  }

  async saveSettings(manager: EntityManager, row: Omit<CertificateSettings, 'updatedAt'>): Promise<void> {
    await manager.getRepository(CertificateSettings).upsert(row, ['editionId']);
  }

  // --- certificates ------------------------------------------------------------------------------

  current(manager: EntityManager, editionId: string, personId: string): Promise<Certificate | null> {
    return manager.getRepository(Certificate).findOne({
      where: { editionId, personId, replacedAt: IsNull() },
      order: { issuedAt: 'DESC' },
    });
  }

  async hasCurrent(manager: EntityManager, editionId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM certificate WHERE edition_id = $1 AND person_id = $2 AND replaced_at IS NULL`,
      [editionId, personId],
    );
    return rows.length > 0;
  }

  insertCertificate(manager: EntityManager, row: Partial<Certificate>): Promise<Certificate> {
    return manager.getRepository(Certificate).save(manager.create(Certificate, row));
  }

  lockCertificate(manager: EntityManager, id: string): Promise<Certificate | null> {
    return manager.getRepository(Certificate).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  byId(id: string): Promise<Certificate | null> {
    return this.db.getRepository(Certificate).findOneBy({ id });
  }

  byPublicId(publicId: string): Promise<Certificate | null> {
    return this.db.getRepository(Certificate).findOneBy({ publicId });
  }

  byNumber(number: string): Promise<Certificate | null> {
    return this.db.getRepository(Certificate).findOneBy({ number });
  }

  ofPerson(personId: string): Promise<Certificate[]> {
    return this.db.getRepository(Certificate).find({ where: { personId }, order: { issuedAt: 'DESC', id: 'ASC' } });
  }

  async markRevoked(manager: EntityManager, id: string, byId: string, reason: string): Promise<void> {
    await manager.update(
      Certificate,
      { id },
      {
        status: 'REVOKED',
        revokedAt: new Date(),
        revokedById: byId,
        revocationReason: reason,
        flaggedAt: null,
        flaggedStatus: null,
      },
    );
  }

  /** The old certificate stops being current; a valid one becomes REPLACED, a revoked one stays REVOKED. */
  async markReplaced(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE certificate SET replaced_at = now(), status = CASE WHEN status = 'VALID' THEN 'REPLACED' ELSE status END,
              flagged_at = NULL, flagged_status = NULL
        WHERE id = $1`,
      [id],
    );
  }

  async setReplacedBy(manager: EntityManager, id: string, replacedById: string): Promise<void> {
    await manager.update(Certificate, { id }, { replacedById });
  }

  /** TRAINED tutors of any edition without a current certificate, earliest trained first. */
  dueForIssue(limit: number): Promise<DueRow[]> {
    return this.db.query(
      `SELECT cs.edition_id, cs.person_id FROM completion_status cs
        WHERE cs.status = 'TRAINED'
          AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.edition_id = cs.edition_id AND c.person_id = cs.person_id AND c.replaced_at IS NULL)
        ORDER BY cs.trained_at, cs.person_id LIMIT $1`,
      [limit],
    );
  }

  /** Flags valid certificates whose holder is no longer TRAINED (a correction); returns the newly flagged. */
  async flagWentBack(manager: EntityManager): Promise<FlaggedRow[]> {
    return updated<FlaggedRow>(
      await manager.query(
        `UPDATE certificate c SET flagged_at = now(), flagged_status = coalesce(cs.status, 'NOT_PARTICIPATING')
         FROM certificate x LEFT JOIN completion_status cs ON cs.edition_id = x.edition_id AND cs.person_id = x.person_id
        WHERE c.id = x.id AND c.status = 'VALID' AND c.replaced_at IS NULL AND c.flagged_at IS NULL
          AND cs.status IS DISTINCT FROM 'TRAINED'
        RETURNING c.id, c.person_id, c.country_code::text AS country_code, c.number, c.holder_name`,
      ),
    );
  }

  /** Clears the flag of certificates whose holder is TRAINED again. */
  async unflagTrainedAgain(manager: EntityManager): Promise<number> {
    const rows = updated<unknown>(
      await manager.query(
        `UPDATE certificate c SET flagged_at = NULL, flagged_status = NULL FROM completion_status cs
        WHERE cs.edition_id = c.edition_id AND cs.person_id = c.person_id AND cs.status = 'TRAINED' AND c.flagged_at IS NOT NULL
        RETURNING c.id`,
      ),
    );
    return rows.length;
  }

  async list(filter: CertificateFilter): Promise<{ rows: Certificate[]; total: number }> {
    const qb = this.db.getRepository(Certificate).createQueryBuilder('c');
    if (filter.countries !== 'ALL')
      qb.andWhere('c.country_code IN (:...countries)', {
        countries: filter.countries.length ? filter.countries : ['--'],
      });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.flaggedOnly) qb.andWhere('c.flagged_at IS NOT NULL');
    if (filter.search?.trim())
      qb.andWhere('(c.holder_name ILIKE :q OR c.number ILIKE :q)', { q: likePattern(filter.search.trim()) });
    const total = await qb.getCount();
    if (filter.after)
      qb.andWhere('(c.issued_at, c.id) < (:afterAt, :afterId)', { afterAt: filter.after[0], afterId: filter.after[1] });
    const rows = await qb
      .orderBy('c.issued_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(filter.limit + 1)
      .getMany();
    return { rows, total };
  }

  trainedWithoutCertificate(countries: 'ALL' | string[], limit: number): Promise<TrainedWithoutCertificateRow[]> {
    return this.db.query(
      `SELECT cs.edition_id, cs.person_id, p.given_name, p.family_name, cs.country_code::text AS country_code, cs.trained_at
         FROM completion_status cs JOIN person p ON p.id = cs.person_id
        WHERE cs.status = 'TRAINED' AND ($1::text[] IS NULL OR cs.country_code = ANY($1::text[]))
          AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.edition_id = cs.edition_id AND c.person_id = cs.person_id AND c.replaced_at IS NULL)
        ORDER BY cs.trained_at, cs.person_id LIMIT $2`,
      [countries === 'ALL' ? null : countries, limit],
    );
  }

  // --- public verification rate limit ------------------------------------------------------------

  /** Records one attempt and answers how many this address made in the window (this one included). */
  async recordAttempt(ip: string, windowSeconds: number): Promise<number> {
    await this.db.getRepository(VerificationAttempt).insert({ ip });
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM verification_attempt WHERE ip = $1 AND attempted_at > now() - make_interval(secs => $2)`,
      [ip, windowSeconds],
    );
    return rows[0].n;
  }

  async pruneAttempts(): Promise<void> {
    await this.db.query(`DELETE FROM verification_attempt WHERE attempted_at < now() - interval '1 day'`);
  }
}
