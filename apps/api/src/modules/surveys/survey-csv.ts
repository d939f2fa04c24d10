import { csvOf } from '../../common/csv-cell';
import type { SheetCell, SheetTable } from '../../common/spreadsheet';
import type { SurveyModel, SurveyResultsModel } from './survey.model';

const TOO_FEW = 'too few to show';

/**
 * The results as the viewer sees them (same scope and suppression): one row per question and value,
 * free texts one per row. The CSV and the XLSX are written from this one table.
 */
export function resultsTable(r: SurveyResultsModel): SheetTable {
  const rows: SheetCell[][] = [
    [
      '*',
      'RESPONSES',
      '',
      `${r.countryCode ?? 'all'} / ${r.side ?? 'both sides'}`,
      r.responseCount,
      r.responseRate,
      r.invitedCount,
      r.suppressed ? TOO_FEW : 'mean = response rate, median = people asked',
    ],
  ];
  for (const q of r.questions) {
    if (q.suppressed) {
      rows.push([q.code, q.type, '', '', '', '', '', TOO_FEW]);
      continue;
    }
    rows.push([
      q.code,
      q.type,
      '',
      '',
      q.count,
      q.mean,
      q.median,
      q.notApplicableCount === null ? '' : `NA: ${q.notApplicableCount}`,
    ]);
    for (const d of q.distribution) rows.push([q.code, q.type, d.value, d.label, d.count, '', '', '']);
    for (const text of q.texts ?? []) rows.push([q.code, q.type, 'TEXT', text, '', '', '', '']);
  }
  return {
    name: 'Results',
    header: ['question_code', 'question_type', 'value', 'label', 'count', 'mean', 'median', 'note'],
    rows,
  };
}

/** The codebook: every question with its type, text and the meaning of each value. */
export function codebookTable(s: SurveyModel): SheetTable {
  const rows: SheetCell[][] = [];
  for (const q of s.questions) {
    const shownIf = q.showIfQuestionId
      ? `${s.questions.find((x) => x.id === q.showIfQuestionId)?.code ?? ''} = ${q.showIfValue ?? ''}`
      : '';
    rows.push([q.code, q.position, q.type, q.required ? 'yes' : 'no', q.text, '', '', shownIf]);
    const values: [string, string][] =
      q.type === 'LIKERT_5'
        ? [
            ['1', 'strongly disagree'],
            ['2', 'disagree'],
            ['3', 'neither agree nor disagree'],
            ['4', 'agree'],
            ['5', 'strongly agree'],
            ...(q.notApplicable ? ([['NA', 'not applicable']] as [string, string][]) : []),
          ]
        : q.type === 'SCALE_0_10'
          ? [['0..10', '0 = not at all likely, 10 = extremely likely']]
          : q.options.map((o) => [o.code, o.text] as [string, string]);
    if (q.type === 'MULTI' && q.allowOther) values.push(['OTHER', 'an answer of one’s own (count only)']);
    for (const [value, meaning] of values) rows.push([q.code, '', '', '', '', value, meaning, '']);
  }
  return {
    name: 'Codebook',
    header: ['question_code', 'position', 'type', 'required', 'text', 'value', 'value_meaning', 'shown_if'],
    rows,
  };
}

export const resultsCsv = (r: SurveyResultsModel) => csvOf(resultsTable(r));
export const codebookCsv = (s: SurveyModel) => csvOf(codebookTable(s));
