import { Injectable } from '@nestjs/common';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { cellKey, MIN_GROUP_SIZE, suppressedCells, type CellKey } from '../self-assessments/suppression';
import type { SurveyComparisonArgs } from './dto/survey.input';
import { resultsScope } from './survey-access';
import { NOT_APPLICABLE, textIn } from './survey-definitions';
import type { SurveyComparisonGroupModel, SurveyComparisonModel, SurveyValueCountModel } from './survey.model';
import { SurveysRepository, type CellCountRow, type ComparedSurveyRow } from './surveys.repository';
import { SurveysService } from './surveys.service';

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Counts of every cell (country × side, the margins and the total) from the leaf counts. */
function withMargins(leaves: readonly CellCountRow[]): Map<CellKey, number> {
  const sizes = new Map<CellKey, number>();
  const add = (key: CellKey, n: number) => sizes.set(key, (sizes.get(key) ?? 0) + n);
  for (const r of leaves) {
    const side = r.side ?? 'NONE';
    add(cellKey(r.country_code, side), r.n);
    add(cellKey(r.country_code, null), r.n);
    add(cellKey(null, side), r.n);
    add(cellKey(null, null), r.n);
  }
  return sizes;
}

/** Whether the cell `target` of these leaves is suppressed when the whole country × side table is. */
function hiddenInTable(leaves: readonly CellCountRow[], target: CellKey): { n: number; hidden: boolean } {
  const sizes = withMargins(leaves);
  const countries = [...new Set(leaves.map((r) => r.country_code).filter((c): c is string => !!c))].sort();
  const sides = [...new Set(['SCHOOL', 'COMPANY', ...leaves.map((r) => r.side ?? 'NONE')])].sort();
  return { n: sizes.get(target) ?? 0, hidden: suppressedCells(sizes, countries, sides).has(target) };
}

/**
 * The same template question over the sessions of one module and over its versions, side by side, in
 * the viewer's scope (trainers: their sessions; coordinators: their country's part; ADMIN, OBSERVER and
 * RESEARCHER: all). Suppression reuses suppression.ts twice: each survey's (and each version's) country ×
 * side table first, as the survey results do, then the table of sessions × versions with its totals, so
 * that neither a version minus its other sessions nor a wider view minus a narrower one reveals a group
 * under 5. A trainer's own questions are never compared (they are not the template's).
 */
