import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { CockpitRepository } from '../cockpit/cockpit.repository';
import { CompetenceInsightsService } from '../self-assessments/competence-insights.service';
import { MIN_GROUP_SIZE } from '../self-assessments/suppression';
import { MIN_TEXT_GROUP_SIZE, SurveyResultsService } from '../surveys/survey-results.service';
import type { CitationKind, CitationSource, Snapshot } from './evidence.entity';
import { EvidenceRepository } from './evidence.repository';

export const FIGURES = ['ATTENDANCE_RATE', 'TRAINED_SHARE'] as const;
export type Figure = (typeof FIGURES)[number];

const group = (s: CitationSource) => [s.countryCode ?? 'all countries', s.side ?? 'both sides'].join(', ');
const round2 = (v: number) => Math.round(v * 100) / 100;
const tooSmall = (field: string, min = MIN_GROUP_SIZE) =>
  Errors.validation([invalid(field, min === MIN_GROUP_SIZE ? 'groupTooSmall' : 'quoteGroupTooSmall', { min })]);

/**
 * Takes the frozen snapshot of a citation: the numbers as the existing result services give them now,
 * with their counts and their suppression (a group under 5 is not cited; a quote needs a quotable
 * survey and a group of 10). The snapshot is stored as it is and never recomputed.
 */
@Injectable()
export class EvidenceSnapshotsService {
  constructor(
    private readonly surveyResults: SurveyResultsService,
    private readonly insights: CompetenceInsightsService,
    private readonly cockpit: CockpitRepository,
    private readonly evidence: EvidenceRepository,
  ) {}

  async take(viewer: Viewer, editionId: string, kind: CitationKind, source: CitationSource): Promise<Snapshot> {
    const takenAt = new Date().toISOString();
    switch (kind) {
      case 'SURVEY_RESULT':
      case 'QUOTE':
        return { ...(await this.survey(viewer, editionId, kind, source)), takenAt };
      case 'COMPETENCE_AGGREGATE':
        return { ...(await this.competence(viewer, editionId, source)), takenAt };
      case 'FIGURE':
        return { ...(await this.figure(editionId, source)), takenAt };
    }
  }

  private async survey(viewer: Viewer, editionId: string, kind: CitationKind, source: CitationSource) {
    if (!source.surveyId || !source.questionId)
      throw Errors.validation([invalid(source.surveyId ? 'source.questionId' : 'source.surveyId', 'citationSource')]);
    const facts = await this.evidence.surveyFacts(this.evidence.manager, source.surveyId);
    if (!facts || facts.edition_id !== editionId)
      throw Errors.validation([invalid('source.surveyId', 'citationSource')]);
    const results = await this.surveyResults.results(viewer, {
      surveyId: source.surveyId,
      countryCode: source.countryCode ?? null,
      side: source.side ?? null,
      language: 'en',
    });
    const q = results.questions.find((x) => x.id === source.questionId);
    if (!q) throw Errors.validation([invalid('source.questionId', 'notSurveyQuestion')]);
    const base = {
      surveyId: results.surveyId,
      survey: facts.title,
      moduleCode: facts.module_code,
      sessionOn: facts.session_on,
      questionId: q.id,
      questionCode: q.code,
      question: q.text,
      type: q.type,
      countryCode: results.countryCode,
      side: results.side,
      responseCount: results.responseCount,
      invitedCount: results.invitedCount,
    };
    if (kind === 'QUOTE') {
      if (q.type !== 'TEXT') throw Errors.validation([invalid('source.questionId', 'citationSource')]);
      if (!facts.texts_may_be_quoted || facts.mode === 'NAMED')
        throw Errors.validation([invalid('source.surveyId', 'notQuotable')]);
      if (q.suppressed || q.count === null || q.count < MIN_TEXT_GROUP_SIZE || q.texts === null)
        throw tooSmall('source', MIN_TEXT_GROUP_SIZE);
      const quote = source.quote?.trim();
      if (!quote || !q.texts.includes(quote)) throw Errors.validation([invalid('source.quote', 'notShownQuote')]);
      return { ...base, label: `${facts.title} · ${q.code} · ${group(source)}`, groupSize: q.count, quote };
    }
    if (q.type === 'TEXT') throw Errors.validation([invalid('source.questionId', 'citationSource')]);
    if (results.suppressed || q.suppressed || q.count === null || q.count < MIN_GROUP_SIZE) throw tooSmall('source');
    return {
      ...base,
      label: `${facts.title} · ${q.code} · ${group(source)}`,
      groupSize: q.count,
      count: q.count,
      mean: q.mean,
      median: q.median,
      shareHigh: q.shareHigh,
      shareLow: q.shareLow,
      notApplicableCount: q.notApplicableCount,
      distribution: q.distribution.map((d) => ({ value: d.value, label: d.label, count: d.count })),
    };
  }

