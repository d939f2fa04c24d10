import { draftProblems, emptyResourceDraft, toProposeResourceInput } from './propose-resource';

describe('proposing a resource', () => {
  it('needs an English title and a text or a link', () => {
    expect(draftProblems(emptyResourceDraft('EE', 'et'))).toEqual(['title', 'content']);
    expect(draftProblems({ ...emptyResourceDraft('EE', 'et'), titleEn: 'T', url: 'https://x.org' })).toEqual([]);
  });

  it('sends only what is filled in; Baltic-wide has no country', () => {
    const draft = { ...emptyResourceDraft('', 'lv'), titleEn: ' Safety walk ', body: ' Walk. ' };
    expect(toProposeResourceInput(draft)).toEqual({
      kind: 'GUIDE',
      titles: [{ language: 'en', text: 'Safety walk' }],
      versions: [{ language: 'lv', body: 'Walk.' }],
    });
  });

  it('carries the country, summary, audience and licence when given', () => {
    const draft = {
      ...emptyResourceDraft('EE', 'et'),
      titleEn: 'T',
      summaryEn: 'S',
      url: 'https://x.org',
      audience: ['TRAINER' as const],
      licence: 'CC BY 4.0',
    };
    expect(toProposeResourceInput(draft)).toMatchObject({
      countryCode: 'EE',
      summaries: [{ language: 'en', text: 'S' }],
      versions: [{ language: 'et', url: 'https://x.org' }],
      audience: ['TRAINER'],
      licence: 'CC BY 4.0',
    });
  });
});
