import { describe, expect, it } from 'vitest';
import { matchesPartnerSearch } from './partner-search';

const tutor = {
  displayName: 'Jūratė Žemaitė',
  occupationField: 'Welding',
  organisation: { name: 'UAB Šviesa', city: 'Kaunas' },
};

describe('matchesPartnerSearch', () => {
  it('matches every word anywhere, ignoring case and accents', () => {
    expect(matchesPartnerSearch(tutor, 'jurate sviesa')).toBe(true);
    expect(matchesPartnerSearch(tutor, 'KAUNAS weld')).toBe(true);
    expect(matchesPartnerSearch(tutor, '  ')).toBe(true);
  });

  it('needs all words to match', () => {
    expect(matchesPartnerSearch(tutor, 'jurate vilnius')).toBe(false);
  });
});
