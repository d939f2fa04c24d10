import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { execute, maybeOne, one, rows, sql, type Sql } from '../../database/sql';
import type { Sector } from '../organisations/organisation.entity';
import type { HostOfferRequestStatus } from './host-offer.entity';
import type { MobilityKind } from './study-visit.entity';

/** Whose mobilities (or host-offer requests) a viewer reaches: every one, or those of these countries, organisations, the person. */
export interface MobilityScope {
  all: boolean;
  countries: readonly string[];
  organisationIds: readonly string[];
  personId: string | null;
}

export interface MobilityFilterValues {
  kind?: MobilityKind | null;
  hostCountry?: string | null;
  year?: number | null;
  organisationId?: string | null;
}

export interface MobilityRow {
  id: string;
  kind: MobilityKind;
  personId: string | null;
  personName: string | null;
  learnerCount: number | null;
  fromOrganisationId: string;
  fromOrganisationName: string;
  fromCountry: string;
  hostOrganisation: string;
  hostCountry: string;
  startsOn: string;
  endsOn: string;
  durationDays: number;
  learningOutcomes: string | null;
  outcome: string | null;
  hostOfferRequestId: string | null;
}

export interface MobilityValues {
  kind: MobilityKind;
  personId: string | null;
  learnerCount: number | null;
  fromOrganisationId: string;
  hostOrganisation: string;
  hostCountry: string;
  startsOn: string;
  endsOn: string;
  learningOutcomes: string | null;
  outcome: string | null;
  hostOfferRequestId: string | null;
}

export interface AgreementRow {
  id: string;
  mobilityId: string;
  version: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  uploadedAt: Date;
}

export interface OrganisationRow {
  id: string;
  name: string;
  country: string;
}

export interface HostOfferRow {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationCountry: string;
  kind: MobilityKind;
  hostOrganisation: string;
  hostCountry: string;
  sector: Sector | null;
  description: string;
  places: number;
  placesAccepted: number;
  availableFrom: string;
  availableUntil: string;
  languages: string[];
}

export interface HostOfferRequestRow {
  id: string;
  offerId: string;
  organisationId: string;
  organisationName: string;
  organisationCountry: string;
  places: number;
  message: string;
  status: HostOfferRequestStatus;
  requestedBy: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  mobilityId: string | null;
}

export interface HostOfferValues {
  organisationId: string;
  kind: MobilityKind;
  hostOrganisation: string;
  hostCountry: string;
  sector: Sector | null;
  description: string;
  places: number;
  availableFrom: string;
  availableUntil: string;
  languages: string[];
}

/** The owner type of a learning agreement's stored files (stored_file.owner_id is the mobility). */
export const AGREEMENT_FILE_OWNER = 'MobilityAgreement';

const MOBILITY = sql`
  SELECT m.id, m.kind, m.person_id AS "personId", p.given_name || ' ' || p.family_name AS "personName",
         m.learner_count AS "learnerCount", m.from_organisation_id AS "fromOrganisationId",
         o.name AS "fromOrganisationName", o.country_code AS "fromCountry", m.host_organisation AS "hostOrganisation",
         m.host_country AS "hostCountry", to_char(m.starts_on, 'YYYY-MM-DD') AS "startsOn",
         to_char(m.ends_on, 'YYYY-MM-DD') AS "endsOn", (m.ends_on - m.starts_on + 1)::int AS "durationDays",
         m.learning_outcomes AS "learningOutcomes", m.outcome, m.host_offer_request_id AS "hostOfferRequestId"
    FROM mobility m
    JOIN organisation o ON o.id = m.from_organisation_id
    LEFT JOIN person p ON p.id = m.person_id`;

const OFFER = sql`
  SELECT h.id, h.organisation_id AS "organisationId", o.name AS "organisationName", o.country_code AS "organisationCountry",
         h.kind, h.host_organisation AS "hostOrganisation", h.host_country AS "hostCountry", h.sector, h.description,
         h.places, h.places_accepted AS "placesAccepted", to_char(h.available_from, 'YYYY-MM-DD') AS "availableFrom",
         to_char(h.available_until, 'YYYY-MM-DD') AS "availableUntil", h.languages
    FROM host_offer h JOIN organisation o ON o.id = h.organisation_id`;

