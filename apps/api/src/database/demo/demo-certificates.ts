import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { refreshCompletion } from '../../modules/completion/completion-refresh';
import { CertificatesService } from '../../modules/certificates/certificates.service';
import { IssuingService } from '../../modules/certificates/issuing.service';

/** The demo log-in of a trained Latvian school tutor (README), whose certificate can be opened and verified. */
export const DEMO_TRAINED_TUTOR = 'tutor.trained.lv@tandem.example';
/** The cohort tutor whose certificate the demo revokes, and the one it re-issues after a name correction. */
const REVOKED = 'cohort.lv.003@tandem.example';
const REISSUED = 'cohort.lv.005@tandem.example';

/**
 * Inside the demo loader's transaction: the first Latvian school tutor of the trained cohort
 * becomes the demo account Līga Ozoliņa, and the edition's certificates get their issuer and
 * signatories.
 */
export async function loadDemoCertificateData(manager: EntityManager, editionId: string): Promise<void> {
  const rows: { id: string }[] = await manager.query(
    `UPDATE person SET email = $1, given_name = 'Līga', family_name = 'Ozoliņa', preferred_language = 'lv', time_zone = 'Europe/Riga'
      WHERE email = 'cohort.lv.001@tandem.example' RETURNING id`,
    [DEMO_TRAINED_TUTOR],
  );
  const ids = (Array.isArray(rows[0]) ? rows[0] : rows) as { id: string }[];
  await refreshCompletion(
    manager,
    editionId,
    ids.map((r) => r.id),
  );
  await manager.query(
    `INSERT INTO certificate_settings (edition_id, issuer_name, issuer_url, signatories) VALUES ($1, $2, 'https://tandem.example', $3)`,
    [
      editionId,
      JSON.stringify({
        en: 'Baltic WBL tutor programme (Tandem)',
        et: 'Balti TPÕ juhendajate programm (Tandem)',
        lv: 'Baltijas DVB mentoru programma (Tandem)',
        lt: 'Baltijos DVM mentorių programa (Tandem)',
        ru: 'Балтийская программа наставников WBL (Tandem)',
      }),
      JSON.stringify([
        {
          name: 'Liis Kask',
          position: {
            en: 'Programme director',
            et: 'Programmi juht',
            lv: 'Programmas direktore',
            lt: 'Programos direktorė',
            ru: 'Директор программы',
          },
        },
        {
          name: 'Ilze Bērziņa',
          position: {
            en: 'National coordinator, Latvia',
            et: 'Riiklik koordinaator, Läti',
            lv: 'Nacionālā koordinatore, Latvija',
            lt: 'Nacionalinė koordinatorė, Latvija',
            ru: 'Национальный координатор, Латвия',
          },
        },
      ]),
    ],
  );
}

/**
 * Right after the demo loads (it signs, so it runs in the app, after the loader's commit): the
 * named demo tutors' certificates at once, one revoked with a reason and one re-issued after a
 * correction; the rest of the trained cohort through the issuing job (a few seconds later).
 */
export async function issueDemoCertificates(app: INestApplicationContext, logger: Logger): Promise<void> {
  const db = app.get(DataSource);
  const issuing = app.get(IssuingService);
  const certificates = app.get(CertificatesService);
  const people: { id: string; email: string; edition_id: string }[] = await db.query(
    `SELECT p.id, p.email, cs.edition_id FROM completion_status cs JOIN person p ON p.id = cs.person_id
      WHERE cs.status = 'TRAINED' AND (p.email NOT LIKE 'cohort.%' OR p.email IN ($1, $2)) ORDER BY p.email = $3 DESC, p.email`,
    [REVOKED, REISSUED, DEMO_TRAINED_TUTOR],
  );
  const [coordinator] = (await db.query(`SELECT id FROM person WHERE email = 'coordinator.lv@tandem.example'`)) as {
    id: string;
  }[];
  const viewer: Viewer = {
    personId: coordinator.id,
    sessionId: 'demo',
    grants: [{ role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: 'LV', organisationId: null }],
  };
  for (const person of people) {
    const certificate = await issuing.issue({ editionId: person.edition_id, personId: person.id, actorPersonId: null });
    if (!certificate) continue;
    if (person.email === REVOKED)
      await certificates.revoke(
        viewer,
        certificate.id,
        'Issued in error: the attendance at national module 3 was recorded for the wrong person (corrected by the trainer).',
        'demo',
      );
    if (person.email === REISSUED) {
      await db.query(`UPDATE person SET family_name = family_name || '-Ozola' WHERE id = $1`, [person.id]);
      await certificates.reissue(viewer, certificate.id, 'Double family name added at the tutor’s request.', 'demo');
    }
  }
  if (!(await issuing.queueRun())) await issuing.issueDue();
  logger.info({ certificates: people.length }, 'issued the demo certificates; the job issues the cohort’s');
}
