import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { cellKey, MIN_GROUP_SIZE, suppressedCells, type CellKey } from '../self-assessments/suppression';
import type { SurveyResultsArgs } from './dto/survey.input';
import { resultsScope } from './survey-access';
import { NOT_APPLICABLE, textIn } from './survey-definitions';
import type { SurveyQuestion } from './survey-question.entity';
import type { SurveyQuestionResultModel, SurveyResultsModel, SurveyValueCountModel } from './survey.model';
import { SurveysRepository, type CellCountRow, type ValueCountRow } from './surveys.repository';
import { SurveysService } from './surveys.service';
import { invalid } from '../../common/field-error';

/** Free texts are shown only in groups of this size or more. */
export const MIN_TEXT_GROUP_SIZE = 10;

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Counts of every cell (country × side, the margins and the total) from the leaf counts. */
function withMargins(leaves: readonly CellCountRow[]): Map<CellKey, number> {
  const sizes = new Map<CellKey, number>();
  const add = (key: CellKey, n: number) => sizes.set(key, (sizes.get(key) ?? 0) + n);
  for (const r of leaves) {
    add(cellKey(r.country_code, r.side), r.n);
    add(cellKey(r.country_code, null), r.n);
    add(cellKey(null, r.side), r.n);
    add(cellKey(null, null), r.n);
  }
  return sizes;
}