const REQUEST = sql`
  SELECT r.id, r.offer_id AS "offerId", r.organisation_id AS "organisationId", o.name AS "organisationName",
         o.country_code AS "organisationCountry", r.places, r.message, r.status,
         p.given_name || ' ' || p.family_name AS "requestedBy", r.created_at AS "createdAt", r.decided_at AS "decidedAt",
         r.decision_note AS "decisionNote", m.id AS "mobilityId"
    FROM host_offer_request r
    JOIN organisation o ON o.id = r.organisation_id
    LEFT JOIN person p ON p.id = r.requested_by_id
    LEFT JOIN mobility m ON m.host_offer_request_id = r.id`;

/** The rows of `scope`: `country` and `organisation` name the columns that decide, `person` the person's own. */
function inScope(scope: MobilityScope, country: Sql, organisation: Sql, person: Sql | null): Sql {
  if (scope.all) return sql.raw('TRUE');
  const parts: Sql[] = [];
  if (scope.countries.length) parts.push(sql`${country} = ANY(${[...scope.countries]}::text[])`);
  if (scope.organisationIds.length) parts.push(sql`${organisation} = ANY(${[...scope.organisationIds]}::uuid[])`);
  if (person && scope.personId) parts.push(sql`${person} = ${scope.personId}::uuid`);
  return parts.length ? sql`(${sql.join(parts, sql.raw(' OR '))})` : sql.raw('FALSE');
}

function mobilityConditions(scope: MobilityScope, filter: MobilityFilterValues): Sql {
  return sql.and([
    inScope(scope, sql.raw('o.country_code'), sql.raw('m.from_organisation_id'), sql.raw('m.person_id')),
    !!filter.kind && sql`m.kind = ${filter.kind}`,
    !!filter.hostCountry && sql`m.host_country = ${filter.hostCountry.toUpperCase()}`,
    !!filter.year &&
      sql`m.starts_on >= make_date(${filter.year}::int, 1, 1) AND m.starts_on < make_date(${filter.year}::int + 1, 1, 1)`,
    !!filter.organisationId && sql`m.from_organisation_id = ${filter.organisationId}::uuid`,
  ]);
}

