import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import { CompletionService } from '../completion/completion.service';
import { EditionsService } from '../programmes/editions.service';
import { ReferenceService } from '../reference/reference.service';
import { TargetsService, type TargetView } from '../targets/targets.service';
import { burnUpPoints } from './burn-up';
import { cockpitScope, type CockpitScope } from './cockpit-scope';
import type { CompletionPersonModel, TargetCellModel, TargetProgressModel } from './cockpit.model';
import { CockpitRepository, type PeopleFilter, type PersonRow } from './cockpit.repository';
import { attendanceRate, cellTarget, forecastOf, seatsFor, type CellCounts } from './forecast';

export type { PeopleFilter } from './cockpit.repository';

const SIDES = ['SCHOOL', 'COMPANY'] as const;
/** The target of the viewer's part of the edition: the total, the sum of their countries' splits, or null. */
export function scopedTarget(target: TargetView, scope: CockpitScope): number | null {
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
    private readonly cockpit: CockpitRepository,
    private readonly editions: EditionsService,
    private readonly targets: TargetsService,
    private readonly completion: CompletionService,
    private readonly reference: ReferenceService,
  ) {}

  async targetProgress(viewer: Viewer, editionId: string, today = new Date()): Promise<TargetProgressModel> {
    const scope = cockpitScope(viewer, 'cockpit.read');
    // Independent reads, each on a pooled connection of its own (no transaction is shared): they may run at once.
    const db = this.db.manager;
    const [edition, target, rule, matrix, perDay, programmeCountries, countryRates] = await Promise.all([
      this.editions.get(editionId),
      this.targets.get(editionId),
      this.completion.rule(editionId),
      this.cockpit.matrix(db, editionId, scope),
      this.cockpit.trainedPerDay(db, editionId, scope),
      this.reference.countries(true),
      this.cockpit.countryRates(db, editionId),
    ]);
    const rateOf = new Map(countryRates.map((r) => [r.country, attendanceRate(r.marked, r.present)]));
    const rate = attendanceRate(
      matrix.reduce((s, r) => s + r.marked, 0),
      matrix.reduce((s, r) => s + r.present, 0),
    );
    // Every country × side in scope gets a row, also before anyone registered there.
    const countries = scope.all ? programmeCountries.map((c) => c.code).sort() : scope.countries;
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
    const key = after ? decodeCursor(after, ['text', 'uuid']) : null;
    const db = this.db.manager;
    const [rows, n] = await Promise.all([
      this.cockpit.people(db, editionId, scope, filter, key && [key[0], key[1]], first + 1),
      this.cockpit.peopleCount(db, editionId, scope, filter),
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
    const rows = await this.cockpit.people(this.db.manager, editionId, scope, filter, null, 200_000);
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
