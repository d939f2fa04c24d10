import { otherSide, partnerOf, tandemPairInput } from './tandem-pair';

const school = { id: 's1', side: 'SCHOOL' as const };
const company = { id: 'c1', side: 'COMPANY' as const };

describe('forming a tandem from a suggested pair', () => {
  it('names the school tutor and the company tutor whatever the order of the suggestion', () => {
    expect(tandemPairInput(school, company)).toEqual({ schoolTutorId: 's1', companyTutorId: 'c1' });
    expect(tandemPairInput(company, school)).toEqual({ schoolTutorId: 's1', companyTutorId: 'c1' });
  });

  it('offers no pair of two tutors of the same side', () => {
    expect(tandemPairInput(school, { id: 's2', side: 'SCHOOL' })).toBeNull();
    expect(tandemPairInput(company, { id: 'c2', side: 'COMPANY' })).toBeNull();
  });

  it('pairs a tutor with a partner of the other side', () => {
    expect(otherSide('SCHOOL')).toBe('COMPANY');
    expect(otherSide('COMPANY')).toBe('SCHOOL');
  });

  it('offers no tandem of a tutor with themself', () => {
    expect(tandemPairInput(school, { id: 's1', side: 'COMPANY' })).toBeNull();
  });
});

describe('the partner in a tandem', () => {
  const tandem = { schoolTutor: { id: 's1' }, companyTutor: { id: 'c1' } };

  it('is the other tutor', () => {
    expect(partnerOf(tandem, 's1')).toEqual({ id: 'c1' });
    expect(partnerOf(tandem, 'c1')).toEqual({ id: 's1' });
  });

  it('is nobody for a person outside the tandem', () => {
    expect(partnerOf(tandem, 'x')).toBeNull();
  });
});
