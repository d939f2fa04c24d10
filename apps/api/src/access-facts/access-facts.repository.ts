import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { maybeOne, rows, sql } from '../database/sql';
import type {
  ParticipantFacts,
  PartnerFacts,
  PersonFacts,
  SessionFacts,
  TandemFacts,
  TutorFacts,
} from './access-facts';
import { AccessFactsSql } from './access-facts.sql';

interface TandemRow {
  id: string;
  edition_id: string;
  status: TandemFacts['status'];
  school_tutor_id: string;
  company_tutor_id: string;
  country_codes: string[];
  organisation_ids: string[];
}

const toTandem = (r: TandemRow): TandemFacts => ({
  id: r.id,
  editionId: r.edition_id,
  status: r.status,
  schoolTutorId: r.school_tutor_id,
  companyTutorId: r.company_tutor_id,
  countryCodes: r.country_codes,
  organisationIds: r.organisation_ids,
});

const TANDEM_COLUMNS = sql`t.id, t.edition_id, t.status, t.school_tutor_id, t.company_tutor_id,
  ${AccessFactsSql.tandemCountries(sql.raw('t'))} AS country_codes,
  ${AccessFactsSql.tandemOrganisations(sql.raw('t'))} AS organisation_ids`;

interface TutorRow {
  person_id: string;
  organisation_id: string;
  side: TutorFacts['side'];
  country_code: string;
}