@Injectable()
export class SurveyComparisonService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly surveys: SurveysService,
  ) {}

  async compare(viewer: Viewer, args: SurveyComparisonArgs): Promise<SurveyComparisonModel> {
    const m = this.repo.manager;
    const base = await this.repo.survey(m, args.surveyId);
    if (!base) throw Errors.notFound('Survey');
    if (!resultsScope(viewer, base)) throw Errors.forbidden('These results are outside your scope.');
    const question = await this.repo.comparedQuestion(m, base.id, args.questionCode);
    if (!question) throw Errors.validation([invalid('questionCode', 'notComparable')]);
    const countries = Access.countries(viewer, 'survey.resultsInScope');
    const country =
      args.countryCode ??
      (countries === 'ALL' || countries.length === 0 ? null : countries.length === 1 ? countries[0] : undefined);
    if (country === undefined) throw Errors.validation([invalid('countryCode', 'ownCountry')]);
    if (country !== null && countries !== 'ALL' && !countries.includes(country))
      throw Errors.forbidden('This country is outside your scope.');
    const target = cellKey(country, null);

    const all = await this.repo.comparedSurveys(m, base.id);
    const inScope = all.filter((s) => {
      const scope = resultsScope(viewer, s);
      return scope === 'ALL' || (scope !== null && country !== null && scope.includes(country));
    });
    const ids = inScope.map((s) => s.id);
    const [leaves, values, language] = await Promise.all([
      this.repo.comparedCellCounts(m, ids, args.questionCode),
      this.repo.comparedValueCounts(m, ids, args.questionCode, country),
      this.surveys.languageOf(viewer, args.language),
    ]);

    // 1. Each survey's, and each version's, own country × side table.
    const ofSurvey = new Map(
      inScope.map((s) => [
        s.id,
        hiddenInTable(
          leaves.filter((l) => l.survey_id === s.id),
          target,
        ),
      ]),
    );
    const versions = [...new Set(inScope.map((s) => s.version_id))];
    const versionOf = new Map(inScope.map((s) => [s.id, s.version_id]));
    const ofVersion = new Map(
      versions.map((v) => [
        v,
        hiddenInTable(
          leaves.filter((l) => versionOf.get(l.survey_id) === v),
          target,
        ),
      ]),
    );
    // 2. Sessions × versions with the totals: a group already hidden counts as a group under 5.
    const grid = new Map<CellKey, number>();
    const put = (key: CellKey, n: number) => grid.set(key, (grid.get(key) ?? 0) + n);
    const forced = (c: { n: number; hidden: boolean }) => (c.hidden && c.n >= MIN_GROUP_SIZE ? 1 : c.n);
    for (const s of inScope) {
      const c = ofSurvey.get(s.id) as { n: number; hidden: boolean };
      grid.set(cellKey(s.id, s.version_id), forced(c));
      grid.set(cellKey(s.id, null), forced(c));
      put(cellKey(null, null), c.n);
    }
    for (const v of versions) grid.set(cellKey(null, v), forced(ofVersion.get(v) as { n: number; hidden: boolean }));
    const hidden = suppressedCells(grid, ids, versions);

    const group = (
      key: string,
      label: string,
      s: Partial<ComparedSurveyRow> & { version: number },
      n: number,
      suppressed: boolean,
      surveyIds: string[],
    ): SurveyComparisonGroupModel => {
      const counts = new Map<string, number>();
      for (const v of values)
        if (surveyIds.includes(v.survey_id)) counts.set(v.value, (counts.get(v.value) ?? 0) + v.n);
      return {
        key,
        label,
        surveyId: surveyIds.length === 1 ? surveyIds[0] : null,
        sessionStartsAt: s.session_starts_at ?? null,
        countryCode: s.country_code ?? null,
        moduleVersion: s.version,
        ...this.figures(question, language, suppressed ? null : n, suppressed ? null : counts),
      };
    };
    const groups =
      args.by === 'MODULE_VERSION'
        ? versions.map((v) => {
            const members = inScope.filter((s) => s.version_id === v);
            const c = ofVersion.get(v) as { n: number };
            return group(
              v,
              `v${members[0].version}`,
              { version: members[0].version },
              c.n,
              hidden.has(cellKey(null, v)),
              members.map((s) => s.id),
            );
          })
        : inScope.map((s) => {
            const c = ofSurvey.get(s.id) as { n: number };
            return group(
              s.id,
              s.session_starts_at.toISOString().slice(0, 10),
              s,
              c.n,
              hidden.has(cellKey(s.id, null)),
              [s.id],
            );
          });
    const total = [...ofSurvey.values()].reduce((sum, c) => sum + c.n, 0);
    const totalHidden = hidden.has(cellKey(null, null));
    return {
      surveyId: base.id,
      questionCode: question.code,
      type: question.type,
      text: textIn(question.text, language).value,
      by: args.by,
      countryCode: country,
      moduleCode: base.module_code,
      minGroupSize: MIN_GROUP_SIZE,
      totalCount: totalHidden ? null : total,
      groups,
    };
  }

  /** Count, distribution and (numeric types) mean of one group; nothing when it is suppressed. */
  private figures(
    q: { type: string; options: { code: string; text: Record<string, string | undefined> }[]; notApplicable: boolean },
    language: string,
    n: number | null,
    counts: Map<string, number> | null,
  ): Pick<SurveyComparisonGroupModel, 'suppressed' | 'count' | 'mean' | 'notApplicableCount' | 'distribution'> {
    if (n === null || counts === null)
      return { suppressed: true, count: null, mean: null, notApplicableCount: null, distribution: [] };
    const countOf = (v: string) => counts.get(v) ?? 0;
    let distribution: SurveyValueCountModel[];
    let mean: number | null = null;
    if (q.type === 'LIKERT_5' || q.type === 'SCALE_0_10') {
      const range = q.type === 'LIKERT_5' ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
      distribution = range.map((v) => ({ value: String(v), label: String(v), count: countOf(String(v)) }));
      const total = distribution.reduce((s, d) => s + d.count, 0);
      mean = total ? round2(distribution.reduce((s, d) => s + Number(d.value) * d.count, 0) / total) : null;
    } else {
      distribution = q.options.map((o) => ({
        value: o.code,
        label: textIn(o.text, language).value,
        count: countOf(o.code),
      }));
    }
    return {
      suppressed: false,
      count: n,
      mean,
      notApplicableCount: q.notApplicable ? countOf(NOT_APPLICABLE) : null,
      distribution,
    };
  }
}
