import type { EntityManager } from 'typeorm';
import { AssignmentSubmission, SubmissionStatus } from '../../modules/assignments/assignment-submission.entity';
import { TandemAssignment } from '../../modules/assignments/tandem-assignment.entity';

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DEMO_SCHOOL = 'tutor.school.ee@tandem.example';

interface DemoAssignment {
  key: string;
  moduleCode: string;
  author: string;
  title: string;
  instructions: string;
  /** Days from today; negative: already due. */
  dueInDays: number;
}

const NATIONAL_PLAN = (country: string): DemoAssignment => ({
  key: `${country}-plan`,
  moduleCode: `${country}-N2`,
  author: `coordinator.${country.toLowerCase()}@tandem.example`,
  title:
    country === 'EE'
      ? 'Shared practice plan'
      : country === 'LV'
        ? 'Mentoring conversation record'
        : 'Conversation with a learner',
  instructions:
    country === 'EE'
      ? 'Draft the practice plan of one learner together: goals, tasks per week, who supervises what, and how you will give feedback.'
      : country === 'LV'
        ? 'Record one demonstrate–practise–reflect cycle with a learner: what you showed, what the learner tried, what you talked about afterwards.'
        : 'Describe one conversation with a young learner about motivation or a conflict at work, and what each of you would do differently.',
  dueInDays: 30,
});

export const DEMO_ASSIGNMENTS: DemoAssignment[] = [
  {
    key: 'visit',
    moduleCode: 'JM1',
    author: 'admin@tandem.example',
    title: 'Plan the first workplace visit together',
    instructions:
      'Agree on the date, the goals and the roles of the first workplace visit of your learner. Write down what the school tutor checks, what the company tutor shows, and the safety briefing.',
    dueInDays: -130,
  },
  {
    key: 'task',
    moduleCode: 'JM1',
    author: 'admin@tandem.example',
    title: 'A learning task that fits the workplace',
    instructions:
      'Describe one learning task for your learner that fits both the curriculum and the daily work of the company. Attach the task sheet if you have one.',
    dueInDays: 14,
  },
  NATIONAL_PLAN('EE'),
  NATIONAL_PLAN('LV'),
  NATIONAL_PLAN('LT'),
];

type DemoState = SubmissionStatus | 'DRAFT_ONE_CONFIRMED' | null;
/** Round-robin states for the other ACTIVE tandems, so that every state appears in every country. */
const VISIT_STATES: DemoState[] = ['ACCEPTED', 'ACCEPTED', 'NEEDS_REVISION', 'SUBMITTED', 'DRAFT', null];
const TASK_STATES: DemoState[] = ['DRAFT_ONE_CONFIRMED', 'SUBMITTED', 'DRAFT', null, null];
const PLAN_STATES: DemoState[] = ['SUBMITTED', 'DRAFT', null, 'DRAFT_ONE_CONFIRMED'];

const TEXTS: Record<string, string> = {
  visit:
    'Date: the second week of the practice period, Tuesday morning.\nGoals: the learner knows the workshop, the people and the safety rules.\nSchool tutor: checks the learning agreement and the first tasks.\nCompany tutor: shows the workstations and gives the safety briefing.',
  task: 'Task: prepare and weld a simple bracket from the drawing, check it with the gauge and fill in the quality sheet.\nCurriculum: module "Welding of steel structures", outcome 3.\nAt work: the same brackets are made for the customer every week.',
  plan: 'Goals of the practice period: three outcomes of the curriculum.\nWeek 1–2: getting to know the workplace, safety.\nWeek 3–6: tasks with growing independence.\nFeedback: a short talk every Friday, the school tutor joins every second week.',
};

/**
 * Assignments on joint module 1 and on one national module per country, and submissions in every
 * state across the ACTIVE demo tandems. The two Estonian demo tutors have one ACCEPTED submission
 * and one DRAFT that the company tutor has confirmed (the school tutor finishes it in the demo).
 */