function median(values: { number: number; n: number }[]): number | null {
  const total = values.reduce((s, v) => s + v.n, 0);
  if (!total) return null;
  const sorted = [...values].sort((a, b) => a.number - b.number);
  const at = (k: number) => {
    let seen = 0;
    for (const v of sorted) if ((seen += v.n) > k) return v.number;
    return sorted[sorted.length - 1].number;
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/**
 * k-anonymous results, computed in the API: the cells (country × side with margins) of responses and
 * of every question are suppressed as the competence insights are (suppression.ts: groups under 5,
 * plus complementary cells so that no subtraction reveals one), for all countries first; the viewer's
 * scope and filters then pick one cell. Free texts use the same rule with groups of 10.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly surveys: SurveysService,
  ) {}

  /** FORBIDDEN unless the viewer may read the survey's results (NOT_FOUND when there is no such survey). */
  async assertReadable(viewer: Viewer, surveyId: string): Promise<void> {
    const row = await this.repo.survey(this.repo.manager, surveyId);
    if (!row) throw Errors.notFound('Survey');
    if (!resultsScope(viewer, row)) throw Errors.forbidden('These results are outside your scope.');
  }

  /** `m`: the caller's transaction when the results are part of a wider read (the final evaluation). */
  async results(
    viewer: Viewer,
    args: SurveyResultsArgs,
    m: EntityManager = this.repo.manager,
  ): Promise<SurveyResultsModel> {
    const row = await this.repo.survey(m, args.surveyId);
    if (!row) throw Errors.notFound('Survey');
    const scope = resultsScope(viewer, row);
    if (!scope) throw Errors.forbidden('These results are outside your scope.');
    const country = args.countryCode ?? (scope === 'ALL' ? null : scope.length === 1 ? scope[0] : undefined);
    if (country === undefined) throw Errors.validation([invalid('countryCode', 'ownCountry')]);
    if (country !== null && scope !== 'ALL' && !scope.includes(country))
      throw Errors.forbidden('This country is outside your scope.');
    const side = args.side ?? null;
    const [language, questions, counts, invited, values] = await Promise.all([
      this.surveys.languageOf(viewer, args.language),
      this.repo.questions(m, row.id),
      this.repo.cellCounts(m, row.id),
      this.repo.invitedCounts(m, row.id),
      this.repo.valueCounts(m, row.id, country, side),
    ]);
    const countries = [
      ...new Set([...counts, ...invited].map((r) => r.country_code).filter((c): c is string => !!c)),
    ].sort();
    const sides = [...new Set(['SCHOOL', 'COMPANY', ...counts.map((r) => r.side ?? 'NONE')])].sort();
    const leaves = (rows: CellCountRow[]) => rows.map((r) => ({ ...r, side: r.side ?? 'NONE' }));
    const target = cellKey(country, side);
    const hiddenIn = (rows: CellCountRow[], k: number) => {
      const sizes = withMargins(leaves(rows));
      return { n: sizes.get(target) ?? 0, hidden: suppressedCells(sizes, countries, sides, k).has(target) };
    };
    const responses = hiddenIn(
      counts.filter((r) => r.question_id === null),
      MIN_GROUP_SIZE,
    );
    const invitedCount = withMargins(leaves(invited)).get(target) ?? 0;
    const quotable = row.texts_may_be_quoted && row.mode !== 'NAMED';
    const textQuestions = questions.filter((q) => q.type === 'TEXT');
    const shownTexts = new Set(
      textQuestions
        .filter((q) => {
          const cell = hiddenIn(
            counts.filter((r) => r.question_id === q.id),
            MIN_TEXT_GROUP_SIZE,
          );
          return quotable && !cell.hidden && cell.n >= MIN_TEXT_GROUP_SIZE;
        })
        .map((q) => q.id),
    );
    const texts = await this.repo.texts(m, row.id, [...shownTexts], country, side);
    const results = questions
      .filter((q) => q.type !== 'SECTION')
      .map((q) => {
        const cell = hiddenIn(
          counts.filter((r) => r.question_id === q.id),
          q.type === 'TEXT' ? MIN_TEXT_GROUP_SIZE : MIN_GROUP_SIZE,
        );
        const suppressed = cell.hidden || responses.hidden;
        return this.questionResult(q, language, suppressed, cell.n, values, shownTexts.has(q.id) ? texts : null);
      });
    return {
      surveyId: row.id,
      countryCode: country,
      side,
      countryCodes: scope === 'ALL' ? countries : countries.filter((c) => scope.includes(c)),
      suppressed: responses.hidden,
      responseCount: responses.hidden ? null : responses.n,
      invitedCount,
      responseRate: responses.hidden || !invitedCount ? null : round2(responses.n / invitedCount),
      minGroupSize: MIN_GROUP_SIZE,
      questions: results,
    };
  }

  private questionResult(
    q: SurveyQuestion,
    language: string,
    suppressed: boolean,
    n: number,
    values: ValueCountRow[],
    texts: { question_id: string; value: string }[] | null,
  ): SurveyQuestionResultModel {
    const base = {
      id: q.id,
      code: q.code,
      type: q.type,
      text: textIn(q.text, language).value,
      byTrainer: q.byTrainer,
      suppressed,
      count: suppressed ? null : n,
      notApplicableCount: null,
      mean: null,
      median: null,
      distribution: [] as SurveyValueCountModel[],
      shareHigh: null,
      shareLow: null,
      texts: null as string[] | null,
    };
    if (suppressed) return base;
    if (q.type === 'TEXT')
      return { ...base, texts: texts ? texts.filter((t) => t.question_id === q.id).map((t) => t.value) : null };
    const mine = values.filter((v) => v.question_id === q.id);
    const countOf = (value: string) => mine.find((v) => v.value === value)?.n ?? 0;
    const labelOf = (code: string) =>
      textIn(q.options.find((o) => o.code === code)?.text ?? { en: code }, language).value;
    let distribution: SurveyValueCountModel[];
    if (q.type === 'LIKERT_5' || q.type === 'SCALE_0_10') {
      const range = q.type === 'LIKERT_5' ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
      distribution = range.map((v) => ({ value: String(v), label: String(v), count: countOf(String(v)) }));
      const numeric = range.map((v) => ({ number: v, n: countOf(String(v)) })).filter((v) => v.n);
      const total = numeric.reduce((s, v) => s + v.n, 0);
      const sum = numeric.reduce((s, v) => s + v.number * v.n, 0);
      const share = (test: (v: number) => boolean) =>
        q.type === 'SCALE_0_10' && total
          ? round2(numeric.filter((v) => test(v.number)).reduce((s, v) => s + v.n, 0) / total)
          : null;
      return {
        ...base,
        distribution,
        notApplicableCount: q.notApplicable ? countOf(NOT_APPLICABLE) : null,
        mean: total ? round2(sum / total) : null,
        median: median(numeric),
        shareHigh: share((v) => v >= 9),
        shareLow: share((v) => v <= 6),
      };
    }
    distribution = q.options.map((o) => ({ value: o.code, label: labelOf(o.code), count: countOf(o.code) }));
    if (q.type === 'MULTI' && q.allowOther)
      distribution.push({ value: 'OTHER', label: 'OTHER', count: countOf('OTHER') });
    return { ...base, distribution };
  }
}
