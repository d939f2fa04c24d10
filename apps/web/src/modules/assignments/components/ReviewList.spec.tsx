import { screen, within } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import type { SubmissionsToReviewQuery as Data } from '@tandem/web-graphql';
import { SubmissionsToReviewQuery } from '../graphql/assignments';
import { cardField, onAPhone } from '../../../testing/phone';
import { renderInApp } from '../../../testing/render';
import { ReviewList } from './ReviewList';

const texts = englishCatalogue.assignments;
type Submission = Data['submissionsToReview']['edges'][number]['node'];
const submission = (id: string, overrides: Partial<Submission>): Submission => ({
  __typename: 'AssignmentSubmission',
  id,
  status: 'SUBMITTED',
  schoolTutorName: 'Sam School',
  companyTutorName: 'Cara Company',
  countryCodes: ['EE'],
  submittedAt: '2030-03-02T10:00:00.000Z',
  late: false,
  canReview: true,
  assignment: {
    __typename: 'TandemAssignment',
    id: `a-${id}`,
    title: `Plan ${id}`,
    moduleCode: 'J1',
    dueOn: '2030-03-01',
  },
  ...overrides,
});
const answer = (nodes: Submission[]) => ({
  request: { query: SubmissionsToReviewQuery, variables: { status: 'SUBMITTED', first: 25, after: null } },
  result: {
    data: {
      submissionsToReview: {
        __typename: 'AssignmentSubmissionConnection',
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: 'AssignmentSubmissionEdge', node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('ReviewList on a phone', () => {
  onAPhone();

  it('shows a card per submission with "Review" where the viewer reviews it, "Open" where they only read it, lateness marked', async () => {
    renderInApp(<ReviewList />, {
      router: true,
      mocks: [answer([submission('1', { late: true }), submission('2', { canReview: false })])],
    });
    const list = await screen.findByRole('list', { name: texts.review.listLabel });
    const [late, readOnly] = within(list).getAllByRole('listitem');

    expect(within(late).getByText('Plan 1')).toBeTruthy();
    expect(cardField(late, texts.fields.submittedAt).textContent).toContain(texts.late);
    expect(cardField(late, texts.fields.tandem).textContent).toContain('Sam School & Cara Company');
    const review = within(late).getByRole('link', { name: 'Open Plan 1 of Sam School & Cara Company' });
    expect(review.textContent).toBe(texts.review.review);
    expect(review.getAttribute('href')).toBe('/submissions/1');

    expect(cardField(readOnly, texts.fields.submittedAt).textContent).not.toContain(texts.late);
    expect(within(readOnly).getByRole('link', { name: /^Open Plan 2/ }).textContent).toBe(texts.my.open);
    // The four statuses stacked: side by side they are wider than a phone.
    expect(screen.getByRole('radiogroup', { name: texts.review.filter }).getAttribute('data-orientation')).toBe(
      'vertical',
    );
  });
});