export async function loadDemoAssignments(
  manager: EntityManager,
  editionId: string,
  personIds: ReadonlyMap<string, string>,
  today = new Date(),
): Promise<void> {
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const versions: { id: string; code: string }[] = await manager.query(
    `SELECT mv.id, m.code FROM module_version mv JOIN module m ON m.id = mv.module_id WHERE m.edition_id = $1 AND mv.status = 'PUBLISHED'`,
    [editionId],
  );
  const versionOf = new Map(versions.map((v) => [v.code, v.id]));
  const inserted = await manager.insert(
    TandemAssignment,
    DEMO_ASSIGNMENTS.map((a) => ({
      moduleVersionId: versionOf.get(a.moduleCode) as string,
      title: a.title,
      instructions: a.instructions,
      dueOn: isoDate(todayMs + a.dueInDays * DAY),
      createdById: personIds.get(a.author) ?? null,
      createdAt: new Date(todayMs - 180 * DAY),
    })),
  );
  const assignmentId = new Map(DEMO_ASSIGNMENTS.map((a, i) => [a.key, inserted.identifiers[i]['id'] as string]));

  const tandems: {
    id: string;
    school_tutor_id: string;
    company_tutor_id: string;
    country: string;
    school_email: string;
  }[] = await manager.query(
    `SELECT t.id, t.school_tutor_id, t.company_tutor_id, o.country_code::text AS country, p.email AS school_email
       FROM tandem t JOIN tutor_profile tp ON tp.person_id = t.school_tutor_id JOIN organisation o ON o.id = tp.organisation_id
       JOIN person p ON p.id = t.school_tutor_id
      WHERE t.edition_id = $1 AND t.status = 'ACTIVE' ORDER BY o.country_code, t.created_at, t.id`,
    [editionId],
  );
  const trainerOf = (country: string) => personIds.get(`trainer.${country.toLowerCase()}@tandem.example`) as string;
  const rows: Partial<AssignmentSubmission>[] = [];
  const add = (tandem: (typeof tandems)[number], key: string, state: DemoState, daysAgo: number) => {
    if (!state) return;
    const at = (d: number) => new Date(todayMs + 9 * 3_600_000 - d * DAY);
    const submitted = state === 'SUBMITTED' || state === 'ACCEPTED' || state === 'NEEDS_REVISION';
    const reviewed = state === 'ACCEPTED' || state === 'NEEDS_REVISION';
    const confirmedBoth = state === 'SUBMITTED' || state === 'ACCEPTED';
    rows.push({
      assignmentId: assignmentId.get(key) as string,
      tandemId: tandem.id,
      status: state === 'DRAFT_ONE_CONFIRMED' ? 'DRAFT' : state,
      text: TEXTS[key.endsWith('plan') ? 'plan' : key],
      attachments: [],
      schoolConfirmedAt: confirmedBoth ? at(daysAgo + 1) : null,
      companyConfirmedAt: confirmedBoth || state === 'DRAFT_ONE_CONFIRMED' ? at(daysAgo) : null,
      submittedAt: submitted ? at(daysAgo) : null,
      reviewComment:
        state === 'NEEDS_REVISION'
          ? 'Please add who gives the safety briefing and when the learner signs it.'
          : state === 'ACCEPTED'
            ? 'A clear plan, well shared between you.'
            : null,
      reviewedById: reviewed ? trainerOf(tandem.country) : null,
      reviewedAt: reviewed ? at(daysAgo - 3) : null,
      lastEditedById: tandem.company_tutor_id,
      createdAt: at(daysAgo + 5),
      updatedAt: at(daysAgo),
      lockVersion: 3,
    });
  };

  let i = 0;
  for (const tandem of tandems) {
    if (tandem.school_email === DEMO_SCHOOL) {
      add(tandem, 'visit', 'ACCEPTED', 140);
      add(tandem, 'task', 'DRAFT_ONE_CONFIRMED', 1);
      continue;
    }
    add(tandem, 'visit', VISIT_STATES[i % VISIT_STATES.length], 145 - (i % 7));
    add(tandem, 'task', TASK_STATES[i % TASK_STATES.length], 2 + (i % 3));
    add(tandem, `${tandem.country}-plan`, PLAN_STATES[i % PLAN_STATES.length], 4 + (i % 5));
    i++;
  }
  await manager.insert(AssignmentSubmission, rows);
}
