import { diffVersions } from './module-diff';

const v1 = {
  title: { en: 'Guiding learners at work', et: 'Õppija juhendamine' },
  summary: { en: 'Basics' },
  learningOutcomes: { en: ['Plans a learning task'] },
  contactHours: 8,
  selfStudyHours: 4,
  deliveryMode: 'IN_PERSON' as const,
};

describe('diffVersions', () => {
  it('names each changed field, language by language', () => {
    const v2 = {
      ...v1,
      title: { ...v1.title, lv: 'Izglītojamo vadīšana' },
      contactHours: 10,
      learningOutcomes: { en: ['Plans a learning task', 'Gives feedback'] },
    };
    expect(diffVersions(v1, v2)).toEqual([
      { field: 'title.lv', before: null, after: 'Izglītojamo vadīšana' },
      { field: 'learningOutcomes.en', before: 'Plans a learning task', after: 'Plans a learning task\nGives feedback' },
      { field: 'contactHours', before: '8', after: '10' },
    ]);
  });

  it('finds nothing between equal versions', () => {
    expect(diffVersions(v1, { ...v1 })).toEqual([]);
  });

  it('lists every field of a first version', () => {
    expect(diffVersions(null, v1).map((c) => c.field)).toEqual([
      'title.en',
      'title.et',
      'summary.en',
      'learningOutcomes.en',
      'contactHours',
      'selfStudyHours',
      'deliveryMode',
    ]);
  });
});
