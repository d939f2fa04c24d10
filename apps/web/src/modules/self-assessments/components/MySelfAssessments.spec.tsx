import { screen, within } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import type { MySelfAssessmentsQuery as Data } from '@tandem/web-graphql';
import { cardField, onAPhone } from '../../../testing/phone';
import { renderInApp } from '../../../testing/render';
import { MySelfAssessments } from './MySelfAssessments';

const texts = englishCatalogue.selfAssessment;
type Round = Data['assessmentRounds'][number];
type Item = Data['mySelfAssessments'][number];
const day = 86_400_000;
const round = (
  id: string,
  kind: Round['kind'],
  opensInDays: number,
  isOpen: boolean,
  moduleNumber?: number,
): Round => ({
  __typename: 'AssessmentRound',
  id,
  kind,
  moduleNumber: moduleNumber ?? null,
  opensAt: new Date(Date.now() + opensInDays * day).toISOString(),
  closesAt: new Date(Date.now() + (opensInDays + 30) * day).toISOString(),
  isOpen,
  profileVersion: 1,
});
const selfAssessment = (id: string, of: Round, status: Item['status'], canEdit: boolean): Item => ({
  __typename: 'SelfAssessment',
  id,
  status,
  submittedAt: null,
  updatedAt: of.opensAt,
  sharedWithPartner: false,
  isMine: true,
  ownerName: 'Sam School',
  canEdit,
  round: of,
  ratings: [],
});

describe('MySelfAssessments on a phone', () => {
  onAPhone();

  it('shows a card per round with what the tutor can do there: view, continue, start, or nothing yet', () => {
    const baseline = round('r1', 'BASELINE', -60, false);
    const afterOne = round('r2', 'AFTER_MODULE', -5, true, 1);
    const afterTwo = round('r3', 'AFTER_MODULE', -1, true, 2);
    const final = round('r4', 'FINAL', 90, false);
    renderInApp(
      <MySelfAssessments
        rounds={[baseline, afterOne, afterTwo, final]}
        items={[selfAssessment('s1', baseline, 'SUBMITTED', false), selfAssessment('s2', afterOne, 'DRAFT', true)]}
      />,
      { router: true },
    );
    const cards = within(screen.getByRole('list', { name: texts.roundsTitle })).getAllByRole('listitem');
    const status = (i: number) => cardField(cards[i], texts.columns.status).textContent;
    expect([0, 1, 2, 3].map(status)).toEqual([
      texts.status.SUBMITTED,
      texts.status.DRAFT,
      texts.status.NOT_STARTED,
      texts.status.UPCOMING,
    ]);

    expect(
      within(cards[0]).getByRole('link', { name: 'View the self-assessment: Baseline' }).getAttribute('href'),
    ).toBe('/self-assessments/s1');
    expect(
      within(cards[1]).getByRole('link', { name: /^Continue the self-assessment: After joint module 1/ }),
    ).toBeTruthy();
    expect(
      within(cards[2]).getByRole('button', { name: 'Start the self-assessment: After joint module 2' }),
    ).toBeTruthy();
    expect(within(cards[3]).queryByRole('button')).toBeNull();
    expect(within(cards[3]).queryByRole('link')).toBeNull();
  });
});
