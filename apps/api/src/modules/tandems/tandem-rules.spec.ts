import {
  clusterKey,
  PairingCandidate,
  pairingErrors,
  rankPartnerCandidates,
  suggestPartners,
  TutorFacts,
} from './tandem-rules';

const tutor = (personId: string, over: Partial<TutorFacts> = {}): TutorFacts => ({
  personId,
  displayName: personId,
  side: 'SCHOOL',
  countryCode: 'EE',
  inEdition: true,
  ...over,
});
const school = (facts: TutorFacts | null) => ({ field: 'schoolTutorId', facts, expectedSide: 'SCHOOL' as const });
const company = (facts: TutorFacts | null) => ({ field: 'companyTutorId', facts, expectedSide: 'COMPANY' as const });

describe('pairingErrors', () => {
  it('accepts a school tutor and a company tutor of one country in the edition', () => {
    expect(pairingErrors(school(tutor('s')), company(tutor('c', { side: 'COMPANY' })), false)).toEqual([]);
  });

  it('refuses a tutor paired with themself', () => {
    expect(pairingErrors(school(tutor('s')), company(tutor('s')), false)).toEqual([
      { field: 'companyTutorId', rule: 'samePerson', message: 'a tandem is two people: choose someone else' },
    ]);
  });

  it('refuses two school tutors, naming the field of the wrong one', () => {
    const errors = pairingErrors(school(tutor('s')), company(tutor('s2')), false);
    expect(errors).toEqual([
      expect.objectContaining({ field: 'companyTutorId', message: expect.stringMatching(/is a school tutor/) }),
    ]);
  });

  it('refuses someone without a tutor profile and a tutor of another edition', () => {
    const errors = pairingErrors(school(null), company(tutor('c', { side: 'COMPANY', inEdition: false })), false);
    expect(errors).toEqual([
      { field: 'schoolTutorId', rule: 'notTutor', message: 'is not a tutor' },
      expect.objectContaining({ field: 'companyTutorId', message: 'c does not take part in this edition' }),
    ]);
  });

  it('refuses a cross-border tandem unless the edition allows it', () => {
    const lv = tutor('c', { side: 'COMPANY', countryCode: 'LV' });
    expect(pairingErrors(school(tutor('s')), company(lv), false)).toEqual([
      expect.objectContaining({ field: 'companyTutorId', message: expect.stringMatching(/cross-border/) }),
    ]);
    expect(pairingErrors(school(tutor('s')), company(lv), true)).toEqual([]);
  });
});

describe('suggestPartners', () => {
  const me: PairingCandidate = {
    personId: 'me',
    side: 'SCHOOL',
    organisationId: 'school',
    city: 'Tartu',
    sector: 'CONSTRUCTION',
  };
  const c = (personId: string, over: Partial<PairingCandidate>): PairingCandidate => ({
    personId,
    side: 'COMPANY',
    organisationId: `org-${personId}`,
    city: 'Narva',
    sector: 'ICT',
    ...over,
  });

  it('ranks the same cluster before the same city before the same sector, and leaves out the rest and the same side', () => {
    const candidates = [
      c('sector', { sector: 'CONSTRUCTION' }),
      c('nothing', {}),
      c('city', { city: 'tartu' }),
      c('cluster', { organisationId: 'linked' }),
      { ...me, personId: 'other-school', city: 'Tartu' },
    ];
    expect(suggestPartners(me, candidates, new Set([clusterKey('school', 'linked')]))).toEqual([
      { personId: 'cluster', reason: 'SAME_CLUSTER' },
      { personId: 'city', reason: 'SAME_CITY' },
      { personId: 'sector', reason: 'SAME_SECTOR' },
    ]);
  });

  it('finds the cluster from the company side too, and keeps to the limit', () => {
    const companyTutor = c('me', { organisationId: 'linked' });
    const schools = ['a', 'b', 'c', 'd'].map((id) => ({ ...me, personId: id }));
    const found = suggestPartners(companyTutor, schools, new Set([clusterKey('school', 'linked')]), 2);
    expect(found).toEqual([
      { personId: 'a', reason: 'SAME_CLUSTER' },
      { personId: 'b', reason: 'SAME_CLUSTER' },
    ]);
  });
});

describe('rankPartnerCandidates', () => {
  const me: PairingCandidate = {
    personId: 'me',
    side: 'SCHOOL',
    organisationId: 'school',
    city: 'Tartu',
    sector: 'CONSTRUCTION',
  };
  const c = (personId: string, name: string, over: Partial<PairingCandidate> = {}) => ({
    personId,
    name,
    side: 'COMPANY' as const,
    organisationId: `org-${personId}`,
    city: 'Narva',
    sector: 'ICT',
    ...over,
  });

  it('offers everyone of the other side: suggested first by reason, then the rest, each by name', () => {
    const ranked = rankPartnerCandidates(
      me,
      [
        c('z', 'Zeta'),
        c('city', 'Kask', { city: 'Tartu' }),
        c('a', 'Alpha'),
        c('cluster', 'Mets', { organisationId: 'linked' }),
        { ...c('s', 'Same'), side: 'SCHOOL' as const },
      ],
      new Set([clusterKey('school', 'linked')]),
    );
    expect(ranked.map((r) => [r.candidate.personId, r.reason])).toEqual([
      ['cluster', 'SAME_CLUSTER'],
      ['city', 'SAME_CITY'],
      ['a', null],
      ['z', null],
    ]);
  });
});
