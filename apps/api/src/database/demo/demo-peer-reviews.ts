import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { PeerReviewWritingService } from '../../modules/peer-reviews/peer-review-writing.service';
import { PeerReviewsService } from '../../modules/peer-reviews/peer-reviews.service';

const ADMIN = 'admin@tandem.example';
const COORDINATOR = (country: string) => `coordinator.${country.toLowerCase()}@tandem.example`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The peer review demo (issue 15), through the services like any review: the coordinators of EE and
 * LV are trained peers of the pool and review the LT national programme, now in its VISIT stage: the
 * LT team's self-report on three quality areas, the visit under way and two interview notes.
 */
export async function loadDemoPeerReviews(app: INestApplicationContext, logger: Logger): Promise<void> {
  const db = app.get(DataSource);
  const reviews = app.get(PeerReviewsService);
  const writing = app.get(PeerReviewWritingService);
  const [edition] = (await db.query(
    `SELECT e.id FROM edition e JOIN programme p ON p.id = e.programme_id WHERE p.name = 'Baltic WBL tutors' ORDER BY e.starts_on LIMIT 1`,
  )) as { id: string }[];
  if (!edition) return;
  const [done] = (await db.query(`SELECT 1 FROM peer_review WHERE edition_id = $1`, [edition.id])) as unknown[];
  if (done) return;
  const people = (await db.query(`SELECT id, email FROM person WHERE email = ANY($1)`, [
    [ADMIN, ...['EE', 'LV', 'LT'].map(COORDINATOR)],
  ])) as { id: string; email: string }[];
  const idOf = (email: string) => people.find((p) => p.email === email)?.id as string;
  const viewer = (email: string, grant: Viewer['grants'][number]): Viewer => ({
    personId: idOf(email),
    sessionId: 'demo',
    grants: [grant],
  });
  const admin = viewer(ADMIN, { role: 'ADMIN', scopeKind: 'PROGRAMME', countryCode: null, organisationId: null });
  const coordinator = (c: string) =>
    viewer(COORDINATOR(c), { role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: c, organisationId: null });

  for (const [country, trainedOn] of [
    ['EE', day(-120)],
    ['LV', day(-118)],
  ])
    await reviews.addTrainedPeer(admin, { personId: idOf(COORDINATOR(country)), countryCode: country, trainedOn });
  const id = await reviews.createPeerReview(admin, { editionId: edition.id, countryCode: 'LT' });
  for (const country of ['EE', 'LV'])
    await reviews.assignPeerReviewer(admin, { reviewId: id, personId: idOf(COORDINATOR(country)) });
  const version = async () =>
    ((await db.query(`SELECT lock_version FROM peer_review WHERE id = $1`, [id])) as { lock_version: number }[])[0]
      .lock_version;
  await writing.saveSelfReport(coordinator('LT'), {
    reviewId: id,
    expectedLockVersion: await version(),
    areas: [
      {
        areaCode: 'CURRICULA',
        text: 'The three national modules follow the Baltic competence profile; LT-N2 adds the Lithuanian rules on apprenticeship contracts.',
      },
      {
        areaCode: 'LEARNING_AND_TEACHING',
        text: 'Each session pairs a school tutor with a company tutor; half of the hours are spent on joint tasks from the workplace.',
      },
      {
        areaCode: 'PARTNERSHIPS',
        text: 'Twelve companies around four VET schools take part; the employers’ association co-signs the programme.',
      },
    ],
  });
  await reviews.scheduleVisit(admin, {
    reviewId: id,
    expectedLockVersion: await version(),
    startsOn: day(-1),
    endsOn: day(1),
    reportDueOn: day(21),
  });
  await reviews.advance(admin, { reviewId: id, expectedLockVersion: await version(), stage: 'VISIT' });
  await writing.addInterview(coordinator('EE'), {
    reviewId: id,
    interviewee: 'Company tutors of the Kaunas cluster',
    heldOn: day(-1),
    notes:
      'They value the joint tasks; two of five found the time for the sessions hard to get from their employer. They ask for shorter, more frequent meetings.',
  });
  await writing.addInterview(coordinator('LV'), {
    reviewId: id,
    interviewee: 'The national programme team',
    heldOn: day(0),
    notes: 'The team tracks attendance per tandem; the self-assessment results are not yet used to adapt LT-N3.',
  });
  logger.info('demo peer review of the LT national programme loaded (VISIT stage)');
}
