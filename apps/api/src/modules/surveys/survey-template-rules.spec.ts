import type { QuestionDefinition } from './survey-definitions';
import { templateDiff } from './survey-template-diff';
import {
  normalQuestion,
  parseTemplateDocument,
  TEMPLATE_FORMAT,
  type TemplateDocument,
} from './survey-template-document';
import { comparabilityBreaks, templateErrors } from './survey-template-rules';

const q = (
  code: string,
  type: QuestionDefinition['type'],
  extra: Partial<QuestionDefinition> = {},
): QuestionDefinition => ({
  code,
  type,
  required: false,
  text: { en: code },
  ...extra,
});
const choice = q('Q2', 'SINGLE', {
  options: [
    { code: 'A', text: { en: 'a' } },
    { code: 'B', text: { en: 'b' } },
  ],
});
const doc = (questions: QuestionDefinition[], more: Partial<TemplateDocument> = {}): TemplateDocument => ({
  format: TEMPLATE_FORMAT,
  formatVersion: 1,
  key: 'k1',
  kind: 'FEEDBACK',
  mode: 'ANONYMOUS',
  textsMayBeQuoted: true,
  title: { en: 'T' },
  intro: {},
  thankYou: {},
  questions,
  ...more,
});

describe('comparability of a template whose surveys have responses', () => {
  const answered = [
    { code: 'Q1', type: 'LIKERT_5' as const, optionCodes: [] },
    { code: 'Q2', type: 'SINGLE' as const, optionCodes: ['A', 'B'] },
  ];

  it('keeps results comparable when questions and options are only added or reordered', () => {
    const more = { ...choice, options: [...(choice.options ?? []), { code: 'C', text: { en: 'c' } }] };
    expect(comparabilityBreaks(answered, [more, q('Q3', 'TEXT'), q('Q1', 'LIKERT_5')], false)).toEqual([]);
  });

  it('names a removed question, a retyped one, a removed option and a new kind', () => {
    const fewer = { ...choice, options: choice.options?.slice(0, 1) };
    expect(comparabilityBreaks(answered, [q('Q1', 'SCALE_0_10')], true)).toEqual([
      { change: 'KIND', questionCode: null },
      { change: 'RETYPED', questionCode: 'Q1' },
      { change: 'REMOVED', questionCode: 'Q2' },
    ]);
    expect(comparabilityBreaks(answered, [q('Q1', 'LIKERT_5'), fewer], false)).toEqual([
      { change: 'OPTION_REMOVED', questionCode: 'Q2', optionCode: 'B' },
    ]);
  });
});

describe('template documents', () => {
  it('writes a question the same way whatever the order of its fields and flags that are off', () => {
    const messy = {
      text: { ru: 'р', en: 'e', et: '' },
      notApplicable: false,
      required: true,
      type: 'LIKERT_5',
      code: 'Q1',
    };
    expect(JSON.stringify(normalQuestion(messy as QuestionDefinition))).toBe(
      '{"code":"Q1","type":"LIKERT_5","required":true,"text":{"en":"e","ru":"р"}}',
    );
  });

  it('refuses option codes given twice and texts over 2,000 characters', () => {
    const twice = { ...choice, options: [...(choice.options ?? []), { code: 'A', text: { en: 'again' } }] };
    const long = q('Q3', 'TEXT', { text: { en: 'x'.repeat(2001) } });
    expect(
      templateErrors({ title: { en: 'T' }, mode: 'ANONYMOUS', questions: [twice, long] }).map((e) => [e.field, e.rule]),
    ).toEqual([
      ['questions.0.options.2.code', 'optionTwice'],
      ['questions.1.text.en', 'maxLength'],
    ]);
  });

  it('reads only its own format and version', () => {
    expect(
      parseTemplateDocument(JSON.stringify({ ...doc([q('Q1', 'TEXT')]), formatVersion: 2 })).errors[0],
    ).toMatchObject({
      field: 'formatVersion',
      rule: 'oneOf',
    });
    expect(parseTemplateDocument(JSON.stringify(doc([q('Q1', 'TEXT')]))).document?.questions).toHaveLength(1);
  });

  it('counts the texts an import adds, changes and removes per language, and the questions it adds', () => {
    const before = doc([q('Q1', 'TEXT', { text: { en: 'one', lv: 'viens' } })]);
    const after = doc([q('Q1', 'TEXT', { text: { en: 'One', et: 'üks' } }), q('Q2', 'TEXT')]);
    const diff = templateDiff(before, after);
    expect(diff.languages.filter((l) => l.added + l.changed + l.removed)).toEqual([
      { language: 'en', added: 1, changed: 1, removed: 0 },
      { language: 'et', added: 1, changed: 0, removed: 0 },
      { language: 'lv', added: 0, changed: 0, removed: 1 },
    ]);
    expect(diff.questions).toEqual({ added: ['Q2'], removed: [], changed: [] });
  });
});