/** The mobility register and the host offers: every statement of both. */
@Injectable()
export class MobilitiesRepository {
  async count(db: EntityManager, scope: MobilityScope, filter: MobilityFilterValues): Promise<number> {
    const row = await one<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM mobility m JOIN organisation o ON o.id = m.from_organisation_id
           WHERE ${mobilityConditions(scope, filter)}`,
    );
    return row.n;
  }

  /** Newest start first, after the keyset (starts_on, id). */
  page(
    db: EntityManager,
    scope: MobilityScope,
    filter: MobilityFilterValues,
    after: { startsOn: string; id: string } | null,
    limit: number,
  ): Promise<MobilityRow[]> {
    return rows<MobilityRow>(
      db,
      sql`${MOBILITY} WHERE ${mobilityConditions(scope, filter)}
            ${after ? sql`AND (m.starts_on, m.id) < (${after.startsOn}::date, ${after.id}::uuid)` : sql.empty}
           ORDER BY m.starts_on DESC, m.id DESC LIMIT ${limit}`,
    );
  }

  find(db: EntityManager, id: string, lock = false): Promise<MobilityRow | null> {
    return maybeOne<MobilityRow>(
      db,
      sql`${MOBILITY} WHERE m.id = ${id} ${lock ? sql.raw('FOR UPDATE OF m') : sql.empty}`,
    );
  }

  async insert(db: EntityManager, values: MobilityValues, recordedById: string): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO mobility (kind, person_id, learner_count, from_organisation_id, host_organisation, host_country,
                                starts_on, ends_on, learning_outcomes, outcome, host_offer_request_id, recorded_by_id)
          VALUES (${values.kind}, ${values.personId}, ${values.learnerCount}, ${values.fromOrganisationId},
                  ${values.hostOrganisation}, ${values.hostCountry}, ${values.startsOn}, ${values.endsOn},
                  ${values.learningOutcomes}, ${values.outcome}, ${values.hostOfferRequestId}, ${recordedById})
          RETURNING id`,
    );
    return row.id;
  }

  async update(db: EntityManager, id: string, values: Omit<MobilityValues, 'hostOfferRequestId'>): Promise<void> {
    await execute(
      db,
      sql`UPDATE mobility SET kind = ${values.kind}, person_id = ${values.personId}, learner_count = ${values.learnerCount},
                 from_organisation_id = ${values.fromOrganisationId}, host_organisation = ${values.hostOrganisation},
                 host_country = ${values.hostCountry}, starts_on = ${values.startsOn}, ends_on = ${values.endsOn},
                 learning_outcomes = ${values.learningOutcomes}, outcome = ${values.outcome}, updated_at = now()
           WHERE id = ${id}`,
    );
  }

  /** Every version of the mobilities' learning agreements, newest first; version 1 is the first upload. */
  agreements(db: EntityManager, mobilityIds: readonly string[]): Promise<AgreementRow[]> {
    if (!mobilityIds.length) return Promise.resolve([]);
    return rows<AgreementRow>(
      db,
      sql`SELECT f.id, f.owner_id AS "mobilityId",
                 (row_number() OVER (PARTITION BY f.owner_id ORDER BY f.created_at, f.id))::int AS version,
                 f.file_name AS "fileName", f.content_type AS "contentType", f.size_bytes::int AS "sizeBytes",
                 p.given_name || ' ' || p.family_name AS "uploadedBy", f.created_at AS "uploadedAt"
            FROM stored_file f LEFT JOIN person p ON p.id = f.uploaded_by_id
           WHERE f.owner_type = ${AGREEMENT_FILE_OWNER} AND f.owner_id = ANY(${[...mobilityIds]}::uuid[])
           ORDER BY f.owner_id, version DESC`,
    );
  }

  /** The audit events of one mobility, newest first. */
  history(db: EntityManager, id: string): Promise<{ occurredAt: Date; operation: string; actor: string | null }[]> {
    return rows(
      db,
      sql`SELECT a.occurred_at AS "occurredAt", a.operation, p.given_name || ' ' || p.family_name AS actor
            FROM audit_event a LEFT JOIN person p ON p.id = a.actor_person_id
           WHERE a.target_type = 'Mobility' AND a.target_id = ${id}
           ORDER BY a.occurred_at DESC, a.id DESC LIMIT 100`,
    );
  }

  organisation(db: EntityManager, id: string): Promise<OrganisationRow | null> {
    return maybeOne<OrganisationRow>(
      db,
      sql`SELECT id, name, country_code AS country FROM organisation WHERE id = ${id}`,
    );
  }

  /** The organisations of the scope (persons do not count here), by name. */
  organisations(db: EntityManager, scope: MobilityScope): Promise<OrganisationRow[]> {
    return rows<OrganisationRow>(
      db,
      sql`SELECT o.id, o.name, o.country_code AS country FROM organisation o
           WHERE ${inScope({ ...scope, personId: null }, sql.raw('o.country_code'), sql.raw('o.id'), null)}
           ORDER BY o.name, o.id LIMIT 500`,
    );
  }

  async countryExists(db: EntityManager, code: string): Promise<boolean> {
    return !!(await maybeOne(db, sql`SELECT 1 FROM country WHERE code = ${code}`));
  }

  async personExists(db: EntityManager, id: string): Promise<boolean> {
    return !!(await maybeOne(db, sql`SELECT 1 FROM person WHERE id = ${id} AND deactivated_at IS NULL`));
  }

  /** The tutors of an organisation (who a mobility from it is recorded for), by name. */
  peopleOf(db: EntityManager, organisationId: string): Promise<{ id: string; name: string }[]> {
    return rows(
      db,
      sql`SELECT p.id, p.given_name || ' ' || p.family_name AS name
            FROM tutor_profile tp JOIN person p ON p.id = tp.person_id
           WHERE tp.organisation_id = ${organisationId} AND p.deactivated_at IS NULL
           ORDER BY p.family_name, p.given_name, p.id LIMIT 500`,
    );
  }

  // Host offers

  /** Offers whose window has not ended, soonest first; `managed` keeps only the offers of these organisations. */
  offers(
    db: EntityManager,
    filter: { kind?: MobilityKind | null; hostCountry?: string | null; managed?: MobilityScope },
  ): Promise<HostOfferRow[]> {
    return rows<HostOfferRow>(
      db,
      sql`${OFFER} WHERE ${sql.and([
        sql`h.available_until >= current_date`,
        !!filter.kind && sql`h.kind = ${filter.kind}`,
        !!filter.hostCountry && sql`h.host_country = ${filter.hostCountry.toUpperCase()}`,
        !!filter.managed && inScope(filter.managed, sql.raw('o.country_code'), sql.raw('h.organisation_id'), null),
      ])} ORDER BY h.available_from, h.id LIMIT 200`,
    );
  }

  offer(db: EntityManager, id: string): Promise<HostOfferRow | null> {
    return maybeOne<HostOfferRow>(db, sql`${OFFER} WHERE h.id = ${id}`);
  }

  async insertOffer(db: EntityManager, values: HostOfferValues, createdById: string): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO host_offer (organisation_id, kind, host_organisation, host_country, sector, description, places,
                                  available_from, available_until, languages, created_by_id)
          VALUES (${values.organisationId}, ${values.kind}, ${values.hostOrganisation}, ${values.hostCountry},
                  ${values.sector}, ${values.description}, ${values.places}, ${values.availableFrom},
                  ${values.availableUntil}, ${values.languages}::text[], ${createdById})
          RETURNING id`,
    );
    return row.id;
  }

  /** The requests of the offers; `visible` keeps only those of its organisations (null: all). */
  requests(
    db: EntityManager,
    offerIds: readonly string[],
    visible: MobilityScope | null,
  ): Promise<HostOfferRequestRow[]> {
    if (!offerIds.length) return Promise.resolve([]);
    return rows<HostOfferRequestRow>(
      db,
      sql`${REQUEST} WHERE r.offer_id = ANY(${[...offerIds]}::uuid[])
            AND ${visible ? inScope(visible, sql.raw('o.country_code'), sql.raw('r.organisation_id'), null) : sql.raw('TRUE')}
           ORDER BY r.created_at, r.id`,
    );
  }

  request(db: EntityManager, id: string, lock = false): Promise<HostOfferRequestRow | null> {
    return maybeOne<HostOfferRequestRow>(
      db,
      sql`${REQUEST} WHERE r.id = ${id} ${lock ? sql.raw('FOR UPDATE OF r') : sql.empty}`,
    );
  }

  async insertRequest(
    db: EntityManager,
    values: { offerId: string; organisationId: string; places: number; message: string },
    requestedById: string,
  ): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO host_offer_request (offer_id, organisation_id, places, message, requested_by_id)
          VALUES (${values.offerId}, ${values.organisationId}, ${values.places}, ${values.message}, ${requestedById})
          RETURNING id`,
    );
    return row.id;
  }

  /**
   * Takes `places` of the offer if that many are free, in one statement: the row lock of the UPDATE
   * makes a parallel acceptance wait and then see this one's count (and the check constraint backs it).
   * False when they are not free.
   */
  async takePlaces(db: EntityManager, offerId: string, places: number): Promise<boolean> {
    const taken = await execute(
      db,
      sql`UPDATE host_offer SET places_accepted = places_accepted + ${places}, updated_at = now()
           WHERE id = ${offerId} AND places_accepted + ${places} <= places`,
    );
    return taken === 1;
  }

  async decide(
    db: EntityManager,
    id: string,
    status: Exclude<HostOfferRequestStatus, 'REQUESTED'>,
    note: string | null,
    decidedById: string,
  ): Promise<void> {
    await execute(
      db,
      sql`UPDATE host_offer_request SET status = ${status}, decision_note = ${note}, decided_by_id = ${decidedById},
                 decided_at = now()
           WHERE id = ${id}`,
    );
  }
}