  private async competence(viewer: Viewer, editionId: string, source: CitationSource) {
    if (!source.roundId || !source.competenceCode)
      throw Errors.validation([invalid(source.roundId ? 'source.competenceCode' : 'source.roundId', 'citationSource')]);
    const view = await this.insights.insights(viewer, { roundId: source.roundId });
    if (view.round.round.editionId !== editionId)
      throw Errors.validation([invalid('source.roundId', 'citationSource')]);
    const cell = view.cells.find(
      (c) =>
        c.competenceCode === source.competenceCode &&
        c.countryCode === (source.countryCode ?? null) &&
        c.side === (source.side ?? null),
    );
    if (!cell) throw Errors.validation([invalid('source.competenceCode', 'notCompetence')]);
    if (cell.suppressed || cell.count === null) throw tooSmall('source');
    const competence = view.profile.areas.flatMap((a) => a.competences).find((c) => c.code === cell.competenceCode);
    const round = view.round.round;
    const roundName = round.kind === 'AFTER_MODULE' ? `after module ${round.moduleNumber}` : round.kind.toLowerCase();
    return {
      label: `${cell.competenceCode} ${competence?.title['en'] ?? ''} · ${roundName} · ${group(source)}`.trim(),
      groupSize: cell.count,
      roundId: round.id,
      roundKind: round.kind,
      moduleNumber: round.moduleNumber,
      competenceCode: cell.competenceCode,
      competence: competence?.title['en'] ?? cell.competenceCode,
      countryCode: cell.countryCode,
      side: cell.side,
      count: cell.count,
      meanLevel: cell.meanLevel,
      changeCount: cell.changeCount,
      meanChange: cell.meanChange,
    };
  }

  /** A cockpit figure of the edition's completion tally (all countries; the group is the tutors registered). */
  private async figure(editionId: string, source: CitationSource) {
    if (!source.figure || !(FIGURES as readonly string[]).includes(source.figure))
      throw Errors.validation([invalid('source.figure', 'citationSource')]);
    const matrix = await this.cockpit.matrix(this.evidence.manager, editionId, {
      all: true,
      countries: [],
      organisations: [],
    });
    const cells = matrix.filter(
      (r) => (!source.countryCode || r.country === source.countryCode) && (!source.side || r.side === source.side),
    );
    const sum = (f: (r: (typeof matrix)[number]) => number) => cells.reduce((s, r) => s + f(r), 0);
    const registered = sum((r) => r.registered);
    if (registered < MIN_GROUP_SIZE) throw tooSmall('source');
    const marked = sum((r) => r.marked);
    const present = sum((r) => r.present);
    const trained = sum((r) => r.trained);
    const figure = source.figure as Figure;
    const value =
      figure === 'ATTENDANCE_RATE' ? (marked ? round2(present / marked) : null) : round2(trained / registered);
    return {
      label: `${figure === 'ATTENDANCE_RATE' ? 'Attendance rate' : 'Share trained'} · ${group(source)}`,
      groupSize: registered,
      figure,
      countryCode: source.countryCode ?? null,
      side: source.side ?? null,
      registered,
      trained,
      marked,
      present,
      value,
    };
  }
}
