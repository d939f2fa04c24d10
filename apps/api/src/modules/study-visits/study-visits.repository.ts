import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { execute, maybeOne, one, rows, sql } from '../../database/sql';
import { StudyVisit, StudyVisitParticipant } from './study-visit.entity';
import type { AgendaItem, BudgetLine, MobilityKind, ParticipantStatus } from './study-visit.entity';

export interface ParticipantRow {
  studyVisitId: string;
  personId: string;
  name: string;
  status: ParticipantStatus;
  whatISaw: string | null;
  whatIWillTransfer: string | null;
  /** They agreed to appear by name on rosters (ROSTER_NAME). */
  rosterName: boolean;
}

/** What a planner writes of a study visit. */
export interface StudyVisitValues {
  title: string;
  hostCountry: string;
  hostOrganisations: string[];
  startsOn: string;
  endsOn: string;
  description: string | null;
  agenda: AgendaItem[];
  budget: BudgetLine[];
  organisedByCountry: string | null;
}

export interface MobilityCountRow {
  kind: MobilityKind;
  fromCountry: string;
  hostCountry: string;
  year: number;
  mobilities: number;
  learners: number;
}

/** Study visits, their participants, and the mobility records. */
@Injectable()
export class StudyVisitsRepository {
  visits(db: EntityManager, id?: string): Promise<StudyVisit[]> {
    return db.getRepository(StudyVisit).find({ where: id ? { id } : {}, order: { startsOn: 'DESC' } });
  }

  /** The visit, its row locked for the use case's transaction. */
  lockVisit(db: EntityManager, id: string): Promise<StudyVisit | null> {
    return db.getRepository(StudyVisit).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async countryExists(db: EntityManager, code: string): Promise<boolean> {
    return !!(await maybeOne(db, sql`SELECT 1 FROM country WHERE code = ${code}`));
  }

  async insertVisit(db: EntityManager, v: StudyVisitValues): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO study_visit (title, host_country, host_organisations, starts_on, ends_on, description, agenda, budget, organised_by_country)
          VALUES (${v.title}, ${v.hostCountry}, ${v.hostOrganisations}::text[], ${v.startsOn}, ${v.endsOn}, ${v.description},
                  ${JSON.stringify(v.agenda)}::jsonb, ${JSON.stringify(v.budget)}::jsonb, ${v.organisedByCountry})
          RETURNING id`,
    );
    return row.id;
  }

  async updateVisit(db: EntityManager, id: string, v: StudyVisitValues): Promise<void> {
    await execute(
      db,
      sql`UPDATE study_visit SET title = ${v.title}, host_country = ${v.hostCountry}, host_organisations = ${v.hostOrganisations}::text[],
                 starts_on = ${v.startsOn}, ends_on = ${v.endsOn}, description = ${v.description},
                 agenda = ${JSON.stringify(v.agenda)}::jsonb, budget = ${JSON.stringify(v.budget)}::jsonb,
                 organised_by_country = ${v.organisedByCountry}
           WHERE id = ${id}`,
    );
  }

  participants(db: EntityManager, visitIds: readonly string[]): Promise<ParticipantRow[]> {
    if (!visitIds.length) return Promise.resolve([]);
    return rows<ParticipantRow>(
      db,
      sql`SELECT sp.study_visit_id AS "studyVisitId", sp.person_id AS "personId", p.given_name || ' ' || p.family_name AS name,
                 sp.status, sp.what_i_saw AS "whatISaw", sp.what_i_will_transfer AS "whatIWillTransfer",
                 EXISTS (SELECT 1 FROM person_consent c WHERE c.person_id = sp.person_id
                                AND c.purpose = 'ROSTER_NAME' AND c.granted) AS "rosterName"
            FROM study_visit_participant sp JOIN person p ON p.id = sp.person_id
           WHERE sp.study_visit_id = ANY(${visitIds}::uuid[])
           ORDER BY p.family_name, p.given_name`,
    );
  }

  findParticipant(db: EntityManager, visitId: string, personId: string): Promise<StudyVisitParticipant | null> {
    return db.getRepository(StudyVisitParticipant).findOne({
      where: { studyVisitId: visitId, personId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Applies (a second application changes nothing). */
  async apply(db: EntityManager, visitId: string, personId: string): Promise<void> {
    await execute(
      db,
      sql`INSERT INTO study_visit_participant (study_visit_id, person_id) VALUES (${visitId}, ${personId}) ON CONFLICT DO NOTHING`,
    );
  }

  async setStatus(db: EntityManager, visitId: string, personId: string, status: ParticipantStatus): Promise<number> {
    return execute(
      db,
      sql`UPDATE study_visit_participant SET status = ${status} WHERE study_visit_id = ${visitId} AND person_id = ${personId}`,
    );
  }

  async contribute(
    db: EntityManager,
    visitId: string,
    personId: string,
    whatISaw: string | null,
    whatIWillTransfer: string | null,
  ): Promise<void> {
    await execute(
      db,
      sql`UPDATE study_visit_participant SET what_i_saw = ${whatISaw}, what_i_will_transfer = ${whatIWillTransfer}
           WHERE study_visit_id = ${visitId} AND person_id = ${personId}`,
    );
  }

  /** Mobilities by kind, country pair (sending organisation's country → host) and year of start. */
  mobilityCounts(db: EntityManager): Promise<MobilityCountRow[]> {
    return rows<MobilityCountRow>(
      db,
      sql`SELECT m.kind, o.country_code AS "fromCountry", m.host_country AS "hostCountry",
                 extract(year FROM m.starts_on)::int AS year, count(*)::int AS mobilities,
                 coalesce(sum(m.learner_count), 0)::int AS learners
            FROM mobility m JOIN organisation o ON o.id = m.from_organisation_id
           GROUP BY 1, 2, 3, 4 ORDER BY 4 DESC, 1, 2, 3`,
    );
  }
}
