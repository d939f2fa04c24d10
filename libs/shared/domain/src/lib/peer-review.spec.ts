import { nextPeerReviewStage, PEER_REVIEW_STAGES } from './peer-review';

describe('peer review stages', () => {
  it('go one way, one stage at a time, and end with CLOSED', () => {
    expect(PEER_REVIEW_STAGES.map(nextPeerReviewStage)).toEqual([
      'VISIT',
      'REPORT',
      'COMMENTS',
      'FOLLOW_UP',
      'CLOSED',
      null,
    ]);
  });
});
