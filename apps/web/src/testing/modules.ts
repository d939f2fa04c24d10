import type { ModuleDetailFragment } from '@tandem/web-graphql';

/** A national module's first draft, as its editor loads it. */
export function moduleDraft(overrides: Partial<ModuleDetailFragment> = {}): ModuleDetailFragment {
  return {
    __typename: 'Module',
    id: 'module-1',
    versionId: 'version-1',
    language: 'en',
    code: 'LV-N1',
    kind: 'NATIONAL',
    number: null,
    countryCode: 'LV',
    title: 'Mentoring basics',
    titleIsFallback: false,
    contactHours: 8,
    selfStudyHours: 4,
    deliveryMode: 'IN_PERSON',
    version: 1,
    status: 'DRAFT',
    publishedVersion: null,
    draftVersion: 1,
    canEdit: true,
    editionId: 'edition-1',
    summary: '',
    summaryIsFallback: false,
    learningOutcomes: [],
    learningOutcomesIsFallback: false,
    changeReason: null,
    publishedAt: null,
    lockVersion: 5,
    texts: [{ __typename: 'ModuleText', language: 'en', title: 'Mentoring basics', summary: '', learningOutcomes: [] }],
    materials: [],
    ...overrides,
  };
}
