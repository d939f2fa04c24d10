import type { TandemFieldsFragment, TandemTutorFragment } from '@tandem/web-graphql';

export function tandemTutor(id: string, side: TandemTutorFragment['side']): TandemTutorFragment {
  return {
    __typename: 'Tutor',
    id,
    displayName: `Tutor ${id}`,
    side,
    email: null,
    occupationField: null,
    organisation: {
      __typename: 'Organisation',
      id: `org-${id}`,
      name: `Organisation ${id}`,
      city: 'Tartu',
      country: 'EE',
    },
  };
}

/** A tandem the company tutor was invited to (FORMING), as the tandem queries return it. */
export function tandem(overrides: Partial<TandemFieldsFragment> = {}): TandemFieldsFragment {
  return {
    __typename: 'Tandem',
    id: 'tandem-1',
    editionId: 'edition-1',
    status: 'FORMING',
    byInvitation: true,
    crossBorder: false,
    canDissolve: true,
    canRespond: true,
    createdAt: '2030-01-10T09:00:00.000Z',
    activatedAt: null,
    formedByName: null,
    schoolTutor: tandemTutor('school-1', 'SCHOOL'),
    companyTutor: tandemTutor('company-1', 'COMPANY'),
    ...overrides,
  };
}
