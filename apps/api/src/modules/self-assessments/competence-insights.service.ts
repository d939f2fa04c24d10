import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import type { ProfileView } from '../competences/competence-profile.mapper';
import { CompetencesService } from '../competences/competences.service';
import { AssessmentRoundsService, RoundView } from './assessment-rounds.service';
import type { CompetenceInsightsArgs } from './dto/self-assessment.input';
import { cellKey, MIN_GROUP_SIZE, suppressedCells } from './suppression';

/** Who reads aggregates: trainers and coordinators of their country; ADMIN, OBSERVER and RESEARCHER of their scope. */
const SIDES = ['SCHOOL', 'COMPANY'];

export interface InsightCell {
  competenceCode: string;
  countryCode: string | null;
  side: string | null;
  suppressed: boolean;
  count: number | null;
  meanLevel: number | null;
  changeSuppressed: boolean;
  changeCount: number | null;
  meanChange: number | null;
}

export interface InsightsView {
  round: RoundView;
  profile: ProfileView;
  countryCodes: string[];
  cells: InsightCell[];
}

interface Row {
  code: string;
  country: string | null;
  side: string | null;
  n: number;
  total: number;
  paired: number;
  change: number | null;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

@Injectable()
export class CompetenceInsightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rounds: AssessmentRoundsService,
    private readonly competences: CompetencesService,
  ) {}

  /** Every cell of every competence (all countries), one grouped query with the change from baseline. */
  private async rows(roundId: string, editionId: string): Promise<Row[]> {
    return this.db.query(
      `WITH people AS (
         SELECT s.id, s.person_id, o.country_code::text AS country, tp.side
           FROM self_assessment s JOIN tutor_profile tp ON tp.person_id = s.person_id JOIN organisation o ON o.id = tp.organisation_id
          WHERE s.round_id = $1 AND s.status = 'SUBMITTED'),
       base AS (
         SELECT s.person_id, c.code, r.level FROM assessment_round ar
           JOIN self_assessment s ON s.round_id = ar.id AND s.status = 'SUBMITTED'
           JOIN rating r ON r.self_assessment_id = s.id JOIN competence c ON c.id = r.competence_id
          WHERE ar.edition_id = $2 AND ar.kind = 'BASELINE' AND ar.id <> $1)
       SELECT c.code, CASE WHEN GROUPING(p.country) = 0 THEN p.country END AS country, CASE WHEN GROUPING(p.side) = 0 THEN p.side END AS side,
              count(*)::int AS n, sum(r.level)::float AS total, count(b.level)::int AS paired, sum(r.level - b.level)::float AS change
         FROM people p JOIN rating r ON r.self_assessment_id = p.id JOIN competence c ON c.id = r.competence_id
         LEFT JOIN base b ON b.person_id = p.person_id AND b.code = c.code
        GROUP BY c.code, GROUPING SETS ((p.country, p.side), (p.country), (p.side), ())`,
      [roundId, editionId],
    );
  }

  /**
   * The aggregates a viewer may see. The table is suppressed as a whole (all countries) first and cut
   * to the viewer's countries and filters afterwards: see suppression.ts for why.
   */
  async insights(viewer: Viewer, args: CompetenceInsightsArgs): Promise<InsightsView> {
    const scope = Access.countries(viewer, 'competenceInsights.read');
    if (scope !== 'ALL' && !scope.length) throw Errors.forbidden();
    if (args.countryCode && scope !== 'ALL' && !scope.includes(args.countryCode))
      throw Errors.forbidden('This country is outside your scope.');
    const round = await this.rounds.get(args.roundId);
    const [[roundView], profile, rows] = await Promise.all([
      this.rounds.views([round]),
      this.competences.view(round.profileVersionId),
      this.rows(round.id, round.editionId),
    ]);
    const countries = [...new Set(rows.map((r) => r.country).filter((c): c is string => !!c))].sort();
    const cells: InsightCell[] = [];
    for (const code of new Set(rows.map((r) => r.code))) {
      const mine = rows.filter((r) => r.code === code);
      const sizes = new Map(mine.map((r) => [cellKey(r.country, r.side), r.n]));
      const paired = new Map(mine.map((r) => [cellKey(r.country, r.side), r.paired]));
      const hidden = suppressedCells(sizes, countries, SIDES, MIN_GROUP_SIZE);
      const hiddenChange = suppressedCells(paired, countries, SIDES, MIN_GROUP_SIZE);
      for (const r of mine) {
        const key = cellKey(r.country, r.side);
        const suppressed = hidden.has(key);
        const changeSuppressed = suppressed || hiddenChange.has(key);
        cells.push({
          competenceCode: code,
          countryCode: r.country,
          side: r.side,
          suppressed,
          count: suppressed ? null : r.n,
          meanLevel: suppressed || !r.n ? null : round2(r.total / r.n),
          changeSuppressed,
          changeCount: changeSuppressed ? null : r.paired,
          meanChange: changeSuppressed || !r.paired || r.change === null ? null : round2(r.change / r.paired),
        });
      }
    }
    const visible = cells.filter(
      (c) =>
        (scope === 'ALL' || (c.countryCode !== null && scope.includes(c.countryCode))) &&
        (!args.countryCode || c.countryCode === args.countryCode) &&
        (!args.side || c.side === args.side),
    );
    const order = new Map(profile.areas.flatMap((a) => a.competences).map((c, i) => [c.code, i]));
    visible.sort(
      (a, b) =>
        (order.get(a.competenceCode) ?? 0) - (order.get(b.competenceCode) ?? 0) ||
        (a.countryCode ?? '~').localeCompare(b.countryCode ?? '~') ||
        (a.side ?? '~').localeCompare(b.side ?? '~'),
    );
    return {
      round: roundView,
      profile,
      countryCodes: scope === 'ALL' ? countries : countries.filter((c) => scope.includes(c)),
      cells: visible,
    };
  }
}
