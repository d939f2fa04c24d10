import { fireEvent, screen, within } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import type { TandemListItemFragment } from '@tandem/web-graphql';
import { sessionPerson } from '../../../testing/people';
import { cardField, onAPhone } from '../../../testing/phone';
import { renderInApp } from '../../../testing/render';
import { tandem } from '../../../testing/tandems';
import { TandemTable } from './TandemTable';

const texts = englishCatalogue.tandems;
const coordinator = sessionPerson({
  id: 'coordinator-1',
  roles: [
    {
      __typename: 'RoleGrant',
      id: 'grant-1',
      role: 'COORDINATOR',
      scopeKind: 'COUNTRY',
      countryCode: 'EE',
      organisation: null,
    },
  ],
});
const listed = ({ id, status, canDissolve }: Pick<TandemListItemFragment, 'id' | 'status' | 'canDissolve'>) => {
  const { createdAt, schoolTutor, companyTutor } = tandem();
  const tutor = ({ id, displayName, organisation }: typeof schoolTutor) => ({
    __typename: 'Tutor' as const,
    id,
    displayName,
    organisation: { __typename: 'Organisation' as const, id: organisation.id, name: organisation.name },
  });
  return {
    __typename: 'Tandem',
    id,
    status,
    canDissolve,
    createdAt,
    schoolTutor: tutor(schoolTutor),
    companyTutor: tutor(companyTutor),
  } satisfies TandemListItemFragment;
};

describe('TandemTable on a phone', () => {
  onAPhone();

  it('shows one card per tandem, partners as labelled links, "Dissolve" only where the tandem may be dissolved', () => {
    const onDissolve = vi.fn();
    const tandems = [
      listed({ id: 'tandem-1', status: 'ACTIVE', canDissolve: true }),
      listed({ id: 'tandem-2', status: 'DISSOLVED', canDissolve: true }),
      listed({ id: 'tandem-3', status: 'ACTIVE', canDissolve: false }),
    ];
    renderInApp(<TandemTable tandems={tandems} onDissolve={onDissolve} />, { person: coordinator, router: true });

    const list = screen.getByRole('list', { name: texts.list.caption });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((c) => c.getAttribute('data-status'))).toEqual(['ACTIVE', 'DISSOLVED', 'ACTIVE']);
    const school = cardField(cards[0], texts.list.columns.school);
    expect(within(school).getByRole('link', { name: 'Tutor school-1' }).getAttribute('href')).toBe('/people/school-1');
    expect(within(school).getByRole('link', { name: 'Organisation school-1' })).toBeTruthy();
    expect(cardField(cards[0], texts.list.columns.status).textContent).toBe(texts.statuses.ACTIVE);

    const dissolve = screen.getAllByRole('button', { name: /^Dissolve the tandem of/ });
    expect(dissolve).toHaveLength(1);
    expect(cards[0].contains(dissolve[0])).toBe(true);
    fireEvent.click(dissolve[0]);
    expect(onDissolve).toHaveBeenCalledWith(tandems[0]);
  });
});
