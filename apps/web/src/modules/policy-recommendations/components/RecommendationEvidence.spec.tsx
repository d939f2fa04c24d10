import { screen, within } from '@testing-library/react';
import type { EvidenceSnapshotFieldsFragment, PolicyRecommendationFieldsFragment } from '@tandem/web-graphql';
import { renderInApp } from '../../../testing/render';
import { RecommendationEvidence } from './RecommendationEvidence';

const snapshot = (value: number, n: number): EvidenceSnapshotFieldsFragment => ({
  __typename: 'EvidenceSnapshot',
  label: 'Share trained',
  groupSize: n,
  takenAt: '2026-11-20T10:00:00.000Z',
  question: null,
  countryCode: 'LT',
  side: null,
  value,
  change: null,
  changeCount: null,
  quote: null,
});

const recommendation: PolicyRecommendationFieldsFragment = {
  __typename: 'PolicyRecommendation',
  id: 'r1',
  title: 'Recognise the time company tutors give',
  text: 'Count the hours as in-service training.',
  language: 'en',
  audience: 'NATIONAL_AUTHORITY',
  countryCode: 'LT',
  status: 'DRAFT',
  findings: [
    {
      __typename: 'PolicyRecommendationFinding',
      id: 'f1',
      statement: 'Company tutors from small firms miss examples from companies of their size.',
      language: 'en',
      citations: [{ __typename: 'Citation', id: 'c2', kind: 'SURVEY_RESULT', snapshot: snapshot(3.9, 41) }],
    },
  ],
  citations: [{ __typename: 'Citation', id: 'c1', kind: 'FIGURE', snapshot: snapshot(0.42, 96) }],
  comments: [],
  consultationStartedAt: null,
  publishedAt: null,
  lockVersion: 2,
  canEdit: false,
  canComment: false,
};

describe('RecommendationEvidence', () => {
  it('follows the recommendation with its own figures, then each finding with the figures it cites, each with its n', () => {
    renderInApp(<RecommendationEvidence recommendation={recommendation} />);
    const [own] = screen.getAllByTestId('recommendation-citation');
    expect(own.textContent).toContain('Programme figure');
    expect(own.textContent).toContain('Figure: 0.42');
    expect(own.textContent).toContain('Lithuania, school and company tutors, n = 96');
    const finding = screen.getByTestId('recommendation-finding');
    expect(finding.textContent).toContain('Finding: Company tutors from small firms');
    expect(within(finding).getByTestId('recommendation-citation').textContent).toContain('n = 41');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says that evidence is missing before publishing', () => {
    renderInApp(<RecommendationEvidence recommendation={{ ...recommendation, findings: [], citations: [] }} />);
    expect(screen.getByText(/No evidence yet/)).toBeTruthy();
  });
});
