import { confirm, isEditable, isLate } from './submission-rules';

describe('submission rules', () => {
  const t0 = new Date('2026-03-01T10:00:00Z');
  const t1 = new Date('2026-03-02T10:00:00Z');

  it('keeps a draft with one confirmation and submits when the partner confirms too', () => {
    const first = confirm({ schoolConfirmedAt: null, companyConfirmedAt: null }, 'SCHOOL', t0);
    expect(first).toEqual({
      schoolConfirmedAt: t0,
      companyConfirmedAt: null,
      submit: false,
    });
    expect(confirm(first, 'COMPANY', t1)).toEqual({
      schoolConfirmedAt: t0,
      companyConfirmedAt: t1,
      submit: true,
    });
  });

  it('treats a second confirmation by the same partner as no change', () => {
    const once = confirm({ schoolConfirmedAt: null, companyConfirmedAt: null }, 'COMPANY', t0);
    expect(confirm(once, 'COMPANY', t1)).toEqual({
      schoolConfirmedAt: null,
      companyConfirmedAt: t0,
      submit: false,
    });
  });

  it('lets the tandem edit a draft and a submission returned for revision, nothing else', () => {
    expect(['DRAFT', 'SUBMITTED', 'ACCEPTED', 'NEEDS_REVISION'].filter((s) => isEditable(s as never))).toEqual([
      'DRAFT',
      'NEEDS_REVISION',
    ]);
  });

  it('counts a submission as late only after the whole due day', () => {
    expect(isLate('2026-03-01', new Date('2026-03-01T23:00:00Z'), t1)).toBe(false);
    expect(isLate('2026-03-01', new Date('2026-03-02T00:00:01Z'), t1)).toBe(true);
    expect(isLate('2026-03-05', null, t1)).toBe(false);
  });
});
