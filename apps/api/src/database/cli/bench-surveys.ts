/**
 * `npm run bench:surveys`: survey results at programme scale. In a separate database (on DATABASE_URL's
 * server, else a throw-away embedded PostgreSQL on BENCH_PG_PORT) it migrates, loads the demo, COPYs
 * 200,000 answers (BENCH_ANSWERS) into the feedback of the joint module 1 session (all countries), then
 * prints p50/p95 of the k-anonymous results query (ADMIN, all countries; a coordinator's country) and of
 * the CSV export.
 */
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { resultsCsv } from '../../modules/surveys/survey-csv';
import { SurveyResultsService } from '../../modules/surveys/survey-results.service';
import { SurveysRepository } from '../../modules/surveys/surveys.repository';
import { SurveysService } from '../../modules/surveys/surveys.service';
import { measure as measureRuns, runBench, seededRandom, timed, withBenchDatabase } from './bench-harness';
import { copyRows } from './copy-in';

const ANSWERS = Number(process.env['BENCH_ANSWERS'] ?? 200_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 50);
const DATABASE = 'tandem_bench_surveys';

const { random, int } = seededRandom(20261);
const measure = (label: string, work: () => Promise<unknown>) => measureRuns(label, work, { runs: RUNS });

async function main(): Promise<void> {
  console.log(`Survey benchmark: ${ANSWERS} answers in database ${DATABASE}`);
  await withBenchDatabase(DATABASE, 54397, async (db, client) => {
    const [survey] = (
      await client.query<{ id: string }>(
        `SELECT sv.id FROM survey sv JOIN training_session s ON s.id = sv.session_id
          WHERE s.country_code IS NULL AND s.status = 'COMPLETED' ORDER BY s.starts_at LIMIT 1`,
      )
    ).rows;
    const questions = new Map(
      (
        await client.query<{ id: string; code: string }>(`SELECT id, code FROM survey_question WHERE survey_id = $1`, [
          survey.id,
        ])
      ).rows.map((q) => [q.code, q.id]),
    );
    const responses: (string | null)[][] = [];
    const answers: (string | number | null)[][] = [];
    const q = (code: string) => questions.get(code) as string;
    while (answers.length < ANSWERS) {
      const id = randomUUID();
      const country = ['EE', 'LV', 'LT'][int(0, 2)];
      responses.push([
        id,
        survey.id,
        '2026-06-01',
        { EE: 'et', LV: 'lv', LT: 'lt' }[country] ?? 'en',
        country,
        random() < 0.5 ? 'SCHOOL' : 'COMPANY',
      ]);
      for (const code of ['Q1', 'Q2']) {
        const v = int(2, 5);
        answers.push([randomUUID(), id, q(code), String(v), v]);
      }
      if (random() < 0.2) answers.push([randomUUID(), id, q('Q3'), 'NA', null]);
      else {
        const v = int(1, 5);
        answers.push([randomUUID(), id, q('Q3'), String(v), v]);
      }
      const nps = int(4, 10);
      answers.push([randomUUID(), id, q('Q4'), String(nps), nps]);
      answers.push([randomUUID(), id, q('Q5'), ['RIGHT', 'RIGHT', 'TOO_FAST', 'TOO_SLOW'][int(0, 3)], null]);
      answers.push([randomUUID(), id, q('Q6'), ['GROUP_WORK', 'TANDEM_TASKS', 'MATERIALS', 'INPUTS'][int(0, 3)], null]);
      if (random() < 0.4) answers.push([randomUUID(), id, q('Q7'), `Improvement idea ${int(1, 50)}`, null]);
    }
    await timed(`responses (${responses.length})`, () =>
      copyRows(
        client,
        'survey_response',
        ['id', 'survey_id', 'submitted_on', 'language', 'country_code', 'side'],
        responses,
      ),
    );
    await timed(`answers (${answers.length})`, () =>
      copyRows(client, 'survey_answer', ['id', 'response_id', 'question_id', 'value', 'number'], answers),
    );
    await timed('analyze', () => client.query('ANALYZE'));

    const repo = new SurveysRepository(db);
    const results = new SurveyResultsService(repo, new SurveysService(repo, new AuditService()));
    const viewer = (role: Viewer['grants'][number]['role'], countryCode: string | null): Viewer => ({
      personId: randomUUID(),
      sessionId: randomUUID(),
      grants: [{ role, scopeKind: countryCode ? 'COUNTRY' : 'PROGRAMME', countryCode, organisationId: null }],
    });
    const all = viewer('ADMIN', null);
    const first = await results.results(all, { surveyId: survey.id, language: 'en' });
    console.log(`  → ${first.responseCount} responses, ${first.questions.length} questions`);
    console.log(`\nsurveyResults, ${RUNS} runs each after 3 warm-up runs:`);
    await measure('ADMIN, one module, all countries', () =>
      results.results(all, { surveyId: survey.id, language: 'en' }),
    );
    await measure('COORDINATOR LV', () =>
      results.results(viewer('COORDINATOR', 'LV'), { surveyId: survey.id, language: 'en' }),
    );
    await measure('ADMIN, filter LT × COMPANY', () =>
      results.results(all, { surveyId: survey.id, countryCode: 'LT', side: 'COMPANY', language: 'en' }),
    );
    await measure('CSV export (ADMIN, all countries)', async () =>
      resultsCsv(await results.results(all, { surveyId: survey.id, language: 'en' })),
    );
  });
}

runBench(main);
