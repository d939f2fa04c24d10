import type { DeliveryMode } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { ModuleVersion } from '../../modules/modules/module-version.entity';
import { Module } from '../../modules/modules/module.entity';

interface DemoModule {
  code: string;
  number?: number;
  countryCode?: string;
  title: Record<string, string>;
  summary: Record<string, string>;
  outcomes: Record<string, string[]>;
  contactHours: number;
  selfStudyHours: number;
  deliveryMode: DeliveryMode;
}

const JOINT: DemoModule[] = [
  {
    code: 'JM1',
    number: 1,
    title: {
      en: 'The WBL tutor and the learner at work',
      et: 'Töökohapõhise õppe juhendaja ja õppija',
      lv: 'Darba vidē balstītu mācību tūtors un izglītojamais',
      lt: 'Pameistrystės mentorius ir besimokantysis darbe',
    },
    summary: {
      en: 'Roles of the school tutor and the company tutor, planning learning tasks at the workplace, and safety from the first day.',
    },
    outcomes: {
      en: [
        'Describes the roles of the school and the company tutor in a tandem',
        'Plans a learning task that fits the workplace and the curriculum',
        'Introduces a learner to workplace safety rules',
      ],
      et: [
        'Kirjeldab kooli- ja ettevõttepoolse juhendaja rolle tandemis',
        'Kavandab töökohale ja õppekavale sobiva õppeülesande',
      ],
    },
    contactHours: 16,
    selfStudyHours: 8,
    deliveryMode: 'IN_PERSON',
  },
  {
    code: 'JM2',
    number: 2,
    title: {
      en: 'Feedback and assessment in work-based learning',
      et: 'Tagasiside ja hindamine töökohapõhises õppes',
      lv: 'Atgriezeniskā saite un vērtēšana darba vidē balstītās mācībās',
      lt: 'Grįžtamasis ryšys ir vertinimas pameistrystėje',
    },
    summary: {
      en: 'Giving feedback that helps learning, assessing competences at the workplace together with the school.',
    },
    outcomes: {
      en: [
        'Gives timely, specific feedback',
        'Assesses a learner against the competence requirements together with the partner tutor',
      ],
    },
    contactHours: 16,
    selfStudyHours: 8,
    deliveryMode: 'BLENDED',
  },
  {
    code: 'JM3',
    number: 3,
    title: {
      en: 'Developing WBL in the company and the school',
      et: 'Töökohapõhise õppe arendamine ettevõttes ja koolis',
      lv: 'Darba vidē balstītu mācību attīstība uzņēmumā un skolā',
      lt: 'Pameistrystės plėtra įmonėje ir mokykloje',
    },
    summary: {
      en: 'Cooperation between schools and SMEs in a cluster, quality of WBL and the tutor’s own development.',
    },
    outcomes: {
      en: [
        'Plans WBL cooperation between a school and local companies',
        'Reflects on their own development as a tutor',
      ],
    },
    contactHours: 12,
    selfStudyHours: 12,
    deliveryMode: 'IN_PERSON',
  },
];

