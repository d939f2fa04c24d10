import { formFieldOf, parseHours, toDraftInput, toFormValues, validateModuleForm } from './module-form';

const module = {
  texts: [
    {
      language: 'et',
      title: 'Eesti pealkiri',
      summary: '',
      learningOutcomes: [],
    },
    {
      language: 'en',
      title: 'English title',
      summary: 'Summary',
      learningOutcomes: ['One', 'Two'],
    },
  ],
  contactHours: 6,
  selfStudyHours: 4,
  deliveryMode: 'ONLINE' as const,
  changeReason: null,
};

describe('the module form', () => {
  it('has a block per working language, English first', () => {
    const values = toFormValues(module, ['en', 'et', 'lv']);
    expect(values.texts.map((t) => t.language)).toEqual(['en', 'et', 'lv']);
    expect(values.texts[0].learningOutcomes).toBe('One\nTwo');
    expect(values.texts[2].title).toBe('');
  });

  it('requires the English title and hours of 0 or more', () => {
    const values = toFormValues(module, ['en']);
    expect(validateModuleForm(values)).toEqual({});
    expect(
      validateModuleForm({
        ...values,
        texts: [{ ...values.texts[0], title: '  ' }],
        contactHours: '-1',
        selfStudyHours: 'x',
      }),
    ).toEqual({
      'title.en': 'modules.editor.errors.titleRequired',
      contactHours: 'modules.editor.errors.hours',
      selfStudyHours: 'modules.editor.errors.hours',
    });
  });

  it('reads hours with a comma or a point', () => {
    expect(parseHours('4,5')).toBe(4.5);
    expect(parseHours(' 0 ')).toBe(0);
    expect(parseHours('-2')).toBeNull();
    expect(parseHours('')).toBeNull();
  });

  it('leaves out languages without a title and empty outcome lines', () => {
    const values = toFormValues(module, ['en', 'et', 'lv']);
    values.texts[0].learningOutcomes = 'One\n\n  Two  \n';
    const input = toDraftInput(values);
    expect(input.texts.map((t) => t.language)).toEqual(['en', 'et']);
    expect(input.texts[0].learningOutcomes).toEqual(['One', 'Two']);
    expect(input.contactHours).toBe(6);
  });

  it('maps the server field of a text back to its language', () => {
    const values = toFormValues(module, ['en', 'et', 'lv']);
    expect(formFieldOf('texts.1.title', values)).toBe('title.et');
    expect(formFieldOf('contactHours', values)).toBe('contactHours');
  });
});
