import type { NationalProgrammeDetailFragment } from '@tandem/web-graphql';

/** Latvia's programme in draft, as its coordinator sees it. */
export function nationalProgramme(
  overrides: Partial<NationalProgrammeDetailFragment> = {},
): NationalProgrammeDetailFragment {
  return {
    __typename: 'NationalProgramme',
    id: 'programme-1',
    editionId: 'edition-1',
    countryCode: 'LV',
    revision: 1,
    status: 'DRAFT',
    inForce: false,
    lockVersion: 2,
    canEdit: true,
    canSubmit: true,
    canDecide: false,
    createdAt: '2030-01-05T09:00:00.000Z',
    submittedAt: null,
    submittedByName: null,
    decidedAt: null,
    decidedByName: null,
    returnComments: null,
    totalContactHours: 0,
    totalSelfStudyHours: 0,
    totalHours: 0,
    items: [],
    revisions: [],
    ...overrides,
  };
}
