import { describe, expect, it } from 'vitest';
import { missingLanguages, move, toDocument, toInput, withText } from './profile-document';

const profile = {
  scaleLevels: 2,
  levelNameTexts: [{ language: 'en', levels: ['Low', 'High'] }],
  areas: [
    {
      code: 'A',
      texts: [{ language: 'en', title: 'Area' }],
      competences: [{ code: 'A.1', texts: [{ language: 'en', title: 'One', levels: ['l1', 'l2'] }] }],
    },
  ],
};

describe('the profile editor’s document', () => {
  it('round-trips the API shape into the save input', () => {
    const input = toInput(toDocument(profile), 'p1');
    expect(input).toEqual({
      profileId: 'p1',
      scaleLevels: 2,
      levelNames: [{ language: 'en', title: '', description: '', levels: ['Low', 'High'] }],
      areas: [
        {
          code: 'A',
          texts: [{ language: 'en', title: 'Area', description: '', levels: [] }],
          competences: [
            { code: 'A.1', texts: [{ language: 'en', title: 'One', description: '', levels: ['l1', 'l2'] }] },
          ],
        },
      ],
    });
  });

  it('lists the languages a competence still lacks, and fills one in', () => {
    const c = toDocument(profile).areas[0].competences[0];
    expect(missingLanguages(c, 2)).toEqual(['et', 'lv', 'lt', 'ru']);
    const et = withText(c, { language: 'et', title: 'Üks', description: '', levels: ['t1', 't2'] });
    expect(missingLanguages(et, 2)).toEqual(['lv', 'lt', 'ru']);
  });

  it('moves items up and down within bounds', () => {
    expect(move([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
  });
});
