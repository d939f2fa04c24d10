import { Injectable } from '@nestjs/common';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { MIN_GROUP_SIZE } from '../self-assessments/suppression';
import type { SurveyComparisonArgs } from './dto/survey.input';
import { resultsScope } from './survey-access';
import { NOT_APPLICABLE, textIn } from './survey-definitions';
import type { SurveyComparisonGroupModel, SurveyComparisonModel, SurveyValueCountModel } from './survey.model';
import { comparisonCells, surveyCell, trainerCell, versionCell } from './survey-comparison-cells';
import { SurveysRepository, type ComparedSurveyRow } from './surveys.repository';
import { SurveysService } from './surveys.service';

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The same template question over the sessions of one module and over its versions, side by side, in
 * the viewer's scope (trainers: their sessions; coordinators: their country's part; ADMIN, OBSERVER and
 * RESEARCHER: all), for one country, side, response language and trainer if asked. Suppression
 * (survey-comparison-cells.ts) reuses suppression.ts: each survey's, version's and trainer's country ×
 * side (× language) table first, as the survey results do, then the table of sessions, versions and
 * trainers with its totals, the same whichever trainer is asked, so that neither a version minus its
 * other sessions, a trainer's sessions minus one of them, nor a wider view minus a narrower one reveals a
 * group under 5. A trainer's own questions are never compared (they are not the template's).
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
    const trainerId = args.trainerId ?? null;
    // A trainer reads only their own sessions: another trainer's are not theirs to filter by.
    if (trainerId !== null && countries !== 'ALL' && !countries.length && trainerId !== viewer.personId)
      throw Errors.forbidden('Only your own sessions are in your scope.');
    const slice = { country, side: args.side ?? null, language: args.responseLanguage ?? null };

    const all = await this.repo.comparedSurveys(m, base.id);
    const inScope = all.filter((s) => {
      const scope = resultsScope(viewer, s);
      return scope === 'ALL' || (scope !== null && country !== null && scope.includes(country));
    });
    const ids = inScope.map((s) => s.id);
    const [leaves, values, language] = await Promise.all([
      this.repo.comparedCellCounts(m, ids, args.questionCode),
      this.repo.comparedValueCounts(m, ids, args.questionCode, slice),
      this.surveys.languageOf(viewer, args.language),
    ]);
    const { cells, hidden } = comparisonCells(inScope, leaves, slice);
    const shown = inScope.filter((s) => trainerId === null || s.trainer_ids.includes(trainerId));

    const group = (
      key: string,
      label: string,
      s: Partial<ComparedSurveyRow> & { version: number },
      cell: string,
      surveyIds: string[],
    ): SurveyComparisonGroupModel => {
      const counts = new Map<string, number>();
      for (const v of values)
        if (surveyIds.includes(v.survey_id)) counts.set(v.value, (counts.get(v.value) ?? 0) + v.n);
      const suppressed = hidden.has(cell);
      return {
        key,
        label,
        surveyId: surveyIds.length === 1 ? surveyIds[0] : null,
        sessionStartsAt: s.session_starts_at ?? null,
        countryCode: s.country_code ?? null,
        moduleVersion: s.version,
        ...this.figures(question, language, suppressed ? null : (cells.get(cell)?.n ?? 0), suppressed ? null : counts),
      };
    };
    const versions = [...new Set(shown.map((s) => s.version_id))];
    const groups =
      args.by === 'MODULE_VERSION'
        ? versions.map((v) => {
            const members = shown.filter((s) => s.version_id === v);
            return group(
              v,
              `v${members[0].version}`,
              { version: members[0].version },
              trainerId === null ? versionCell(v) : trainerCell(trainerId, v),
              members.map((s) => s.id),
            );
          })
        : shown.map((s) => group(s.id, s.session_starts_at.toISOString().slice(0, 10), s, surveyCell(s.id), [s.id]));
    const totalKey = trainerId === null ? versionCell(null) : trainerCell(trainerId, null);
    const total = shown.length ? (cells.get(totalKey)?.n ?? 0) : 0;
    return {
      surveyId: base.id,
      questionCode: question.code,
      type: question.type,
      text: textIn(question.text, language).value,
      by: args.by,
      countryCode: country,
      side: slice.side,
      responseLanguage: slice.language,
      trainerId,
      trainers: await this.trainerOptions(viewer, inScope),
      moduleCode: base.module_code,
      minGroupSize: MIN_GROUP_SIZE,
      totalCount: shown.length && hidden.has(totalKey) ? null : total,
      groups,
    };
  }

  /** The trainers of the compared sessions the viewer may filter by (a trainer: only themselves). */
  private async trainerOptions(viewer: Viewer, surveys: readonly ComparedSurveyRow[]) {
    const countries = Access.countries(viewer, 'survey.resultsInScope');
    const ids = [...new Set(surveys.flatMap((s) => s.trainer_ids))].filter(
      (id) => countries === 'ALL' || countries.length > 0 || id === viewer.personId,
    );
    return this.repo.trainerNames(this.repo.manager, ids);
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
