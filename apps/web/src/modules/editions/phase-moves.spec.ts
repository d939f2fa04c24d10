import type { CyclePhaseStatus } from '@tandem/web-graphql';
import { asksForReason, checkMoveReason, phaseMoves } from './phase-moves';

const cycle = (...statuses: CyclePhaseStatus[]) =>
  statuses.map((status, index) => ({ id: `p${index + 1}`, position: index + 1, status }));
const moves = (phases: ReturnType<typeof cycle>, id: string) =>
  phaseMoves(phases, id).map(({ to, labelKey, reason }) => `${to} ${labelKey} ${reason ?? '-'}`);

describe('the moves offered for a cycle phase', () => {
  it('offers to open the next planned phase without a reason once the previous one is done', () => {
    expect(moves(cycle('DONE', 'PLANNED', 'PLANNED'), 'p2')).toEqual([
      'OPEN edition.move.open -',
      'DONE edition.move.close NEVER_OPENED',
    ]);
  });

  it('asks for a reason to open a phase while the previous one is not done', () => {
    expect(moves(cycle('OPEN', 'PLANNED'), 'p2')[0]).toBe('OPEN edition.move.open OPENING_EARLY');
  });

  it('lets the first phase open without a reason', () => {
    expect(moves(cycle('PLANNED', 'PLANNED'), 'p1')[0]).toBe('OPEN edition.move.open -');
  });

  it('closes an open phase without a reason, and asks for one to move it back', () => {
    expect(moves(cycle('DONE', 'OPEN'), 'p2')).toEqual([
      'DONE edition.move.close -',
      'PLANNED edition.move.backToPlanned GOING_BACK',
    ]);
  });

  it('calls opening a done phase "reopen", and asks for a reason', () => {
    expect(moves(cycle('DONE', 'DONE'), 'p2')).toEqual([
      'OPEN edition.move.reopen GOING_BACK',
      'PLANNED edition.move.backToPlanned GOING_BACK',
    ]);
  });

  it('offers nothing for a phase that is not in the cycle', () => {
    expect(phaseMoves(cycle('OPEN'), 'elsewhere')).toEqual([]);
  });
});

describe('the reason for a move', () => {
  it('needs at least 3 characters besides spaces, and at most 1000', () => {
    expect(checkMoveReason('  ok ')).toEqual({ ok: false, error: 'edition.move.errors.reasonRequired' });
    expect(checkMoveReason('  Dates moved by the ministry  ')).toEqual({
      ok: true,
      reason: 'Dates moved by the ministry',
    });
    expect(checkMoveReason('x'.repeat(1001))).toEqual({ ok: false, error: 'edition.move.errors.reasonTooLong' });
  });

  it('is asked for when the server answers VALIDATION_FAILED on the reason field', () => {
    expect(
      asksForReason({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'reason', rule: 'reasonGoingBack', message: 'is required when going back' }],
      }),
    ).toBe(true);
    expect(
      asksForReason({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'input.reason', rule: 'maxLength', params: { max: 2000 }, message: 'x' }],
      }),
    ).toBe(true);
    expect(
      asksForReason({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'phaseId', rule: 'uuid', message: 'must be a UUID' }],
      }),
    ).toBe(false);
    expect(asksForReason({ code: 'CONFLICT' })).toBe(false);
  });
});
