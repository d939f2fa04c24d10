import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { CitationKind } from '../../modules/evidence/evidence.entity';
import { EvidenceService } from '../../modules/evidence/evidence.service';
import { ImprovementActionsService } from '../../modules/evidence/improvement-actions.service';
import { SurveyResultsService } from '../../modules/surveys/survey-results.service';
import type { CitationSourceInput } from '../../modules/evidence/dto/evidence.input';
import { IMPROVE } from './demo-surveys';

const RESEARCHER = 'researcher@tandem.example';
const COORDINATOR_LV = 'coordinator.lv@tandem.example';

interface DemoCitation {
  kind: CitationKind;
  source: CitationSourceInput;
}

interface DemoFinding {
  key: string;
  statement: string;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
  modules: string[];
  countries: string[];
  cite: DemoCitation[];
}

/**
 * The evidence demo (issue 15), after the demo's commit: the researcher's interim analysis after joint
 * module 1, published, with six findings whose citations are snapshots of the demo's own results
 * (taken now through the same services and suppression as any citation), one draft finding with a
 * coordinator's comment, and five improvement actions: two DONE in JM1 version 2, one of them
 * CHECKED with the feedback on tandem work before (JM1's first run, version 1) and after (version 2).
 */
export async function loadDemoEvidence(app: INestApplicationContext, logger: Logger): Promise<void> {
  const db = app.get(DataSource);
  const evidence = app.get(EvidenceService);
  const actions = app.get(ImprovementActionsService);
  const [edition] = (await db.query(
    `SELECT e.id FROM edition e JOIN programme p ON p.id = e.programme_id WHERE p.name = 'Baltic WBL tutors' ORDER BY e.starts_on LIMIT 1`,
  )) as { id: string }[];
  if (!edition) return;
  const [done] = (await db.query(`SELECT 1 FROM interim_analysis WHERE edition_id = $1`, [edition.id])) as unknown[];
  if (done) return;
  const people = (await db.query(`SELECT id, email FROM person WHERE email = ANY($1)`, [
    [RESEARCHER, COORDINATOR_LV],
  ])) as { id: string; email: string }[];
  const idOf = (email: string) => people.find((p) => p.email === email)?.id as string;
  const researcher: Viewer = {
    personId: idOf(RESEARCHER),
    sessionId: 'demo',
    grants: [{ role: 'RESEARCHER', scopeKind: 'PROGRAMME', countryCode: null, organisationId: null }],
  };
  const coordinator: Viewer = {
    personId: idOf(COORDINATOR_LV),
    sessionId: 'demo',
    grants: [{ role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: 'LV', organisationId: null }],
  };

  // The joint module 1 survey (its current version) with the most answers, its questions, and the competence rounds.
  const [survey] = (await db.query(
    `SELECT sv.id FROM survey sv JOIN training_session s ON s.id = sv.session_id
       JOIN module_version mv ON mv.id = s.module_version_id AND mv.status = 'PUBLISHED' JOIN module m ON m.id = mv.module_id
      WHERE m.code = 'JM1' AND m.edition_id = $1
      ORDER BY (SELECT count(*) FROM survey_response r WHERE r.survey_id = sv.id) DESC, sv.id LIMIT 1`,
    [edition.id],
  )) as { id: string }[];
  const modules = (await db.query(
    `SELECT m.code, m.id, mv.id AS version_id, mv.version FROM module m
       JOIN module_version mv ON mv.module_id = m.id AND mv.status = 'PUBLISHED' WHERE m.edition_id = $1`,
    [edition.id],
  )) as { code: string; id: string; version_id: string; version: number }[];
  const moduleId = (code: string) => modules.find((m) => m.code === code)?.id as string;
  const rounds = (await db.query(`SELECT kind, module_number, id FROM assessment_round WHERE edition_id = $1`, [
    edition.id,
  ])) as { kind: string; module_number: number | null; id: string }[];
  const baseline = rounds.find((r) => r.kind === 'BASELINE')?.id;
  const afterModule1 = rounds.find((r) => r.kind === 'AFTER_MODULE' && r.module_number === 1)?.id;
  // The first run of joint module 1 (version 1): the "before" of the workshop's check.
  const [firstRun] = (await db.query(
    `SELECT sv.id AS survey_id, q.id AS question_id FROM survey sv JOIN training_session s ON s.id = sv.session_id
       JOIN module_version mv ON mv.id = s.module_version_id AND mv.version = 1 JOIN module m ON m.id = mv.module_id
       JOIN survey_question q ON q.survey_id = sv.id AND q.code = 'Q3'
      WHERE m.code = 'JM1' AND m.edition_id = $1
      ORDER BY (SELECT count(*) FROM survey_response r WHERE r.survey_id = sv.id) DESC, sv.id LIMIT 1`,
    [edition.id],
  )) as { survey_id: string; question_id: string }[];
  if (!survey || !baseline || !afterModule1) {
    logger.warn('evidence demo skipped: no joint module 1 survey or competence rounds');
    return;
  }
  const results = await app
    .get(SurveyResultsService)
    .results(researcher, { surveyId: survey.id, countryCode: null, side: null, language: 'en' });
  const question = (code: string) => results.questions.find((x) => x.code === code)?.id as string;
  // An improvement idea as shown (groups of 10 or more), in English where someone wrote it so, else as written.
  const texts = results.questions.find((x) => x.code === 'Q7')?.texts ?? [];
  const pickQuote = (prefer: string) => {
    const i = IMPROVE['en'].indexOf(prefer);
    const versions = ['en', 'et', 'lv', 'lt', 'ru'].map((l) => IMPROVE[l][i]);
    return versions.map((v) => texts.find((t) => t === v)).find((t) => !!t);
  };
  const onSurvey = (code: string, over: Partial<CitationSourceInput> = {}): DemoCitation => ({
    kind: 'SURVEY_RESULT',
    source: { surveyId: survey.id, questionId: question(code), ...over },
  });
  const quote = (prefer: string): DemoCitation[] => {
    const text = pickQuote(prefer);
    return text ? [{ kind: 'QUOTE', source: { surveyId: survey.id, questionId: question('Q7'), quote: text } }] : [];
  };

  const findings: DemoFinding[] = [
    {
      key: 'useful',
      statement:
        'Participants found joint module 1 useful for their work as WBL tutors, and attendance at the trainings so far is high.',
      priority: 'LOW',
      modules: ['JM1'],
      countries: [],
      cite: [onSurvey('Q2'), { kind: 'FIGURE', source: { figure: 'ATTENDANCE_RATE' } }],
    },
    {
      key: 'pace',
      statement:
        'About a third of the participants found the pace of joint module 1 too fast or too slow; many asked for more time for tandem tasks.',
      priority: 'HIGH',
      modules: ['JM1'],
      countries: [],
      cite: [onSurvey('Q5'), ...quote('More time for tandem tasks')],
    },
    {
      key: 'tandem',
      statement:
        'Working with the tandem partner helps learning, for school and company tutors alike: keep the tandem tasks at the centre.',
      priority: 'MEDIUM',
      modules: ['JM1'],
      countries: [],
      cite: [onSurvey('Q3', { side: 'SCHOOL' }), onSurvey('Q3', { side: 'COMPANY' })],
    },
    {
      key: 'feedback',
      statement:
        'After module 1, company tutors rate themselves clearly lower than school tutors in giving feedback to learners; joint module 2 should start with it.',
      priority: 'HIGH',
      modules: ['JM1', 'JM2'],
      countries: [],
      cite: ['SCHOOL', 'COMPANY'].map((side) => ({
        kind: 'COMPETENCE_AGGREGATE',
        source: { roundId: afterModule1, competenceCode: 'ASSESS.1', side },
      })),
    },
    {
      key: 'smes',
      statement: 'Company tutors from small firms miss examples from companies of their size in the learning tasks.',
      priority: 'MEDIUM',
      modules: ['JM1'],
      countries: [],
      cite: [onSurvey('Q1', { side: 'COMPANY' }), ...quote('Examples from small companies')],
    },
    {
      key: 'materials',
      statement:
        'Participants want the materials before the session, so that the contact hours go to practice rather than reading.',
      priority: 'LOW',
      modules: ['JM1'],
      countries: [],
      cite: [onSurvey('Q4'), ...quote('Send the materials before the session')],
    },
  ];

  const analysisId = await evidence.createInterimAnalysis(
    researcher,
    { editionId: edition.id, phaseKind: 'INTERIM_ANALYSIS_1', title: 'Interim analysis after joint module 1' },
    'demo',
  );
  const ids = new Map<string, string>();
  for (const f of findings) {
    const id = await evidence.createFinding(
      researcher,
      {
        analysisId,
        statement: f.statement,
        language: 'en',
        priority: f.priority,
        moduleIds: f.modules.map(moduleId),
        countryCodes: f.countries,
      },
      'demo',
    );
    for (const c of f.cite) {
      try {
        await evidence.addCitation(researcher, { findingId: id, kind: c.kind, source: c.source }, 'demo');
      } catch (e) {
        // A group the demo's data makes too small to cite stays out (the rule, not an error of the demo).
        logger.warn({ err: e, finding: f.key, kind: c.kind }, 'evidence demo: a citation was refused');
      }
    }
    await evidence.publishFinding(researcher, { id }, 'demo');
    ids.set(f.key, id);
  }
  // A draft still being discussed, with the LV coordinator's comment.
  const draft = await evidence.createFinding(
    researcher,
    {
      analysisId,
      statement: 'Latvian company tutors join the national trainings later than school tutors.',
      language: 'en',
      priority: 'MEDIUM',
      moduleIds: [moduleId('LV-N1')].filter(Boolean),
      countryCodes: ['LV'],
    },
    'demo',
  );
  await evidence.commentOnFinding(
    coordinator,
    {
      findingId: draft,
      text: 'Most of them joined after the summer holidays; the October groups in Riga and Liepāja are full.',
    },
    'demo',
  );
  await evidence.publishInterimAnalysis(researcher, analysisId, 'demo');

  const jm1 = modules.find((m) => m.code === 'JM1');
  const action = (key: string[], module: string, change: string, owner: string, dueOn: string): Promise<string> =>
    actions.createImprovementAction(
      researcher,
      {
        editionId: edition.id,
        moduleId: moduleId(module),
        findingIds: key.map((k) => ids.get(k) as string),
        change,
        owner,
        dueOn,
      },
      'demo',
    );
  const workshop = await action(
    ['pace', 'tandem'],
    'JM1',
    'Add a half-day tandem workshop on preparing the first workplace visit (+4 contact hours).',
    'Joint module team',
    '2026-11-30',
  );
  const materials = await action(
    ['materials'],
    'JM1',
    'Send the module materials to both partners of a tandem a week before the session.',
    'Joint module team',
    '2026-11-30',
  );
  const smes = await action(
    ['smes'],
    'JM1',
    'Add learning tasks with examples from micro and small companies.',
    'Company tutors’ working group',
    '2027-01-15',
  );
  const feedback = await action(
    ['feedback'],
    'JM2',
    'Open joint module 2 with a feedback practice on real learner cases.',
    'Joint module team',
    '2026-12-20',
  );
  await action(
    ['pace'],
    'JM2',
    'Fewer inputs and more group work in joint module 2, with a pace check at midday.',
    'Trainers of joint module 2',
    '2027-01-02',
  );
  for (const id of [workshop, materials, smes, feedback])
    await actions.setImprovementActionStatus(researcher, { id, status: 'AGREED' }, 'demo');
  if (jm1)
    for (const id of [workshop, materials])
      await actions.setImprovementActionStatus(
        researcher,
        { id, status: 'DONE', moduleVersionId: jm1.version_id },
        'demo',
      );
  if (jm1 && firstRun)
    await actions.setImprovementActionStatus(
      researcher,
      {
        id: workshop,
        status: 'CHECKED',
        checkNote:
          '“Working with my tandem partner helped me learn” is rated clearly higher after the workshop (version 2) than in the first run of the module (version 1), and fewer found the pace too fast; we keep the workshop.',
        checkKind: 'SURVEY_RESULT',
        checkBefore: { surveyId: firstRun.survey_id, questionId: firstRun.question_id },
        checkAfter: { surveyId: survey.id, questionId: question('Q3') },
      },
      'demo',
    );
  logger.info('loaded the evidence demo');
}
