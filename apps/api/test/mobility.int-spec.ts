import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { givenOrganisation, givenTutor, type GivenOrganisation } from './support/factories';
import { errorCode, type GqlClient, type GqlResponse } from './support/gql-client';
import { cast, signInAsPerson } from './support/sign-in';
import { startTestApp, type TestApp } from './support/test-app';

interface MobilityShape {
  id: string;
  kind: string;
  person: { id: string; name: string } | null;
  learnerCount: number | null;
  fromOrganisation: { id: string; country: string };
  hostCountry: string;
  startsOn: string;
  endsOn: string;
  durationDays: number;
  canEdit: boolean;
  hostOfferRequestId: string | null;
  agreements: { id: string; version: number; fileName: string; downloadUrl: string }[];
}
interface OfferShape {
  id: string;
  places: number;
  placesAccepted: number;
  canManage: boolean;
  requests: { id: string; status: string; organisation: { id: string }; canRecordMobility: boolean }[];
}
const MOBILITY = `id kind person { id name } learnerCount fromOrganisation { id country } hostCountry startsOn endsOn
  durationDays canEdit hostOfferRequestId agreements { id version fileName downloadUrl }`;
const RECORD = `mutation R($input: MobilityInput!) { recordMobility(input: $input) { ${MOBILITY} } }`;
const UPDATE = `mutation U($id: ID!, $input: MobilityInput!) { updateMobility(id: $id, input: $input) { ${MOBILITY} } }`;
const GET = `query G($id: ID!) { mobility(id: $id) { ${MOBILITY} } }`;
const LIST = `query L($filter: MobilityFilter, $first: Int, $after: String) {
  mobilities(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const OFFER_FIELDS = `id places placesAccepted canManage requests { id status organisation { id } canRecordMobility }`;
const OFFER = `mutation O($input: HostOfferInput!) { offerHostPlacements(input: $input) { ${OFFER_FIELDS} } }`;
const ASK = `mutation A($input: AskForHostPlacesInput!) { askForHostPlaces(input: $input) { ${OFFER_FIELDS} } }`;
const DECIDE = `mutation D($id: ID!, $accept: Boolean!) { decideHostOfferRequest(id: $id, accept: $accept) { ${OFFER_FIELDS} } }`;
const OFFERS = `query H($mine: Boolean) { hostOffers(mine: $mine) { ${OFFER_FIELDS} } }`;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const fields = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] ?? []) as { field: string; rule: string }[]).map(
    (f) => `${f.field}:${f.rule}`,
  );

describe('mobility register, learning agreements and host offers', () => {
  let t: TestApp;
  let eeSchool: GivenOrganisation;
  let lvCompany: GivenOrganisation;
  let fiCompany: GivenOrganisation;
  const as = cast(() => t, {
    admin: { role: 'ADMIN' },
    'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE' },
    'coordinator.lv': { role: 'COORDINATOR', countryCode: 'LV' },
    'trainer.ee': { role: 'TRAINER', countryCode: 'EE' },
    researcher: { role: 'RESEARCHER' },
  });
  const manager = async (organisation: GivenOrganisation) =>
    cast(() => t, { m: { role: 'MANAGER', organisationId: organisation.id } })('m');
  const input = (overrides: Record<string, unknown> = {}) => ({
    kind: 'JOB_SHADOWING',
    personId: null,
    learnerCount: 6,
    fromOrganisationId: eeSchool.id,
    hostOrganisation: 'Tampere Vocational College',
    hostCountry: 'FI',
    startsOn: '2026-03-02',
    endsOn: '2026-03-06',
    learningOutcomes: 'Welding units 3 and 4 of the ECVET agreement',
    ...overrides,
  });
  const record = async (client: GqlClient, overrides: Record<string, unknown> = {}) =>
    client.request<{ recordMobility: MobilityShape }>(RECORD, { input: input(overrides) });
  const upload = async (client: GqlClient, id: string, file: { name: string; bytes: Buffer }) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
    const res = await fetch(`${t.baseUrl}/api/mobilities/${id}/agreements`, {
      method: 'POST',
      headers: {
        'x-tandem-upload': '1',
        'x-forwarded-for': client.ip,
        ...(client.cookie ? { cookie: client.cookie } : {}),
      },
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as { ok?: boolean; error?: { code: string; fields?: { rule: string }[] } },
    };
  };
  const download = (client: GqlClient, url: string) =>
    fetch(`${t.baseUrl}${url}`, {
      headers: { 'x-forwarded-for': client.ip, ...(client.cookie ? { cookie: client.cookie } : {}) },
    });

  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: mkdtempSync(join(tmpdir(), 'tandem-mobility-test-')) });
    eeSchool = await givenOrganisation(t.db, { countryCode: 'EE', kind: 'VET_INSTITUTION' });
    lvCompany = await givenOrganisation(t.db, { countryCode: 'LV' });
    fiCompany = await givenOrganisation(t.db, { countryCode: 'FI', name: 'Konepaja Oy' });
  });
  afterAll(() => t.close());

  describe('mobility records', () => {
    it('records a group mobility from an organisation of the coordinator’s country, with its duration', async () => {
      const res = await record(await as('coordinator.ee'));
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordMobility).toMatchObject({
        kind: 'JOB_SHADOWING',
        person: null,
        learnerCount: 6,
        fromOrganisation: { id: eeSchool.id, country: 'EE' },
        hostCountry: 'FI',
        durationDays: 5,
        canEdit: true,
        agreements: [],
      });
    });

    it('refuses a coordinator of another country, a manager and a tutor to record it', async () => {
      expect(errorCode(await record(await as('coordinator.lv')))).toBe('FORBIDDEN');
      expect(errorCode(await record(await manager(eeSchool)))).toBe('FORBIDDEN');
      const tutor = await signInAsPerson(t, await givenTutor(t.db, { organisation: eeSchool }));
      expect(errorCode(await record(tutor))).toBe('FORBIDDEN');
    });

    it('refuses bad input with the rule of each field and stores nothing', async () => {
      const coordinator = await as('coordinator.ee');
      const before = (await (await as('admin')).request<{ mobilities: { totalCount: number } }>(LIST)).data!.mobilities
        .totalCount;
      const dates = await record(coordinator, { startsOn: '2026-03-06', endsOn: '2026-03-02' });
      expect(errorCode(dates)).toBe('VALIDATION_FAILED');
      expect(fields(dates)).toEqual(['input.endsOn:notBeforeStart']);
      const both = await record(coordinator, { personId: (await as('trainer.ee')).personId });
      expect(fields(both)).toEqual(['input.personId:personOrLearners']);
      const neither = await record(coordinator, { learnerCount: null });
      expect(fields(neither)).toEqual(['input.personId:personOrLearners']);
      expect(fields(await record(coordinator, { learnerCount: 0 }))).toEqual(['input.learnerCount:between']);
      expect(fields(await record(coordinator, { learnerCount: 501 }))).toEqual(['input.learnerCount:between']);
      expect(fields(await record(coordinator, { hostCountry: 'F1' }))).toEqual(['input.hostCountry:countryCode']);
      expect(fields(await record(coordinator, { hostCountry: 'QQ' }))).toEqual(['input.hostCountry:countryCode']);
      expect(fields(await record(coordinator, { startsOn: '2026-02-30' }))).toEqual(['input.startsOn:date']);
      const after = (await (await as('admin')).request<{ mobilities: { totalCount: number } }>(LIST)).data!.mobilities
        .totalCount;
      expect(after).toBe(before);
    });

    it('lets a trainer read their own mobility only, a manager their organisation’s, a wrong-country coordinator none', async () => {
      const trainer = await as('trainer.ee');
      const own = (await record(await as('coordinator.ee'), { learnerCount: null, personId: trainer.personId })).data!
        .recordMobility;
      const group = (await record(await as('coordinator.ee'), { kind: 'LEARNER_PLACEMENT' })).data!.recordMobility;

      expect((await trainer.request<{ mobility: MobilityShape }>(GET, { id: own.id })).data!.mobility).toMatchObject({
        id: own.id,
        canEdit: false,
      });
      expect(errorCode(await trainer.request(GET, { id: group.id }))).toBe('NOT_FOUND');
      const trainerList = (await trainer.request<{ mobilities: { edges: { node: { id: string } }[] } }>(LIST)).data!;
      expect(trainerList.mobilities.edges.map((e) => e.node.id)).toEqual([own.id]);

      const eeManager = await manager(eeSchool);
      expect((await eeManager.request<{ mobility: MobilityShape }>(GET, { id: group.id })).data!.mobility.canEdit).toBe(
        false,
      );
      expect(errorCode(await (await manager(lvCompany)).request(GET, { id: group.id }))).toBe('NOT_FOUND');
      expect(errorCode(await (await as('coordinator.lv')).request(GET, { id: group.id }))).toBe('NOT_FOUND');
      const lvList = (await (await as('coordinator.lv')).request<{ mobilities: { totalCount: number } }>(LIST)).data!;
      expect(lvList.mobilities.totalCount).toBe(0);
      expect(errorCode(await (await as('researcher')).request(LIST))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await (await as('coordinator.lv')).request(UPDATE, { id: group.id, input: input({ learnerCount: 2 }) }),
        ),
      ).toBe('NOT_FOUND');
    });

    it('filters by kind, host country, year and organisation, and pages with a cursor', async () => {
      const coordinator = await as('coordinator.ee');
      const school = await givenOrganisation(t.db, { countryCode: 'EE', kind: 'VET_INSTITUTION' });
      for (const [i, host] of ['SE', 'SE', 'DE'].entries())
        await record(coordinator, {
          fromOrganisationId: school.id,
          hostCountry: host,
          kind: 'EXPERT_VISIT',
          startsOn: `2025-0${i + 1}-10`,
          endsOn: `2025-0${i + 1}-12`,
        });
      const list = async (filter: Record<string, unknown>, first = 20, after?: string) =>
        (
          await coordinator.request<{
            mobilities: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: { id: string } }[];
            };
          }>(LIST, { filter, first, after })
        ).data!.mobilities;
      expect((await list({ organisationId: school.id })).totalCount).toBe(3);
      expect((await list({ organisationId: school.id, hostCountry: 'se' })).totalCount).toBe(2);
      expect((await list({ organisationId: school.id, year: 2026 })).totalCount).toBe(0);
      expect((await list({ kind: 'EXPERT_VISIT', year: 2025 })).totalCount).toBe(3);
      const first = await list({ organisationId: school.id }, 2);
      expect(first.edges).toHaveLength(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list({ organisationId: school.id }, 2, first.pageInfo.endCursor!);
      expect(second.edges).toHaveLength(1);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(new Set([...first.edges, ...second.edges].map((e) => e.node.id)).size).toBe(3);
      const forged = await coordinator.request(LIST, { after: Buffer.from('["x","y"]').toString('base64url') });
      expect(fields(forged)).toEqual(['after:cursor']);
    });

    it('edits a mobility; an admin may move it to any organisation', async () => {
      const created = (await record(await as('coordinator.ee'))).data!.recordMobility;
      const changed = await (
        await as('coordinator.ee')
      ).request<{ updateMobility: MobilityShape }>(UPDATE, {
        id: created.id,
        input: input({ endsOn: '2026-03-13' }),
      });
      expect(changed.data!.updateMobility.durationDays).toBe(12);
      expect(
        errorCode(
          await (
            await as('coordinator.ee')
          ).request(UPDATE, {
            id: created.id,
            input: input({ fromOrganisationId: lvCompany.id }),
          }),
        ),
      ).toBe('FORBIDDEN');
      const moved = await (
        await as('admin')
      ).request<{ updateMobility: MobilityShape }>(UPDATE, {
        id: created.id,
        input: input({ fromOrganisationId: lvCompany.id }),
      });
      expect(moved.data!.updateMobility.fromOrganisation.country).toBe('LV');
    });
  });

  describe('learning agreements', () => {
    it('keeps every version downloadable for who reads the mobility, and refuses a coordinator of another country', async () => {
      const coordinator = await as('coordinator.ee');
      const trainer = await as('trainer.ee');
      const mobility = (await record(coordinator, { learnerCount: null, personId: trainer.personId })).data!
        .recordMobility;
      expect(await upload(coordinator, mobility.id, { name: 'agreement-v1.pdf', bytes: PDF })).toEqual({
        status: 201,
        body: { ok: true },
      });
      const second = Buffer.from('Learning agreement, signed by the host on 2 March.\n', 'utf8');
      expect((await upload(coordinator, mobility.id, { name: 'agreement-v2.txt', bytes: second })).status).toBe(201);

      const read = (await trainer.request<{ mobility: MobilityShape }>(GET, { id: mobility.id })).data!.mobility;
      expect(read.agreements.map((a) => [a.version, a.fileName])).toEqual([
        [2, 'agreement-v2.txt'],
        [1, 'agreement-v1.pdf'],
      ]);
      const v1 = read.agreements[1];
      const ok = await download(trainer, v1.downloadUrl);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename="agreement-v1.pdf"/);
      expect(Buffer.from(await ok.arrayBuffer()).equals(PDF)).toBe(true);
      expect((await download(coordinator, read.agreements[0].downloadUrl)).status).toBe(200);

      expect((await download(await as('coordinator.lv'), v1.downloadUrl)).status).toBe(404);
      expect((await download(await manager(lvCompany), v1.downloadUrl)).status).toBe(404);
      expect((await upload(await as('coordinator.lv'), mobility.id, { name: 'x.pdf', bytes: PDF })).status).toBe(404);
      expect((await upload(trainer, mobility.id, { name: 'x.pdf', bytes: PDF })).status).toBe(403);

      const HISTORY = `query H($id: ID!) { mobilityHistory(id: $id) { operation actor } }`;
      const history = await trainer.request<{ mobilityHistory: { operation: string }[] }>(HISTORY, { id: mobility.id });
      expect(history.data!.mobilityHistory.map((h) => h.operation)).toEqual([
        'uploadLearningAgreement',
        'uploadLearningAgreement',
        'recordMobility',
      ]);
      expect(errorCode(await (await as('coordinator.lv')).request(HISTORY, { id: mobility.id }))).toBe('NOT_FOUND');
    });

    it('refuses a file that is not what its name says, storing no version', async () => {
      const coordinator = await as('coordinator.ee');
      const mobility = (await record(coordinator)).data!.recordMobility;
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);
      const res = await upload(coordinator, mobility.id, { name: 'agreement.pdf', bytes: exe });
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe('VALIDATION_FAILED');
      const read = (await coordinator.request<{ mobility: MobilityShape }>(GET, { id: mobility.id })).data!.mobility;
      expect(read.agreements).toEqual([]);
    });
  });

  describe('host offers', () => {
    const offer = async (client: GqlClient, places: number, overrides: Record<string, unknown> = {}) =>
      client.request<{ offerHostPlacements: OfferShape }>(OFFER, {
        input: {
          organisationId: lvCompany.id,
          kind: 'LEARNER_PLACEMENT',
          hostOrganisation: 'Rīgas Metālapstrāde',
          hostCountry: 'LV',
          sector: 'MANUFACTURING',
          description: 'Six weeks in the CNC workshop with a company tutor.',
          places,
          availableFrom: '2099-04-01',
          availableUntil: '2099-06-30',
          languages: ['lv', 'en'],
          ...overrides,
        },
      });
    const ask = async (client: GqlClient, offerId: string, organisationId: string, places = 1) =>
      client.request<{ askForHostPlaces: OfferShape }>(ASK, {
        input: { offerId, organisationId, places, message: 'Two of our welding learners would like to come.' },
      });

    it('lets the organisation’s manager offer, refuses another organisation’s manager and bad windows', async () => {
      const lvManager = await manager(lvCompany);
      const res = await offer(lvManager, 2);
      expect(res.errors).toBeUndefined();
      expect(res.data!.offerHostPlacements).toMatchObject({ places: 2, placesAccepted: 0, canManage: true });
      expect(errorCode(await offer(await manager(eeSchool), 2))).toBe('FORBIDDEN');
      expect(errorCode(await offer(await as('coordinator.ee'), 2))).toBe('FORBIDDEN');
      expect(errorCode(await offer(await as('trainer.ee'), 2))).toBe('FORBIDDEN');
      const window = await offer(lvManager, 2, { availableUntil: '2099-03-01' });
      expect(fields(window)).toEqual(['input.availableUntil:notBeforeStart']);
      expect(fields(await offer(lvManager, 0))).toEqual(['input.places:between']);
      expect(fields(await offer(lvManager, 2, { languages: ['LV'] }))).toEqual(['input.languages:languageCode']);
    });

    it('takes requests from other organisations, and the offering side accepts or declines them', async () => {
      const host = await as('coordinator.lv');
      const created = (await offer(host, 3)).data!.offerHostPlacements;
      const coordinator = await as('coordinator.ee');
      expect(fields(await ask(host, created.id, lvCompany.id))).toEqual(['input.organisationId:offerOwnOrganisation']);
      expect(errorCode(await ask(coordinator, created.id, fiCompany.id))).toBe('FORBIDDEN');
      expect(fields(await ask(coordinator, created.id, eeSchool.id, 4))).toEqual(['input.places:max']);
      // An offer whose window has ended takes no more requests.
      const ended = (await offer(host, 3)).data!.offerHostPlacements;
      await t.db.query(
        `UPDATE host_offer SET available_from = '2025-01-06', available_until = '2025-02-28' WHERE id = $1`,
        [ended.id],
      );
      expect(fields(await ask(coordinator, ended.id, eeSchool.id, 1))).toEqual(['input.offerId:offerClosed']);
      expect(await t.db.query(`SELECT 1 FROM host_offer_request WHERE offer_id = $1`, [ended.id])).toEqual([]);
      const asked = (await ask(coordinator, created.id, eeSchool.id, 2)).data!.askForHostPlaces;
      expect(asked.requests).toMatchObject([{ status: 'REQUESTED', organisation: { id: eeSchool.id } }]);
      expect(errorCode(await ask(await as('trainer.ee'), created.id, eeSchool.id))).toBe('CONFLICT');

      const requestId = asked.requests[0].id;
      // The asking side cannot decide its own request; another country's manager does not see it.
      expect(errorCode(await coordinator.request(DECIDE, { id: requestId, accept: true }))).toBe('FORBIDDEN');
      expect(errorCode(await (await manager(fiCompany)).request(DECIDE, { id: requestId, accept: true }))).toBe(
        'NOT_FOUND',
      );
      const accepted = (
        await host.request<{ decideHostOfferRequest: OfferShape }>(DECIDE, { id: requestId, accept: true })
      ).data!.decideHostOfferRequest;
      expect(accepted).toMatchObject({ placesAccepted: 2, requests: [{ status: 'ACCEPTED' }] });
      expect(errorCode(await host.request(DECIDE, { id: requestId, accept: false }))).toBe('ALREADY_DECIDED');

      // The asking coordinator records the mobility from the accepted request, once.
      const seen = (await coordinator.request<{ hostOffers: OfferShape[] }>(OFFERS)).data!.hostOffers.find(
        (o) => o.id === created.id,
      )!;
      expect(seen.requests).toMatchObject([{ id: requestId, canRecordMobility: true }]);
      const fromRequest = await record(coordinator, {
        hostOfferRequestId: requestId,
        hostCountry: 'LV',
        learnerCount: 2,
      });
      expect(fromRequest.data!.recordMobility.hostOfferRequestId).toBe(requestId);
      expect(fields(await record(coordinator, { hostOfferRequestId: requestId }))).toEqual([
        'input.hostOfferRequestId:requestUsed',
      ]);

      const fi = await as('admin');
      const other = (await ask(fi, created.id, fiCompany.id, 1)).data!.askForHostPlaces;
      const fiRequest = other.requests.find((r) => r.organisation.id === fiCompany.id)!;
      const declined = (
        await host.request<{ decideHostOfferRequest: OfferShape }>(DECIDE, { id: fiRequest.id, accept: false })
      ).data!.decideHostOfferRequest;
      expect(declined.placesAccepted).toBe(2);
      expect(fields(await record(coordinator, { hostOfferRequestId: fiRequest.id }))).toEqual([
        'input.hostOfferRequestId:requestNotAccepted',
      ]);
      // The offering side sees its offers under "mine"; others' are not there.
      const mine = (await host.request<{ hostOffers: OfferShape[] }>(OFFERS, { mine: true })).data!.hostOffers;
      expect(mine.map((o) => o.id)).toContain(created.id);
      expect(
        (await coordinator.request<{ hostOffers: OfferShape[] }>(OFFERS, { mine: true })).data!.hostOffers,
      ).toEqual([]);
    });

    it('never accepts more places than the offer has, also when the acceptances run in parallel', async () => {
      const host = await as('coordinator.lv');
      const created = (await offer(host, 3)).data!.offerHostPlacements;
      const askers = await Promise.all(
        Array.from({ length: 8 }, () => givenOrganisation(t.db, { countryCode: 'EE', kind: 'VET_INSTITUTION' })),
      );
      const requestIds: string[] = [];
      for (const organisation of askers) {
        const res = (await ask(await as('coordinator.ee'), created.id, organisation.id, 1)).data!.askForHostPlaces;
        requestIds.push(res.requests.find((r) => r.organisation.id === organisation.id)!.id);
      }
      const answers = await Promise.all(requestIds.map((id) => host.request(DECIDE, { id, accept: true })));
      const codes = answers.map((a) => errorCode(a) ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
      expect(codes.filter((c) => c === 'OFFER_FULL')).toHaveLength(5);
      const [{ accepted, taken }] = (await t.db.query(
        `SELECT (SELECT count(*)::int FROM host_offer_request WHERE offer_id = $1 AND status = 'ACCEPTED') AS accepted,
                (SELECT places_accepted FROM host_offer WHERE id = $1) AS taken`,
        [created.id],
      )) as { accepted: number; taken: number }[];
      expect({ accepted, taken }).toEqual({ accepted: 3, taken: 3 });
    });

    it('the database refuses more accepted places than the offer has, whatever the service does', async () => {
      const created = (await offer(await as('coordinator.lv'), 1)).data!.offerHostPlacements;
      await expect(t.db.query(`UPDATE host_offer SET places_accepted = 2 WHERE id = $1`, [created.id])).rejects.toThrow(
        /ck_host_offer_places/,
      );
    });

    it('refuses a tutor and a researcher the host offers', async () => {
      const tutor = await signInAsPerson(t, await givenTutor(t.db, { organisation: eeSchool }));
      expect(errorCode(await tutor.request(OFFERS))).toBe('FORBIDDEN');
      expect(errorCode(await (await as('researcher')).request(OFFERS))).toBe('FORBIDDEN');
    });
  });
});
