import { Injectable } from '@nestjs/common';
import type { SheetTable } from '../../common/spreadsheet';
import { EditionsService } from '../programmes/editions.service';
import { ResearchPseudonyms } from '../privacy/research-pseudonyms';
import { SurveyResearchRepository } from './survey-research.repository';

const HEADER = [
  'pseudonym',
  'survey_id',
  'survey_kind',
  'survey_mode',
  'module_code',
  'module_version',
  'country',
  'side',
  'language',
  'submitted_on',
  'question_code',
  'question_type',
  'value',
];

/**
 * The researchers' survey export (permission research.export): person-level answers of consenting
 * respondents of CONFIDENTIAL and NAMED surveys, under the same pseudonym as the self-assessment
 * export, with country and side only (no names, organisations or times finer than the day).
 */
@Injectable()
export class SurveyResearchService {
  constructor(
    private readonly repository: SurveyResearchRepository,
    private readonly editions: EditionsService,
    private readonly pseudonyms: ResearchPseudonyms,
  ) {}

  /** The edition asked for (NOT_FOUND when there is none), else the current one. */
  editionId(asked?: string): Promise<string> {
    return this.editions.requireId(asked);
  }

  async answersTable(editionId: string): Promise<SheetTable> {
    const found = await this.repository.answers(editionId);
    const rows = found.map((r) => [
      this.pseudonyms.of(r.person_id),
      r.survey_id,
      r.kind,
      r.mode,
      r.module_code,
      r.module_version,
      r.country_code,
      r.side,
      r.language,
      r.submitted_on,
      r.question_code,
      r.question_type,
      r.value,
    ]);
    // Sorted by pseudonym, survey and question, never by the order of the rows: that must not leak ids either.
    rows.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[10], b[10]) || cmp(a[12], b[12]));
    return { name: 'Answers', header: HEADER, rows };
  }

  codebookTable(): SheetTable {
    const entries: [string, string][] = [
      [
        'pseudonym',
        'Stable pseudonym of a respondent, the same as in the self-assessment ratings export (HMAC-SHA-256 of the internal id with a server secret).',
      ],
      [
        'survey_id',
        'The survey (one per training session for feedback; one per edition for the needs analysis and the final evaluation).',
      ],
      ['survey_kind', 'FEEDBACK, NEEDS_ANALYSIS or FINAL_EVALUATION.'],
      ['survey_mode', 'CONFIDENTIAL (linked, aggregates only elsewhere) or NAMED (the respondent was told).'],
      ['module_code', 'The module of the session a feedback survey belongs to; empty otherwise.'],
      ['module_version', 'The version of that module the session taught (compare v1 and v2).'],
      ['country', 'ISO 3166-1 alpha-2 country the response counts in.'],
      ['side', 'SCHOOL or COMPANY (tutors); empty for other respondents.'],
      ['language', 'The language the survey was answered in.'],
      ['submitted_on', 'The day of the response (never a finer time).'],
      ['question_code', 'The question’s code in the survey’s codebook (the results codebook of each survey).'],
      ['question_type', 'LIKERT_5 (1..5, NA), SCALE_0_10, SINGLE, MULTI (one row per chosen option), TEXT.'],
      ['value', 'The option code, the number, NA, or the text; a MULTI answer of one’s own starts with other:.'],
      [
        'inclusion',
        'Submitted responses of CONFIDENTIAL and NAMED surveys by people who have research consent now; ANONYMOUS surveys are never included (their responses are linked to nobody).',
      ],
    ];
    return { name: 'Codebook', header: ['variable', 'description'], rows: entries };
  }
}

const cmp = (a: string | number | null, b: string | number | null) => String(a ?? '').localeCompare(String(b ?? ''));
