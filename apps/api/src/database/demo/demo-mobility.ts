import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import PDFDocument from 'pdfkit';
import { DataSource, type EntityManager } from 'typeorm';
import { collectPdf } from '../../common/pdf-fonts';
import { AGREEMENT_FILE_OWNER } from '../../modules/study-visits/mobilities.repository';
import { StorageService } from '../../storage/storage.service';
import { execute, one, rows, sql } from '../sql';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

interface DemoOffer {
  organisation: string;
  kind: string;
  host: string;
  country: string;
  sector: string | null;
  description: string;
  places: number;
  from: number;
  until: number;
  languages: string[];
  requests: {
    organisation: string;
    by: string;
    places: number;
    status: 'REQUESTED' | 'ACCEPTED' | 'DECLINED';
    message: string;
    note?: string;
  }[];
}

/**
 * Host offers (issue 18): a Finnish and a Latvian company offer placements, the demo manager's
 * Estonian company a teacher exchange; their requests are in each state.
 */
export async function loadDemoHostOffers(manager: EntityManager, personIds: Map<string, string>): Promise<void> {
  const finnish = await one<{ id: string }>(
    manager,
    sql`INSERT INTO organisation (name, kind, country_code, registry_code, city, sector, size_class, website)
        VALUES ('Tampereen Konepaja Oy', 'COMPANY', 'FI', '2345678-9', 'Tampere', 'MANUFACTURING', 'MEDIUM',
                'https://konepaja.example')
        RETURNING id`,
  );
  const orgs = new Map(
    (await rows<{ id: string; name: string }>(manager, sql`SELECT id, name FROM organisation`)).map((o) => [
      o.name,
      o.id,
    ]),
  );
  orgs.set('Tampereen Konepaja Oy', finnish.id);
  const offers: DemoOffer[] = [
    {
      organisation: 'Tampereen Konepaja Oy',
      kind: 'LEARNER_PLACEMENT',
      host: 'Tampereen Konepaja Oy',
      country: 'FI',
      sector: 'MANUFACTURING',
      description:
        'Six weeks in our CNC and welding workshop for VET learners in their second year, each with a company tutor. Accommodation in Tampere is arranged with the local vocational college.',
      places: 4,
      from: 60,
      until: 150,
      languages: ['fi', 'en'],
      requests: [
        {
          organisation: 'Rīgas Valsts tehnikums',
          by: 'coordinator.lv@tandem.example',
          places: 2,
          status: 'ACCEPTED',
          message:
            'Two welding learners of our second year would come in April, with their school tutor for the first week.',
          note: 'Welcome! We will send the learning agreement draft.',
        },
        {
          organisation: 'Daugavas Metālapstrāde SIA',
          by: 'coordinator.lv@tandem.example',
          places: 1,
          status: 'DECLINED',
          message: 'One apprentice of our CNC line would like to see a Finnish workshop.',
          note: 'The places are for learners of VET schools this time.',
        },
      ],
    },
    {
      organisation: 'Daugavas Metālapstrāde SIA',
      kind: 'JOB_SHADOWING',
      host: 'Daugavas Metālapstrāde SIA',
      country: 'LV',
      sector: 'MANUFACTURING',
      description:
        'A week of job shadowing with our company tutors in metalworking: how we plan, guide and assess apprentices on the job.',
      places: 3,
      from: 30,
      until: 120,
      languages: ['lv', 'en', 'ru'],
      requests: [],
    },
  ];
  const eeSchool = await rows<{ id: string; name: string }>(
    manager,
    sql`SELECT id, name FROM organisation WHERE country_code = 'EE' AND kind = 'VET_INSTITUTION' ORDER BY name LIMIT 1`,
  );
  const ltSchool = await rows<{ id: string; name: string }>(
    manager,
    sql`SELECT id, name FROM organisation WHERE country_code = 'LT' AND kind = 'VET_INSTITUTION' ORDER BY name LIMIT 1`,
  );
  if (eeSchool[0]) {
    offers[0].requests.push({
      organisation: eeSchool[0].name,
      by: 'coordinator.ee@tandem.example',
      places: 2,
      status: 'REQUESTED',
      message: 'Two learners of our metalwork programme could come for the six weeks in May and June.',
    });
    offers[1].requests.push({
      organisation: eeSchool[0].name,
      by: 'trainer.ee@tandem.example',
      places: 2,
      status: 'REQUESTED',
      message: 'Two of our school tutors would like to see how your company tutors guide apprentices.',
    });
  }
  if (ltSchool[0])
    offers[1].requests.push({
      organisation: ltSchool[0].name,
      by: 'coordinator.lt@tandem.example',
      places: 1,
      status: 'ACCEPTED',
      message: 'A school tutor of our mechatronics programme would come for the week in spring.',
    });

  for (const offer of offers) {
    const accepted = offer.requests.filter((r) => r.status === 'ACCEPTED').reduce((sum, r) => sum + r.places, 0);
    const created = await one<{ id: string }>(
      manager,
      sql`INSERT INTO host_offer (organisation_id, kind, host_organisation, host_country, sector, description, places,
                                  places_accepted, available_from, available_until, languages)
          VALUES (${orgs.get(offer.organisation)}, ${offer.kind}, ${offer.host}, ${offer.country}, ${offer.sector},
                  ${offer.description}, ${offer.places}, ${accepted}, ${isoDay(offer.from)}, ${isoDay(offer.until)},
                  ${offer.languages}::text[])
          RETURNING id`,
    );
    for (const r of offer.requests) {
      const decided = r.status !== 'REQUESTED';
      await execute(
        manager,
        sql`INSERT INTO host_offer_request (offer_id, organisation_id, places, message, status, requested_by_id,
                                            decided_at, decision_note)
            VALUES (${created.id}, ${orgs.get(r.organisation)}, ${r.places}, ${r.message}, ${r.status},
                    ${personIds.get(r.by) ?? null}, ${decided ? new Date() : null}, ${r.note ?? null})`,
      );
    }
  }
}

