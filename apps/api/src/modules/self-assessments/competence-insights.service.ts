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
import { SelfAssessmentsRepository } from './self-assessments.repository';
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

const round2 = (v: number) => Math.round(v * 100) / 100;

@Injectable()
export class CompetenceInsightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: SelfAssessmentsRepository,
    private readonly rounds: AssessmentRoundsService,
    private readonly competences: CompetencesService,
  ) {}

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
    // Three reads on pooled connections of their own (no transaction is shared), so they may run at once.
    const [[roundView], profile, rows] = await Promise.all([
      this.rounds.views([round]),
      this.competences.view(round.profileVersionId),
      this.repository.insightRows(this.db.manager, round.id, round.editionId),
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
