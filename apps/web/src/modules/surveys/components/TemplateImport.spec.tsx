import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import type { SurveyTemplatesQuery } from '@tandem/web-graphql';
import { renderInApp } from '../../../testing/render';
import type { TemplateImportReport } from '../template-files';
import { TemplateImport } from './TemplateImport';

const texts = englishCatalogue.surveyTemplates;
const templates: SurveyTemplatesQuery['surveyTemplates'] = [
  {
    __typename: 'SurveyTemplate',
    id: 'template-1',
    key: 'after-session',
    kind: 'FEEDBACK',
    title: 'Feedback on the training session',
    questionCount: 8,
    missingLanguages: ['lv'],
    updatedAt: '2030-01-01T00:00:00.000Z',
  },
];
const report = (dryRun: boolean): TemplateImportReport => ({
  dryRun,
  format: 'XLSX',
  action: 'UPDATE',
  templateId: 'template-1',
  templateKey: 'after-session',
  languages: [
    { language: 'en', added: 0, changed: 0, removed: 0 },
    { language: 'lv', added: 2, changed: 0, removed: 0 },
  ],
  textChangeCount: 2,
  texts: [{ key: 'questions.Q1.text', language: 'lv', change: 'ADDED', before: null, after: 'Latviski' }],
  questions: { added: [], removed: [], changed: [] },
  settings: [],
  errorCount: 0,
  errors: [],
});
const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const choose = (name: string) =>
  fireEvent.change(document.querySelector('input[type=file]')!, {
    target: { files: [new File(['x'], name)] },
  });

const disabled = (button: HTMLElement) => (button as HTMLButtonElement).disabled;

describe('TemplateImport', () => {
  afterEach(() => vi.restoreAllMocks());

  it('checks a spreadsheet for the chosen template first (nothing saved), then applies what was checked', async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(answer(report(true)))
      .mockResolvedValueOnce(answer(report(false)));
    renderInApp(<TemplateImport templates={templates} />);
    choose('translations.xlsx');
    const apply = screen.getByRole('button', { name: texts.import.apply });
    // A spreadsheet needs its template: not named in the file name, none is chosen yet.
    expect(disabled(screen.getByRole('button', { name: texts.import.check }))).toBe(true);
    choose('survey-template-after-session-translations (1).xlsx');
    fireEvent.click(screen.getByRole('button', { name: texts.import.check }));
    const preview = await screen.findByTestId('template-import-preview');
    expect(within(preview).getByText(texts.report.nothingWritten)).toBeTruthy();
    expect(within(preview).getByText('Latviski')).toBeTruthy();
    const sent = fetchMock.mock.calls[0][1]?.body as FormData;
    expect([sent.get('dryRun'), sent.get('templateId')]).toEqual(['true', 'template-1']);
    expect(disabled(apply)).toBe(false);
    fireEvent.click(apply);
    await screen.findByTestId('template-import-done');
    expect((fetchMock.mock.calls[1][1]?.body as FormData).get('dryRun')).toBe('false');
  }, 15_000);

  it('names what an answered survey would lose when the change is not comparable', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(
      answer(
        {
          error: {
            code: 'TEMPLATE_NOT_COMPARABLE',
            surveyCount: 3,
            changes: [{ change: 'RETYPED', questionCode: 'Q1' }],
          },
        },
        409,
      ),
    );
    renderInApp(<TemplateImport templates={templates} />);
    choose('template.json');
    fireEvent.click(screen.getByRole('button', { name: texts.import.check }));
    const breaks = await screen.findByTestId('template-import-breaks');
    expect(breaks.textContent).toContain('question Q1 would get another type');
    await waitFor(() => expect(disabled(screen.getByRole('button', { name: texts.import.apply }))).toBe(true));
  });
});
