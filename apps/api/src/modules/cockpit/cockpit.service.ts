import { isUuid } from '@tandem/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import type { CompletionStatusValue } from '../completion/completion-status.entity';
import { CompletionService } from '../completion/completion.service';
import { EditionsService } from '../programmes/editions.service';
import { TargetsService, type TargetView } from '../targets/targets.service';
import { burnUpPoints } from './burn-up';
import { cockpitScope, scopeParams, type CockpitScope } from './cockpit-scope';
import type { CompletionPersonModel, TargetCellModel, TargetProgressModel } from './cockpit.model';
import { COUNTRY_RATES_SQL, MATRIX_SQL, PEOPLE_COUNT_SQL, PEOPLE_SQL, TRAINED_PER_DAY_SQL } from './cockpit.sql';
import { attendanceRate, cellTarget, forecastOf, seatsFor, type CellCounts } from './forecast';

interface MatrixRow {
  country: string;
  side: 'SCHOOL' | 'COMPANY';
  registered: number;
  in_tandem: number;
  in_training: number;
  trained: number;
  withdrawn: number;
  on_track: number;
  marked: number;
  present: number;
}

export interface PeopleFilter {
  countryCode?: string | null;
  side?: 'SCHOOL' | 'COMPANY' | null;
  status?: CompletionStatusValue | null;
  onTrackOnly?: boolean;
}

interface PersonRow {
  person_id: string;
  sort_name: string;
  given_name: string;
  family_name: string;
  email: string;
  country_code: string;
  side: 'SCHOOL' | 'COMPANY';
  organisation_id: string;
  organisation_name: string;
  status: CompletionStatusValue;
  national_hours: number;
  joint_attended: number[];
  self_assessment_done: boolean;
  assignments_accepted: number;
  assignments_required: number;
  trained_at: Date | null;
  on_track: boolean;
}

const SIDES = ['SCHOOL', 'COMPANY'] as const;
function scopedTarget(target: TargetView, scope: CockpitScope): number | null {
  if (scope.all) return target.total;
  if (scope.organisations.length || !scope.countries.length) return null;
  let total = 0;
  for (const c of scope.countries) {
    const part = target.byCountry.get(c);
    if (part === undefined) return null;
    total += part;
  }
  return total;
}

/**
 * The target cockpit. Reads only completion_status (one row per tutor, indexed by edition, country,
 * side, status), so its cost does not grow with attendance or submissions. Every query carries the
 * viewer's scope in SQL: ADMIN and programme OBSERVERs see all, a COORDINATOR (or country OBSERVER)
 * their countries, a MANAGER their organisations' tutors. OBSERVERs get numbers only.
 */