/** A one-page ECVET-style learning agreement for a demo mobility. */
function agreementPdf(m: {
  from: string;
  host: string;
  country: string;
  starts: string;
  ends: string;
  learners: number | null;
  outcomes: string | null;
}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Learning agreement' }, lang: 'en' });
  const done = collectPdf(doc);
  doc.font('serifBold').fontSize(18).text('Learning agreement (ECVET)');
  doc.moveDown(0.5).font('sans').fontSize(10.5);
  doc.text(`Sending organisation: ${m.from}`);
  doc.text(`Host organisation: ${m.host} (${m.country})`);
  doc.text(`Period: ${m.starts} to ${m.ends}`);
  if (m.learners) doc.text(`Participants: a group of ${m.learners} VET learners`);
  doc.moveDown().font('sansBold').text('Units of learning outcomes');
  doc.font('sans').text(m.outcomes ?? 'As agreed between the sending and the host organisation.');
  doc.moveDown().text('Assessment at the host by the company tutor; validation and recognition at home by the school.');
  doc.moveDown(2).text('Signed for the sending organisation ____________________    for the host ____________________');
  doc.end();
  return done;
}

/**
 * After the demo's commit: learning agreements on the first group placements, through the storage
 * with its checks (the demo loader's transaction cannot write files). Some get a second version.
 */
export async function attachDemoLearningAgreements(app: INestApplicationContext, logger: Logger): Promise<void> {
  const db = app.get(DataSource);
  const storage = app.get(StorageService);
  const mobilities = await rows<{
    id: string;
    from: string;
    country_code: string;
    host: string;
    country: string;
    starts: string;
    ends: string;
    learners: number | null;
    outcomes: string | null;
  }>(
    db.manager,
    sql`SELECT m.id, o.name AS "from", o.country_code, m.host_organisation AS host, m.host_country AS country,
               to_char(m.starts_on, 'YYYY-MM-DD') AS starts, to_char(m.ends_on, 'YYYY-MM-DD') AS ends,
               m.learner_count AS learners, m.learning_outcomes AS outcomes
          FROM mobility m JOIN organisation o ON o.id = m.from_organisation_id
         WHERE m.kind = 'LEARNER_PLACEMENT' ORDER BY m.starts_on DESC LIMIT 6`,
  );
  const coordinators = new Map(
    (
      await rows<{ id: string; country_code: string }>(
        db.manager,
        sql`SELECT p.id, g.country_code FROM person p JOIN role_grant g ON g.person_id = p.id
             WHERE g.role = 'COORDINATOR' AND p.email LIKE 'coordinator.%@tandem.example'`,
      )
    ).map((c) => [c.country_code, c.id]),
  );
  for (const [i, m] of mobilities.entries()) {
    const uploader = coordinators.get(m.country_code);
    if (!uploader) continue;
    const store = (fileName: string, bytes: Buffer) =>
      storage.store(
        { fileName, bytes },
        { ownerType: AGREEMENT_FILE_OWNER, ownerId: m.id },
        uploader,
        async () => undefined,
      );
    await store('learning-agreement.pdf', await agreementPdf(m));
    if (i % 2 === 0)
      await store(
        'learning-agreement-signed.txt',
        Buffer.from(
          `Learning agreement ${m.from} → ${m.host} (${m.country}), ${m.starts} to ${m.ends}: signed by both organisations.\n`,
          'utf8',
        ),
      );
  }
  logger.info({ mobilities: mobilities.length }, 'attached the demo learning agreements');
}
