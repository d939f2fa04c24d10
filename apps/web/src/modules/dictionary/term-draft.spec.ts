import { termDraft, toSaveGlossaryTermInput } from './term-draft';

const term = {
  domain: 'CONSTRUCTION' as const,
  entries: [
    {
      __typename: 'GlossaryEntry' as const,
      language: 'lv',
      term: 'darba drošība',
      partOfSpeech: 'NOUN' as const,
      definition: null,
      example: null,
      synonyms: ['darba aizsardzība'],
      status: 'REVIEWED' as const,
    },
  ],
};

describe('the form of a dictionary term', () => {
  it('fills the languages the term has and leaves the missing ones empty', () => {
    const draft = termDraft(term);
    expect(draft.domain).toBe('CONSTRUCTION');
    expect(draft.entries.lv).toEqual({
      term: 'darba drošība',
      partOfSpeech: 'NOUN',
      definition: '',
      example: '',
      synonyms: 'darba aizsardzība',
    });
    expect(draft.entries.et.term).toBe('');
  });

  it('sends only languages with a term, trimmed, synonyms split once each', () => {
    const draft = termDraft(term);
    draft.entries.et = {
      term: ' tööohutus ',
      partOfSpeech: '',
      definition: ' ',
      example: '',
      synonyms: 'ohutus; ohutus,  ',
    };
    expect(toSaveGlossaryTermInput(draft, { id: 't1' })).toEqual({
      id: 't1',
      domain: 'CONSTRUCTION',
      entries: [
        { language: 'et', term: 'tööohutus', synonyms: ['ohutus'] },
        { language: 'lv', term: 'darba drošība', partOfSpeech: 'NOUN', synonyms: ['darba aizsardzība'] },
      ],
    });
  });

  it('a proposal for an existing term carries only the languages it lacks', () => {
    const draft = termDraft(term);
    draft.entries.ru.term = 'охрана труда';
    const input = toSaveGlossaryTermInput(draft, { id: 't1', only: ['en', 'et', 'lt', 'ru'] });
    expect(input.entries.map((e) => e.language)).toEqual(['ru']);
  });
});