@Injectable()
export class CockpitService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly editions: EditionsService,
    private readonly targets: TargetsService,
    private readonly completion: CompletionService,
  ) {}

  async targetProgress(viewer: Viewer, editionId: string, today = new Date()): Promise<TargetProgressModel> {
    const scope = cockpitScope(viewer, 'cockpit.read');
    const params = [editionId, ...scopeParams(scope)];
    const [edition, target, rule, matrix, perDay, programmeCountries, countryRates] = await Promise.all([
      this.editions.get(editionId),
      this.targets.get(editionId),
      this.completion.rule(editionId),
      this.db.query(MATRIX_SQL, params) as Promise<MatrixRow[]>,
      this.db.query(TRAINED_PER_DAY_SQL, params) as Promise<{ day: string; n: number }[]>,
      this.db.query(`SELECT code::text AS code FROM country WHERE programme_country ORDER BY code`) as Promise<
        { code: string }[]
      >,
      this.db.query(COUNTRY_RATES_SQL, [editionId]) as Promise<{ country: string; marked: number; present: number }[]>,
    ]);
    const rateOf = new Map(countryRates.map((r) => [r.country, attendanceRate(r.marked, r.present)]));
    const rate = attendanceRate(
      matrix.reduce((s, r) => s + r.marked, 0),
      matrix.reduce((s, r) => s + r.present, 0),
    );
    // Every country × side in scope gets a row, also before anyone registered there.
    const countries = scope.all ? programmeCountries.map((c) => c.code) : scope.countries;
    const counts = new Map<string, CellCounts>();
    for (const country of countries)
      for (const side of SIDES)
        counts.set(`${country}/${side}`, {
          country,
          side,
          registered: 0,
          inTandem: 0,
          inTraining: 0,
          trained: 0,
          withdrawn: 0,
          onTrack: 0,
        });
    for (const r of matrix)
      counts.set(`${r.country}/${r.side}`, {
        country: r.country,
        side: r.side,
        registered: r.registered,
        inTandem: r.in_tandem,
        inTraining: r.in_training,
        trained: r.trained,
        withdrawn: r.withdrawn,
        onTrack: r.on_track,
      });
    const byCountry: TargetCellModel[] = [...counts.values()]
      .sort((a, b) => a.country.localeCompare(b.country) || SIDES.indexOf(a.side) - SIDES.indexOf(b.side))
      .map((c) => {
        const cell = scope.organisations.length && !scope.all ? null : cellTarget(target, c.country, c.side);
        const countryRate = rateOf.get(c.country) ?? 1;
        const forecast = forecastOf(c.trained, c.onTrack, countryRate);
        const shortfall = cell === null ? null : Math.max(0, cell - forecast);
        return {
          ...c,
          target: cell,
          forecastTrained: forecast,
          gap: cell === null ? null : Math.max(0, cell - c.trained),
          shortfall,
          seatsToSchedule: shortfall === null ? null : seatsFor(shortfall, countryRate),
        };
      });
    const sum = (f: (c: TargetCellModel) => number) => byCountry.reduce((s, c) => s + f(c), 0);
    const trained = sum((c) => c.trained);
    const inTraining = sum((c) => c.inTraining);
    const inTandem = sum((c) => c.inTandem);
    const forecastTrained = sum((c) => c.forecastTrained);
    const headlineTarget = scopedTarget(target, scope);
    return {
      editionId,
      editionName: edition.name,
      startsOn: edition.startsOn,
      endsOn: edition.endsOn,
      scope: scope.all ? 'ALL' : scope.organisations.length ? 'ORGANISATION' : 'COUNTRY',
      scopeCountries: scope.all ? [] : scope.countries,
      target: headlineTarget,
      trained,
      inTraining,
      inTandem,
      withdrawn: sum((c) => c.withdrawn),
      onTrack: sum((c) => c.onTrack),
      forecastTrained,
      attendanceRate: rate,
      funnel: {
        registered: sum((c) => c.registered),
        inTandem: inTandem + inTraining + trained,
        inTraining: inTraining + trained,
        trained,
      },
      byCountry,
      burnUp: burnUpPoints({
        startsOn: edition.startsOn,
        endsOn: edition.endsOn,
        today: today.toISOString().slice(0, 10),
        perDay,
        target: headlineTarget,
        trainedNow: trained,
        forecast: forecastTrained,
      }),
      ruleRevision: rule.revision,
      refreshedAt: rule.refreshedAt,
      canSeePeople: Access.allows(viewer, 'cockpit.people'),
    };
  }

  /** The tutors behind a number, in the viewer's name-reading scope; FORBIDDEN for OBSERVERs. */
  async people(
    viewer: Viewer,
    editionId: string,
    filter: PeopleFilter,
    first: number,
    after?: string,
  ): Promise<Page<CompletionPersonModel>> {
    const scope = cockpitScope(viewer, 'cockpit.people');
    await this.editions.get(editionId);
    const base = [
      editionId,
      ...scopeParams(scope),
      filter.countryCode ?? null,
      filter.side ?? null,
      filter.status ?? null,
      !!filter.onTrackOnly,
    ];
    const key = after ? decodeCursor(after, 2) : null;
    if (key && !isUuid(key[1])) throw Errors.validation([{ field: 'after', message: 'is not a cursor of this list' }]);
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(PEOPLE_SQL, [...base, key, first + 1]) as Promise<PersonRow[]>,
      this.db.query(PEOPLE_COUNT_SQL, base) as Promise<{ n: number }[]>,
    ]);
    return toPage(
      rows,
      first,
      n,
      (r) => [r.sort_name, r.person_id],
      (r) => this.toPerson(viewer, r),
    );
  }

  /** Every row of a drill-down, for the exports (same scope and filters, no paging). */
  async allPeople(viewer: Viewer, editionId: string, filter: PeopleFilter): Promise<CompletionPersonModel[]> {
    const scope = cockpitScope(viewer, 'cockpit.people');
    await this.editions.get(editionId);
    const params = [
      editionId,
      ...scopeParams(scope),
      filter.countryCode ?? null,
      filter.side ?? null,
      filter.status ?? null,
      !!filter.onTrackOnly,
      null,
      200_000,
    ];
    const rows: PersonRow[] = await this.db.query(PEOPLE_SQL, params);
    return rows.map((r) => this.toPerson(viewer, r));
  }

  private toPerson(viewer: Viewer, r: PersonRow): CompletionPersonModel {
    return {
      personId: r.person_id,
      name: `${r.given_name} ${r.family_name}`,
      email: Access.canReadContact(viewer, {
        countryCode: r.country_code,
        organisationId: r.organisation_id,
      })
        ? r.email
        : null,
      countryCode: r.country_code,
      side: r.side,
      organisationName: r.organisation_name,
      status: r.status,
      nationalHours: r.national_hours,
      jointAttended: r.joint_attended,
      selfAssessmentDone: r.self_assessment_done,
      assignmentsAccepted: r.assignments_accepted,
      assignmentsRequired: r.assignments_required,
      trainedAt: r.trained_at,
      onTrack: r.on_track,
      canWithdraw: Access.can(viewer, 'completion.manage', {
        countryCode: r.country_code,
      }),
    };
  }
}