const toTutor = (r: TutorRow): TutorFacts => ({
  personId: r.person_id,
  organisationId: r.organisation_id,
  countryCode: r.country_code,
  side: r.side,
});

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Answers "which country, organisation, tandem is this record in" for tutors, tandems, submissions,
 * sessions and people: for one record or a whole list in one query, read through the caller's
 * manager (a transaction's, when the answer must hold until it commits).
 */
@Injectable()
export class AccessFactsRepository {
  async tutors(db: EntityManager, personIds: readonly string[]): Promise<Map<string, TutorFacts>> {
    if (!personIds.length) return new Map();
    const found = await rows<TutorRow>(
      db,
      sql`SELECT h.person_id, h.organisation_id, h.side, h.country_code FROM ${AccessFactsSql.tutorHomes} h
           WHERE h.person_id = ANY(${unique(personIds)}::uuid[])`,
    );
    return new Map(found.map((r) => [r.person_id, toTutor(r)]));
  }

  /** Tutors taking part in the edition, with their tandem's members; people not in it are missing from the map. */
  async participants(
    db: EntityManager,
    editionId: string,
    personIds: readonly string[],
  ): Promise<Map<string, ParticipantFacts>> {
    if (!personIds.length) return new Map();
    const found = await rows<TutorRow & { member_ids: string[] | null }>(
      db,
      sql`SELECT h.person_id, h.organisation_id, h.side, h.country_code,
                 (SELECT array_agg(m2.person_id) FROM tandem_member m1 JOIN tandem_member m2 ON m2.tandem_id = m1.tandem_id
                   WHERE m1.person_id = tp.person_id AND m1.edition_id = tp.edition_id AND m1.tandem_status <> 'DISSOLVED') AS member_ids
            FROM tutor_participation tp JOIN ${AccessFactsSql.tutorHomes} h ON h.person_id = tp.person_id
           WHERE tp.edition_id = ${editionId} AND tp.person_id = ANY(${unique(personIds)}::uuid[])`,
    );
    return new Map(found.map((r) => [r.person_id, { ...toTutor(r), editionId, memberIds: r.member_ids ?? [] }]));
  }

  async tandems(db: EntityManager, tandemIds: readonly string[]): Promise<Map<string, TandemFacts>> {
    if (!tandemIds.length) return new Map();
    const found = await rows<TandemRow>(
      db,
      sql`SELECT ${TANDEM_COLUMNS} FROM tandem t WHERE t.id = ANY(${unique(tandemIds)}::uuid[])`,
    );
    return byId(found.map(toTandem));
  }

  /** The person's tandem in the edition among those in `statuses` (a tutor has at most one that is not DISSOLVED). */
  async tandemOf(
    db: EntityManager,
    editionId: string,
    personId: string,
    statuses: readonly TandemFacts['status'][],
  ): Promise<TandemFacts | null> {
    const found = await maybeOne<TandemRow>(
      db,
      sql`SELECT ${TANDEM_COLUMNS} FROM tandem_member m JOIN tandem t ON t.id = m.tandem_id
           WHERE m.edition_id = ${editionId} AND m.person_id = ${personId} AND m.tandem_status = ANY(${statuses}::text[])
           ORDER BY t.created_at DESC LIMIT 1`,
    );
    return found && toTandem(found);
  }

  /** The person's partner in their tandem of the edition that is not DISSOLVED, if they have one. */
  async partner(db: EntityManager, editionId: string, personId: string): Promise<PartnerFacts | null> {
    const found = await maybeOne<{
      tandem_id: string;
      partner_id: string;
      partner_side: PartnerFacts['partnerSide'];
      own_side: PartnerFacts['ownSide'];
    }>(
      db,
      sql`SELECT me.tandem_id, other.person_id AS partner_id, other.side AS partner_side, me.side AS own_side
            FROM tandem_member me
            JOIN tandem_member other ON other.tandem_id = me.tandem_id AND other.person_id <> me.person_id
           WHERE me.edition_id = ${editionId} AND me.person_id = ${personId} AND me.tandem_status <> 'DISSOLVED'`,
    );
    return (
      found && {
        tandemId: found.tandem_id,
        partnerId: found.partner_id,
        partnerSide: found.partner_side,
        ownSide: found.own_side,
      }
    );
  }

  /** The tandem of each submission, keyed by submission id. */
  async submissions(db: EntityManager, submissionIds: readonly string[]): Promise<Map<string, TandemFacts>> {
    if (!submissionIds.length) return new Map();
    const found = await rows<TandemRow & { submission_id: string }>(
      db,
      sql`SELECT s.id AS submission_id, ${TANDEM_COLUMNS}
            FROM assignment_submission s JOIN tandem t ON t.id = s.tandem_id
           WHERE s.id = ANY(${unique(submissionIds)}::uuid[])`,
    );
    return new Map(found.map((r) => [r.submission_id, toTandem(r)]));
  }

  async sessions(db: EntityManager, sessionIds: readonly string[]): Promise<Map<string, SessionFacts>> {
    if (!sessionIds.length) return new Map();
    const found = await rows<{ id: string; edition_id: string; country_code: string | null; trainer_ids: string[] }>(
      db,
      sql`SELECT s.id, s.edition_id, s.country_code::text AS country_code,
                 ARRAY(SELECT st.person_id FROM session_trainer st WHERE st.session_id = s.id ORDER BY 1) AS trainer_ids
            FROM training_session s WHERE s.id = ANY(${unique(sessionIds)}::uuid[])`,
    );
    return byId(
      found.map((r) => ({ id: r.id, editionId: r.edition_id, countryCode: r.country_code, trainerIds: r.trainer_ids })),
    );
  }

  /** The trainers of the sessions the person holds a seat in (Access.canThroughSessions checks a viewer against them). */
  async sessionTrainersOf(db: EntityManager, personId: string): Promise<string[]> {
    const found = await maybeOne<{ trainer_ids: string[] }>(
      db,
      sql`SELECT ${AccessFactsSql.sessionTrainersOf(sql`${personId}::uuid`)} AS trainer_ids`,
    );
    return found?.trainer_ids ?? [];
  }

  async people(db: EntityManager, personIds: readonly string[]): Promise<Map<string, PersonFacts>> {
    if (!personIds.length) return new Map();
    const found = await rows<{ id: string; country_codes: string[]; organisation_ids: string[] }>(
      db,
      sql`SELECT p.id,
                 ARRAY(SELECT c FROM (
                   SELECT COALESCE(g.country_code, go.country_code)::text AS c FROM role_grant g
                     LEFT JOIN organisation go ON go.id = g.organisation_id WHERE g.person_id = p.id
                   UNION SELECT ${AccessFactsSql.tutorCountry(sql.raw('p.id'))}) x WHERE c IS NOT NULL ORDER BY 1) AS country_codes,
                 ARRAY(SELECT o FROM (
                   SELECT g.organisation_id AS o FROM role_grant g WHERE g.person_id = p.id
                   UNION SELECT tp.organisation_id FROM tutor_profile tp WHERE tp.person_id = p.id) y WHERE o IS NOT NULL ORDER BY 1) AS organisation_ids
            FROM person p WHERE p.id = ANY(${unique(personIds)}::uuid[])`,
    );
    return new Map(
      found.map((r) => [r.id, { personId: r.id, countryCodes: r.country_codes, organisationIds: r.organisation_ids }]),
    );
  }
}
