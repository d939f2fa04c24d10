import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { PolicyRecommendationsService } from '../../modules/policy-recommendations/policy-recommendations.service';

const RESEARCHER = 'researcher@tandem.example';

/**
 * Two DRAFT policy recommendations (issue 15), after the evidence demo: one to the Lithuanian
 * national authority and one at the Baltic level, each resting on published demo findings and citing
 * a cockpit figure of the demo (snapshots taken now, through the same service as any citation).
 */
export async function loadDemoPolicyRecommendations(app: INestApplicationContext, logger: Logger): Promise<void> {
  const db = app.get(DataSource);
  const recommendations = app.get(PolicyRecommendationsService);
  const [edition] = (await db.query(
    `SELECT e.id FROM edition e JOIN programme p ON p.id = e.programme_id WHERE p.name = 'Baltic WBL tutors' ORDER BY e.starts_on LIMIT 1`,
  )) as { id: string }[];
  if (!edition) return;
  const [done] = (await db.query(`SELECT 1 FROM policy_recommendation WHERE edition_id = $1`, [
    edition.id,
  ])) as unknown[];
  if (done) return;
  const [person] = (await db.query(`SELECT id FROM person WHERE email = $1`, [RESEARCHER])) as { id: string }[];
  const findings = (await db.query(
    `SELECT id, statement FROM finding WHERE edition_id = $1 AND status = 'PUBLISHED' ORDER BY created_at, id`,
    [edition.id],
  )) as { id: string; statement: string }[];
  if (!person || !findings.length) {
    logger.warn('policy recommendations demo skipped: no researcher or no published findings');
    return;
  }
  const researcher: Viewer = {
    personId: person.id,
    sessionId: 'demo',
    grants: [{ role: 'RESEARCHER', scopeKind: 'PROGRAMME', countryCode: null, organisationId: null }],
  };
  const about = (words: RegExp) => findings.filter((f) => words.test(f.statement)).map((f) => f.id);

  const drafts = [
    {
      title: 'Recognise the time company tutors give to training',
      text: 'The Ministry of Education, Science and Sport should count the hours that company tutors spend in the tandem training as in-service training, and let companies include them in the apprenticeship support they claim, so that small firms can release their tutors for the joint modules.',
      audience: 'NATIONAL_AUTHORITY' as const,
      countryCode: 'LT',
      findingIds: about(/small firms|company tutors rate/),
      figure: { figure: 'TRAINED_SHARE', countryCode: 'LT' },
    },
    {
      title: 'Keep training tutors in tandems of a school and a company',
      text: 'The Baltic states should keep the tandem format — a VET school tutor and a company tutor trained together — in the national programmes after the project ends, with shared tasks at the centre and time for them in each module.',
      audience: 'BALTIC' as const,
      countryCode: null,
      findingIds: about(/tandem partner|tandem tasks/),
      figure: { figure: 'ATTENDANCE_RATE' },
    },
  ];
  for (const d of drafts) {
    const id = await recommendations.create(
      researcher,
      {
        editionId: edition.id,
        title: d.title,
        text: d.text,
        language: 'en',
        audience: d.audience,
        countryCode: d.countryCode,
        findingIds: d.findingIds,
      },
      'demo',
    );
    try {
      await recommendations.cite(researcher, { recommendationId: id, kind: 'FIGURE', source: d.figure }, 'demo');
    } catch (e) {
      // A group the demo's data makes too small to cite stays out (the rule, not an error of the demo).
      logger.warn({ err: e, title: d.title }, 'policy recommendations demo: a citation was refused');
    }
  }
  logger.info('loaded the policy recommendations demo');
}