const NATIONAL: DemoModule[] = [
  {
    code: 'EE-N1',
    countryCode: 'EE',
    title: { en: 'WBL in the Estonian legal frame', et: 'Töökohapõhine õpe Eesti õigusruumis' },
    summary: { en: 'The Vocational Educational Institutions Act, WBL contracts and the duties of each party.' },
    outcomes: { en: ['Explains the WBL contract between school, company and learner'] },
    contactHours: 6,
    selfStudyHours: 4,
    deliveryMode: 'ONLINE',
  },
  {
    code: 'EE-N2',
    countryCode: 'EE',
    title: { en: 'Tandem practice: planning the practice period', et: 'Tandemipraktika: praktikaperioodi kavandamine' },
    summary: { en: 'School and company tutors plan one learner’s practice period together.' },
    outcomes: { en: ['Drafts a shared practice plan with the partner tutor'] },
    contactHours: 8,
    selfStudyHours: 6,
    deliveryMode: 'IN_PERSON',
  },
  {
    code: 'EE-N3',
    countryCode: 'EE',
    title: { en: 'Guiding learners with special needs', et: 'Erivajadustega õppija juhendamine' },
    summary: { en: 'Adapting tasks and communication for learners who need more support.' },
    outcomes: { en: ['Adapts a learning task for a learner with special needs'] },
    contactHours: 6,
    selfStudyHours: 4,
    deliveryMode: 'BLENDED',
  },
  {
    code: 'LV-N1',
    countryCode: 'LV',
    title: { en: 'WBL regulation in Latvia', lv: 'Darba vidē balstītu mācību regulējums Latvijā' },
    summary: { en: 'Cabinet Regulation on WBL, agreements and insurance.' },
    outcomes: { en: ['Explains the tripartite WBL agreement'] },
    contactHours: 6,
    selfStudyHours: 4,
    deliveryMode: 'ONLINE',
  },
  {
    code: 'LV-N2',
    countryCode: 'LV',
    title: { en: 'Mentoring techniques at the workplace', lv: 'Mentorēšanas metodes darba vietā' },
    summary: { en: 'Demonstration, coached practice and reflection conversations.' },
    outcomes: { en: ['Uses the demonstrate–practise–reflect cycle'] },
    contactHours: 10,
    selfStudyHours: 6,
    deliveryMode: 'IN_PERSON',
  },
  {
    code: 'LV-N3',
    countryCode: 'LV',
    title: { en: 'Digital tools for tutors', lv: 'Digitālie rīki tūtoriem' },
    summary: { en: 'E-journals, learning diaries and video feedback.' },
    outcomes: { en: ['Keeps a shared digital learning diary with the learner'] },
    contactHours: 4,
    selfStudyHours: 6,
    deliveryMode: 'ONLINE',
  },
  {
    code: 'LV-N4',
    countryCode: 'LV',
    title: { en: 'Occupational safety in WBL', lv: 'Darba drošība darba vidē balstītās mācībās' },
    summary: { en: 'Risk assessment for learners and the safety briefing.' },
    outcomes: { en: ['Runs a safety briefing for a new learner'] },
    contactHours: 4,
    selfStudyHours: 2,
    deliveryMode: 'IN_PERSON',
  },
  {
    code: 'LT-N1',
    countryCode: 'LT',
    title: { en: 'Apprenticeship in Lithuania', lt: 'Pameistrystė Lietuvoje' },
    summary: { en: 'Apprenticeship contracts, funding and the role of the chambers.' },
    outcomes: { en: ['Explains the apprenticeship contract and funding rules'] },
    contactHours: 6,
    selfStudyHours: 4,
    deliveryMode: 'ONLINE',
  },
  {
    code: 'LT-N2',
    countryCode: 'LT',
    title: { en: 'Communicating with young learners', lt: 'Bendravimas su jaunais besimokančiaisiais' },
    summary: { en: 'Motivation, generations at work and resolving conflicts.' },
    outcomes: { en: ['Resolves a typical workplace conflict with a learner'] },
    contactHours: 8,
    selfStudyHours: 4,
    deliveryMode: 'IN_PERSON',
  },
  {
    code: 'LT-N3',
    countryCode: 'LT',
    title: { en: 'Assessing practical skills', lt: 'Praktinių įgūdžių vertinimas' },
    summary: { en: 'Observation checklists and the final practical assessment.' },
    outcomes: { en: ['Uses an observation checklist to assess a practical task'] },
    contactHours: 6,
    selfStudyHours: 6,
    deliveryMode: 'BLENDED',
  },
];

async function insertModule(
  manager: EntityManager,
  editionId: string,
  m: DemoModule,
  publishedAt: Date,
): Promise<Module> {
  const module = await manager.save(
    manager.create(Module, {
      editionId,
      kind: m.number ? 'JOINT' : 'NATIONAL',
      number: m.number ?? null,
      countryCode: m.countryCode ?? null,
      code: m.code,
    }),
  );
  await manager.insert(ModuleVersion, {
    moduleId: module.id,
    version: 1,
    status: 'PUBLISHED',
    title: m.title,
    summary: m.summary,
    learningOutcomes: m.outcomes,
    contactHours: m.contactHours,
    selfStudyHours: m.selfStudyHours,
    deliveryMode: m.deliveryMode,
    publishedAt,
  });
  return module;
}

/**
 * Three published joint modules (module 1 in version 2, improved after the feedback of its first run
 * in version 1, about 146 days ago) and three or four published national modules per country.
 */
export async function loadDemoModules(manager: EntityManager, editionId: string, editionStart: string): Promise<void> {
  const published = new Date(`${editionStart}T09:00:00Z`);
  for (const m of [...JOINT, ...NATIONAL]) {
    const module = await insertModule(manager, editionId, m, published);
    if (m.code === 'JM1') {
      await manager.update(ModuleVersion, { moduleId: module.id, version: 1 }, { status: 'SUPERSEDED' });
      await manager.insert(ModuleVersion, {
        moduleId: module.id,
        version: 2,
        status: 'PUBLISHED',
        title: { ...m.title, ru: 'Наставник и учащийся на рабочем месте' },
        summary: { en: `${m.summary['en']} Now with a half-day tandem workshop on the first workplace visit.` },
        learningOutcomes: {
          ...m.outcomes,
          en: [...m.outcomes['en'], 'Prepares the first workplace visit together with the partner tutor'],
        },
        contactHours: 20,
        selfStudyHours: 8,
        deliveryMode: m.deliveryMode,
        changeReason:
          'Interim analysis 1: tandems asked for more joint practice before the first workplace visit; added a half-day workshop (+4 contact hours).',
        publishedAt: new Date(published.getTime() + 75 * 86_400_000),
      });
    }
  }
}
