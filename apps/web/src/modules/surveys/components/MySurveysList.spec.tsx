import { screen, within } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import type { MySurveysQuery } from '@tandem/web-graphql';
import { cardField, onAPhone } from '../../../testing/phone';
import { renderInApp } from '../../../testing/render';
import { MySurveysList } from './MySurveysList';

const texts = englishCatalogue.surveys;
type Item = MySurveysQuery['mySurveys'][number];
const item = (id: string, status: Item['status']): Item => ({
  __typename: 'MySurvey',
  status,
  survey: {
    __typename: 'Survey',
    id,
    kind: 'FEEDBACK',
    mode: 'ANONYMOUS',
    status: status === 'CLOSED' ? 'CLOSED' : 'OPEN',
    title: `Feedback ${id}`,
    opensAt: '2030-03-01T12:00:00.000Z',
    closesAt: '2030-03-15T12:00:00.000Z',
    sessionId: `session-${id}`,
    sessionStartsAt: '2030-03-01T08:00:00.000Z',
    moduleCode: 'N1',
    moduleTitle: 'Mentoring basics',
    countryCode: 'EE',
  },
});

describe('MySurveysList on a phone', () => {
  onAPhone();

  it('puts the surveys waiting first, each card with "Answer" to its form; the others without', () => {
    renderInApp(<MySurveysList items={[item('a', 'ANSWERED'), item('b', 'PENDING'), item('c', 'CLOSED')]} />, {
      router: true,
    });
    const cards = within(screen.getByRole('list', { name: texts.myTitle })).getAllByRole('listitem');
    expect(cards.map((c) => c.getAttribute('data-status'))).toEqual(['PENDING', 'ANSWERED', 'CLOSED']);

    const answer = within(cards[0]).getByRole('link', { name: 'Answer the survey Feedback b' });
    expect(answer.getAttribute('href')).toBe('/my-surveys/b');
    expect(answer.textContent).toBe(texts.answer);
    expect(cardField(cards[0], texts.columns.status).textContent).toBe(texts.myStatus.PENDING);
    expect(cardField(cards[1], texts.columns.session).textContent).toContain('N1 · Mentoring basics');
    for (const card of cards.slice(1)) expect(within(card).queryByRole('link')).toBeNull();
  });
});
