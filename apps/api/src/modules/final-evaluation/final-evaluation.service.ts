import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { CockpitRepository } from '../cockpit/cockpit.repository';
import { scopedTarget } from '../cockpit/cockpit.service';
import { cellTarget } from '../cockpit/forecast';
import { toActionModel } from '../evidence/evidence.mapper';
import type { ImprovementActionModel } from '../evidence/evidence.model';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { visible } from '../evidence/evidence-rules';
import { EditionsService } from '../programmes/editions.service';
import { MIN_GROUP_SIZE } from '../self-assessments/suppression';
import { textIn } from '../surveys/survey-definitions';
import { SurveyResultsService } from '../surveys/survey-results.service';
import type { SurveyResultsModel } from '../surveys/survey.model';
import { TargetsService } from '../targets/targets.service';
import { competenceChangeCells, inScope, satisfactionCells } from './final-evaluation-cells';
import type { FinalCompletionModel, FinalEvaluationModel } from './final-evaluation.model';
import { FinalEvaluationRepository } from './final-evaluation.repository';

/**
 * The overall question of the session feedback template: "How likely are you to recommend this
 * training to a colleague?" (0–10), the template's one question about the session as a whole.
 */
export const SATISFACTION_QUESTION = 'Q4';

type Scope = 'ALL' | string[];

/**
 * The final evaluation report (the FINAL_EVALUATION phase): competence change baseline → final,
 * satisfaction per joint module and version, completion against the target, the improvement
 * actions with their checks and the final-evaluation survey, all read in one READ ONLY
 * transaction (one moment of the data) with a fixed number of statements. Every k-anonymous table
 * is computed for all countries and then cut to the viewer's countries (a COORDINATOR or country
 * OBSERVER sees their countries' cells only, never a margin over all countries).
 */
@Injectable()
export class FinalEvaluationService {
  constructor(
    private readonly repo: FinalEvaluationRepository,
    private readonly editions: EditionsService,
    private readonly cockpit: CockpitRepository,
    private readonly targets: TargetsService,
    private readonly evidence: EvidenceRepository,
    private readonly surveyResults: SurveyResultsService,
  ) {}

  scopeOf(viewer: Viewer): Scope {
    const scope = Access.countries(viewer, 'finalEvaluation.read');
    if (scope !== 'ALL' && !scope.length) throw Errors.forbidden();
    return scope;
  }

  async report(viewer: Viewer, editionId?: string | null, language?: string | null): Promise<FinalEvaluationModel> {
    const scope = this.scopeOf(viewer);
    return this.repo.readTransaction(async (db) => {
      const id = editionId ?? (await this.editions.currentId());
      if (!id) throw Errors.notFound('Edition');
      const edition = await this.editions.get(id, db);
      const lang = language ?? (await this.evidence.language(db, viewer.personId));
      const areas = await this.repo.areas(db, id);
      const changes = await this.repo.pairedChanges(db, id);
      const satisfaction = await this.repo.satisfaction(db, id, SATISFACTION_QUESTION);
      const completion = await this.completion(db, id, scope);
      const actions = await this.actions(db, viewer, id, scope);
      const finalSurveyResults = await this.finalSurvey(db, viewer, id, scope, lang);
      const shownCountries = [
        ...new Set([...changes.map((r) => r.country), ...completion.cells.map((c) => c.countryCode)]),
      ]
        .filter((c): c is string => !!c && inScope(scope, c))
        .sort();
      return {
        editionId: id,
        editionName: edition.name,
        scope: scope === 'ALL' ? 'ALL' : 'COUNTRY',
        countryCodes: scope === 'ALL' ? shownCountries : [...scope].sort(),
        minGroupSize: MIN_GROUP_SIZE,
        language: lang,
        computedAt: new Date(),
        competenceAreas: areas.map((a) => ({ code: a.code, title: textIn(a.title, lang).value || a.code })),
        competenceChange: competenceChangeCells(
          changes,
          areas.map((a) => a.code),
        ).filter((c) => inScope(scope, c.countryCode)),
        satisfactionQuestionCode: SATISFACTION_QUESTION,
        satisfactionQuestion: satisfaction.length ? textIn(satisfaction[0].question, lang).value : null,
        satisfaction: satisfactionCells(satisfaction).filter((c) => inScope(scope, c.countryCode)),
        completion,
        improvementActions: actions,
        finalSurveyResults,
      };
    });
  }

  /** Trained and registered per country × side from the completion tallies (the cockpit's matrix), with the targets. */
  private async completion(db: EntityManager, editionId: string, scope: Scope): Promise<FinalCompletionModel> {
    const all = scope === 'ALL';
    const cockpitScope = { all, countries: all ? [] : scope, organisations: [] };
    const target = await this.targets.get(editionId, db);
    const matrix = await this.cockpit.matrix(db, editionId, cockpitScope);
    const cells = matrix.map((r) => ({
      countryCode: r.country,
      side: r.side,
      registered: r.registered,
      trained: r.trained,
      target: cellTarget(target, r.country, r.side),
    }));
    return {
      target: scopedTarget(target, cockpitScope),
      trained: cells.reduce((s, c) => s + c.trained, 0),
      registered: cells.reduce((s, c) => s + c.registered, 0),
      cells,
    };
  }

  /**
   * The actions of published findings the viewer sees, with their checks. A check's before/after
   * figure of a country outside a country-scoped viewer's scope is left out.
   */
  private async actions(db: EntityManager, viewer: Viewer, editionId: string, scope: Scope) {
    const [actions, findings] = [
      await this.evidence.actions(db, editionId),
      await this.evidence.findings(db, editionId, true),
    ];
    const seen = new Map(findings.filter((f) => visible(viewer, f)).map((f) => [f.id, f]));
    const outside = (s: ImprovementActionModel['checkBefore']) => !!s?.countryCode && !inScope(scope, s.countryCode);
    return actions
      .filter((a) => a.finding_ids.some((f) => seen.has(f)))
      .map((a) => toActionModel(a, seen))
      .map((a) => ({
        ...a,
        checkBefore: outside(a.checkBefore) ? null : a.checkBefore,
        checkAfter: outside(a.checkAfter) ? null : a.checkAfter,
      }));
  }

  /** The final-evaluation survey's results as surveyResults gives them: for all countries, or one per country in scope. */
  private async finalSurvey(
    db: EntityManager,
    viewer: Viewer,
    editionId: string,
    scope: Scope,
    language: string,
  ): Promise<SurveyResultsModel[]> {
    const [survey] = await this.repo.finalSurvey(db, editionId);
    if (!survey) return [];
    const results: SurveyResultsModel[] = [];
    for (const countryCode of scope === 'ALL' ? [null] : [...scope].sort())
      results.push(await this.surveyResults.results(viewer, { surveyId: survey.id, countryCode, language }, db));
    return results;
  }
}
