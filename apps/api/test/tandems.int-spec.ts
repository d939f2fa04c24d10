import pino from 'pino';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { DEMO_PASSWORD } from '../src/database/demo/demo-people';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { TutorParticipation } from '../src/modules/people/tutor-participation.entity';
import { TutorProfile } from '../src/modules/people/tutor-profile.entity';
import { Edition } from '../src/modules/programmes/edition.entity';
import { Tandem } from '../src/modules/tandems/tandem.entity';
import { createPerson, PersonFixture, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

interface TutorShape {
  id: string;
  email: string | null;
  displayName: string;
  side: string;
  organisation: { name: string; country: string };
}
interface TandemShape {
  id: string;
  status: string;
  crossBorder: boolean;
  byInvitation: boolean;
  canRespond: boolean;
  canDissolve: boolean;
  dissolutionKind: string | null;
  dissolutionReason: string | null;
  formedByName: string | null;
  schoolTutor: TutorShape;
  companyTutor: TutorShape;
}
const TUTOR = `id email displayName side organisation { name country }`;
const FIELDS = `id status crossBorder byInvitation canRespond canDissolve dissolutionKind dissolutionReason formedByName schoolTutor { ${TUTOR} } companyTutor { ${TUTOR} }`;
const FORM = `mutation F($input: FormTandemInput!) { formTandem(input: $input) { ${FIELDS} } }`;
const INVITE = `mutation I($input: InviteTandemPartnerInput!) { inviteTandemPartner(input: $input) { ${FIELDS} } }`;
const RESPOND = `mutation R($input: RespondToTandemInvitationInput!) { respondToTandemInvitation(input: $input) { ${FIELDS} } }`;
const DISSOLVE = `mutation D($input: DissolveTandemInput!) { dissolveTandem(input: $input) { ${FIELDS} } }`;
const MINE = `query { myTandem { ${FIELDS} } }`;
const LIST = `query L($first: Int, $after: String, $country: String, $status: TandemStatus) {
  tandems(first: $first, after: $after, country: $country, status: $status) {
    totalCount edges { cursor node { id status schoolTutor { email organisation { country } } companyTutor { email organisation { country } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
interface ListShape {
  tandems: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        status: string;
        schoolTutor: { email: string | null; organisation: { country: string } };
        companyTutor: { email: string | null; organisation: { country: string } };
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const fields = (res: GqlResponse<unknown>) =>
  (res.errors?.[0]?.extensions['fields'] as { field: string; message: string }[] | undefined)?.map((f) => f.field);

describe('tandems', () => {
  let t: TestApp;
  let editionId: string;
  let otherEditionId: string;
  let serial = 0;
  const clients: Record<string, GqlClient> = {};
  const as = async (who: string) => {
    if (!clients[who]) {
      clients[who] = new GqlClient(t.baseUrl);
      await clients[who].login(`${who}@tandem.example`, DEMO_PASSWORD);
    }
    return clients[who];
  };
  const signIn = async (tutor: PersonFixture) => {
    const client = new GqlClient(t.baseUrl);
    await client.login(tutor.email, TEST_PASSWORD);
    return client;
  };

  /** A new tutor at a demo organisation, taking part in the demo edition (or the editions given). */
  const tutorAt = async (orgName: string, editions?: string[]): Promise<PersonFixture> => {
    const org = await t.db.getRepository(Organisation).findOneByOrFail({ name: orgName });
    const person = await createPerson(t.db, [{ role: 'TUTOR' }], {
      givenName: 'Tutor',
      familyName: `Number ${++serial}`,
    });
    await t.db.getRepository(TutorProfile).insert({
      personId: person.id,
      organisationId: org.id,
      organisationKind: org.kind as 'VET_INSTITUTION' | 'COMPANY',
      side: org.kind === 'VET_INSTITUTION' ? 'SCHOOL' : 'COMPANY',
      occupationField: 'Welding',
      languages: ['et'],
    });
    await t.db
      .getRepository(TutorParticipation)
      .insert((editions ?? [editionId]).map((e) => ({ editionId: e, personId: person.id })));
    return person;
  };
  const EE_SCHOOL = 'Tartu Kutsehariduskeskus';
  const EE_COMPANY = 'Emajõe Ehitus AS';
  const LV_SCHOOL = 'Valmieras tehnikums';
  const LV_COMPANY = 'Gaujas Piens SIA';

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.db, pino({ level: 'silent' }), 'test');
    const edition = await t.db.getRepository(Edition).findOneOrFail({ where: {} });
    editionId = edition.id;
    otherEditionId = (
      await t.db.getRepository(Edition).save(
        t.db.getRepository(Edition).create({
          programmeId: edition.programmeId,
          name: '2028–2029',
          startsOn: '2028-09-01',
          endsOn: '2029-06-30',
          targetTrained: 800,
        }),
      )
    ).id;
  });
  afterAll(() => t.close());

  it('gives a tutor their tandem with both e-mails, the partner’s included', async () => {
    const tutor = await as('tutor.company.ee');
    const mine = (await tutor.request<{ myTandem: TandemShape }>(MINE)).data!.myTandem;
    expect(mine).toMatchObject({
      status: 'ACTIVE',
      crossBorder: false,
      canRespond: false,
      canDissolve: true,
      formedByName: 'Mart Saar',
      schoolTutor: {
        email: 'tutor.school.ee@tandem.example',
        side: 'SCHOOL',
        organisation: { name: 'Tallinna Tööstushariduskeskus', country: 'EE' },
      },
      companyTutor: {
        email: 'tutor.company.ee@tandem.example',
        side: 'COMPANY',
        organisation: { name: 'Harju Metall OÜ', country: 'EE' },
      },
    });
    const admin = await as('admin');
    expect((await admin.request<{ myTandem: null }>(MINE)).data).toEqual({ myTandem: null });
  });

  it('lets the EE coordinator form a tandem of two EE tutors: ACTIVE, audited, and each partner sees the other', async () => {
    const [school, company] = [await tutorAt(EE_SCHOOL), await tutorAt(EE_COMPANY)];
    const coordinator = await as('coordinator.ee');
    const res = await coordinator.request<{ formTandem: TandemShape }>(FORM, {
      input: { editionId, schoolTutorId: school.id, companyTutorId: company.id },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.formTandem).toMatchObject({
      status: 'ACTIVE',
      byInvitation: false,
      formedByName: 'Mart Saar',
      canDissolve: true,
    });
    expect(res.data!.formTandem.schoolTutor.email).toBe(school.email);
    const audit = await t.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ operation: 'formTandem', targetId: res.data!.formTandem.id });
    expect(audit.summary).toMatch(/Tutor Number \d+ \(school\) and Tutor Number \d+ \(company\)/);

    const mine = (await (await signIn(company)).request<{ myTandem: TandemShape }>(MINE)).data!.myTandem;
    expect(mine.id).toBe(res.data!.formTandem.id);
    expect([mine.schoolTutor.email, mine.companyTutor.email]).toEqual([school.email, company.email]);
  });

  it('refuses the EE coordinator on LV tutors with FORBIDDEN and no data, and stores nothing', async () => {
    const [school, company] = [await tutorAt(LV_SCHOOL), await tutorAt(LV_COMPANY)];
    const coordinator = await as('coordinator.ee');
    const before = await t.db.getRepository(Tandem).count();
    const res = await coordinator.request(FORM, {
      input: { editionId, schoolTutorId: school.id, companyTutorId: company.id },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
    expect(JSON.stringify(res.errors)).not.toContain(school.email);
    // One EE tutor and one LV tutor: still refused, before any word about cross-border rules.
    const mixed = await coordinator.request(FORM, {
      input: { editionId, schoolTutorId: (await tutorAt(EE_SCHOOL)).id, companyTutorId: company.id },
    });
    expect(errorCode(mixed)).toBe('FORBIDDEN');
    expect(await t.db.getRepository(Tandem).count()).toBe(before);
    // A tutor is no coordinator.
    expect(
      errorCode(
        await (
          await signIn(school)
        ).request(FORM, { input: { editionId, schoolTutorId: school.id, companyTutorId: company.id } }),
      ),
    ).toBe('FORBIDDEN');
  });

  it.each([
    ['two school tutors', 'companyTutorId', async () => [await tutorAt(EE_SCHOOL), await tutorAt(EE_SCHOOL)]],
    [
      'a tutor with themself',
      'companyTutorId',
      async () => {
        const s = await tutorAt(EE_SCHOOL);
        return [s, s];
      },
    ],
    [
      'a tutor of another edition',
      'companyTutorId',
      async () => [await tutorAt(EE_SCHOOL), await tutorAt(EE_COMPANY, [otherEditionId])],
    ],
    [
      'a school tutor of another edition',
      'schoolTutorId',
      async () => [await tutorAt(EE_SCHOOL, [otherEditionId]), await tutorAt(EE_COMPANY)],
    ],
    [
      'a person who is not a tutor',
      'schoolTutorId',
      async () => [await createPerson(t.db, []), await tutorAt(EE_COMPANY)],
    ],
    [
      'a cross-border pair in an edition that does not allow it',
      'companyTutorId',
      async () => [await tutorAt(EE_SCHOOL), await tutorAt(LV_COMPANY)],
    ],
  ])('refuses %s with VALIDATION_FAILED on %s, storing nothing', async (_what, field, make) => {
    const [school, company] = await (make as () => Promise<PersonFixture[]>)();
    const admin = await as('admin');
    const before = await t.db.getRepository(Tandem).count();
    const res = await admin.request(FORM, {
      input: { editionId, schoolTutorId: school.id, companyTutorId: company.id },
    });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(fields(res)).toEqual([field]);
    expect(await t.db.getRepository(Tandem).count()).toBe(before);
  });

  it('forms a cross-border tandem when the edition allows it (an admin, or a coordinator of both countries)', async () => {
    await t.db.getRepository(Edition).update(editionId, { crossBorderTandems: true });
    try {
      const [school, company] = [await tutorAt(EE_SCHOOL), await tutorAt(LV_COMPANY)];
      expect(
        errorCode(
          await (
            await as('coordinator.ee')
          ).request(FORM, { input: { editionId, schoolTutorId: school.id, companyTutorId: company.id } }),
        ),
      ).toBe('FORBIDDEN');
      const res = await (
        await as('admin')
      ).request<{ formTandem: TandemShape }>(FORM, {
        input: { editionId, schoolTutorId: school.id, companyTutorId: company.id },
      });
      expect(res.data!.formTandem).toMatchObject({ status: 'ACTIVE', crossBorder: true });
      // Each coordinator reads the tandem, with the e-mail of their own country's tutor only.
      const seenByLv = (
        await (
          await as('coordinator.lv')
        ).request<{ tandem: TandemShape }>(`{ tandem(id: "${res.data!.formTandem.id}") { ${FIELDS} } }`)
      ).data!.tandem;
      expect([seenByLv.schoolTutor.email, seenByLv.companyTutor.email]).toEqual([null, company.email]);
    } finally {
      await t.db.getRepository(Edition).update(editionId, { crossBorderTandems: false });
    }
  });

  it('lets exactly one of five concurrent pairings of the same tutor win; the others get CONFLICT', async () => {
    const school = await tutorAt(EE_SCHOOL);
    const companies = await Promise.all([1, 2, 3, 4, 5].map(() => tutorAt(EE_COMPANY)));
    const coordinator = await as('coordinator.ee');
    const results = await Promise.all(
      companies.map((c) =>
        coordinator.request<{ formTandem: TandemShape }>(FORM, {
          input: { editionId, schoolTutorId: school.id, companyTutorId: c.id },
        }),
      ),
    );
    expect(results.filter((r) => r.data?.formTandem?.status === 'ACTIVE')).toHaveLength(1);
    expect(results.map(errorCode).filter((c) => c === 'CONFLICT')).toHaveLength(4);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM tandem WHERE school_tutor_id = $1`, [school.id]);
    expect(n).toBe(1);
    // And one after the other: the friendly check answers before the database has to.
    const again = await coordinator.request(FORM, {
      input: { editionId, schoolTutorId: school.id, companyTutorId: companies[0].id },
    });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/already in a tandem/);
  });

  it('holds one non-dissolved tandem per tutor and edition in the database itself', async () => {
    const [school, c1, c2] = [await tutorAt(EE_SCHOOL), await tutorAt(EE_COMPANY), await tutorAt(EE_COMPANY)];
    const insert = async (companyId: string) => {
      const [row] = await t.db.query(
        `INSERT INTO tandem (edition_id, school_tutor_id, company_tutor_id, status, activated_at) VALUES ($1, $2, $3, 'ACTIVE', now()) RETURNING id`,
        [editionId, school.id, companyId],
      );
      await t.db.query(
        `INSERT INTO tandem_member (tandem_id, edition_id, tandem_status, person_id, side) VALUES ($1, $2, 'ACTIVE', $3, 'SCHOOL'), ($1, $2, 'ACTIVE', $4, 'COMPANY')`,
        [row.id, editionId, school.id, companyId],
      );
      return row.id as string;
    };
    const first = await insert(c1.id);
    await expect(insert(c2.id)).rejects.toThrow(/uq_tandem_member_one_per_edition/);
    // The member rows follow the tandem's status (ON UPDATE CASCADE): dissolving frees the tutor.
    await t.db.query(
      `UPDATE tandem SET status = 'DISSOLVED', dissolved_at = now(), dissolution_kind = 'DISSOLVED' WHERE id = $1`,
      [first],
    );
    const members = await t.db.query(`SELECT DISTINCT tandem_status FROM tandem_member WHERE tandem_id = $1`, [first]);
    expect(members).toEqual([{ tandem_status: 'DISSOLVED' }]);
    await expect(insert(c2.id)).resolves.toBeDefined();
    // A member row cannot claim a status its tandem does not have, nor a tutor outside the edition.
    const [s2, c3] = [await tutorAt(EE_SCHOOL), await tutorAt(EE_COMPANY, [otherEditionId])];
    const [bare] = await t.db.query(
      `INSERT INTO tandem (edition_id, school_tutor_id, company_tutor_id, status) VALUES ($1, $2, $3, 'FORMING') RETURNING id`,
      [editionId, s2.id, c3.id],
    );
    const member = (status: string, personId: string, side: string) =>
      t.db.query(
        `INSERT INTO tandem_member (tandem_id, edition_id, tandem_status, person_id, side) VALUES ($1, $2, $3, $4, $5)`,
        [bare.id, editionId, status, personId, side],
      );
    await expect(member('ACTIVE', s2.id, 'SCHOOL')).rejects.toThrow(/foreign key/);
    await expect(member('FORMING', c3.id, 'COMPANY')).rejects.toThrow(/foreign key/);
    await expect(member('FORMING', s2.id, 'SCHOOL')).resolves.toBeDefined();
  });

  it('lets a tutor invite a partner, who accepts: FORMING, then ACTIVE; nobody else may answer', async () => {
    const [school, company] = [await tutorAt(EE_SCHOOL), await tutorAt(EE_COMPANY)];
    const [inviter, invited] = [await signIn(school), await signIn(company)];
    const res = await inviter.request<{ inviteTandemPartner: TandemShape }>(INVITE, {
      input: { editionId, partnerId: company.id },
    });
    expect(res.data!.inviteTandemPartner).toMatchObject({
      status: 'FORMING',
      byInvitation: true,
      canRespond: false,
      canDissolve: true,
    });
    // No e-mails before the partner says yes.
    expect(res.data!.inviteTandemPartner.companyTutor.email).toBeNull();
    const tandemId = res.data!.inviteTandemPartner.id;

    expect((await invited.request<{ myTandem: TandemShape }>(MINE)).data!.myTandem).toMatchObject({
      id: tandemId,
      status: 'FORMING',
      canRespond: true,
    });
    expect(errorCode(await inviter.request(RESPOND, { input: { tandemId, accept: true } }))).toBe('FORBIDDEN');
    const stranger = await signIn(await tutorAt(EE_COMPANY));
    expect(errorCode(await stranger.request(RESPOND, { input: { tandemId, accept: true } }))).toBe('NOT_FOUND');

    const accepted = await invited.request<{ respondToTandemInvitation: TandemShape }>(RESPOND, {
      input: { tandemId, accept: true },
    });
    expect(accepted.data!.respondToTandemInvitation).toMatchObject({ status: 'ACTIVE', canRespond: false });
    expect(accepted.data!.respondToTandemInvitation.schoolTutor.email).toBe(school.email);
    expect(errorCode(await invited.request(RESPOND, { input: { tandemId, accept: false } }))).toBe('CONFLICT');
    expect(await t.db.getRepository(AuditEvent).countBy({ targetId: tandemId })).toBe(2);
  });

  it('lets the invited partner decline: DISSOLVED as DECLINED, and both are free again', async () => {
    const [school, company] = [await tutorAt(EE_SCHOOL), await tutorAt(EE_COMPANY)];
    const [inviter, invited] = [await signIn(company), await signIn(school)];
    const tandemId = (
      await inviter.request<{ inviteTandemPartner: TandemShape }>(INVITE, {
        input: { editionId, partnerId: school.id },
      })
    ).data!.inviteTandemPartner.id;
    // The invitation holds both: a second one to either is refused.
    const other = await signIn(await tutorAt(EE_COMPANY));
    expect(errorCode(await other.request(INVITE, { input: { editionId, partnerId: school.id } }))).toBe('CONFLICT');

    const declined = await invited.request<{ respondToTandemInvitation: TandemShape }>(RESPOND, {
      input: { tandemId, accept: false },
    });
    expect(declined.data!.respondToTandemInvitation).toMatchObject({
      status: 'DISSOLVED',
      dissolutionKind: 'DECLINED',
      canDissolve: false,
    });
    expect((await invited.request(MINE)).data).toEqual({ myTandem: null });
    expect(
      (
        await other.request<{ inviteTandemPartner: TandemShape }>(INVITE, {
          input: { editionId, partnerId: school.id },
        })
      ).data!.inviteTandemPartner.status,
    ).toBe('FORMING');
  });

  it('refuses invitations to the same side, to oneself and across the border', async () => {
    const school = await tutorAt(EE_SCHOOL);
    const inviter = await signIn(school);
    const same = await inviter.request(INVITE, { input: { editionId, partnerId: (await tutorAt(EE_SCHOOL)).id } });
    expect([errorCode(same), fields(same)]).toEqual(['VALIDATION_FAILED', ['partnerId']]);
    const self = await inviter.request(INVITE, { input: { editionId, partnerId: school.id } });
    expect([errorCode(self), fields(self)]).toEqual(['VALIDATION_FAILED', ['partnerId']]);
    const abroad = await inviter.request(INVITE, { input: { editionId, partnerId: (await tutorAt(LV_COMPANY)).id } });
    expect([errorCode(abroad), fields(abroad)]).toEqual(['VALIDATION_FAILED', ['partnerId']]);
    const badId = await inviter.request(INVITE, { input: { editionId, partnerId: 'not-a-uuid' } });
    expect([errorCode(badId), fields(badId)]).toEqual(['VALIDATION_FAILED', ['partnerId']]);
  });

  it('dissolves a tandem with a reason (a partner or the coordinator, nobody else); then the two may pair again', async () => {
    const [school, company] = [await tutorAt(EE_SCHOOL), await tutorAt(EE_COMPANY)];
    const coordinator = await as('coordinator.ee');
    const tandemId = (
      await coordinator.request<{ formTandem: TandemShape }>(FORM, {
        input: { editionId, schoolTutorId: school.id, companyTutorId: company.id },
      })
    ).data!.formTandem.id;
    const partner = await signIn(company);
    const blank = await partner.request(DISSOLVE, { input: { tandemId, reason: '   ' } });
    expect([errorCode(blank), fields(blank)]).toEqual(['VALIDATION_FAILED', ['reason']]);
    expect(errorCode(await (await as('coordinator.lv')).request(DISSOLVE, { input: { tandemId, reason: 'no' } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await (await as('observer')).request(DISSOLVE, { input: { tandemId, reason: 'no' } }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await (await signIn(await tutorAt(EE_SCHOOL))).request(DISSOLVE, { input: { tandemId, reason: 'no' } }),
      ),
    ).toBe('NOT_FOUND');

    const done = await partner.request<{ dissolveTandem: TandemShape }>(DISSOLVE, {
      input: { tandemId, reason: 'Changed employer' },
    });
    expect(done.data!.dissolveTandem).toMatchObject({
      status: 'DISSOLVED',
      dissolutionKind: 'DISSOLVED',
      dissolutionReason: 'Changed employer',
      canDissolve: false,
    });
    expect(errorCode(await coordinator.request(DISSOLVE, { input: { tandemId, reason: 'again' } }))).toBe('CONFLICT');
    // The observer sees aggregates only: no named tandem (issue 17).
    expect(errorCode(await (await as('observer')).request(`{ tandem(id: "${tandemId}") { ${FIELDS} } }`))).toBe(
      'NOT_FOUND',
    );

    const again = await coordinator.request<{ formTandem: TandemShape }>(FORM, {
      input: { editionId, schoolTutorId: school.id, companyTutorId: company.id },
    });
    expect(again.data!.formTandem.status).toBe('ACTIVE');
    expect(again.data!.formTandem.id).not.toBe(tandemId);
    const history = await t.db.query(`SELECT status FROM tandem WHERE school_tutor_id = $1 ORDER BY created_at`, [
      school.id,
    ]);
    expect(history).toEqual([{ status: 'DISSOLVED' }, { status: 'ACTIVE' }]);
  });

  it('lets the inviter withdraw an invitation', async () => {
    const [school, company] = [await tutorAt(EE_SCHOOL), await tutorAt(EE_COMPANY)];
    const inviter = await signIn(school);
    const tandemId = (
      await inviter.request<{ inviteTandemPartner: TandemShape }>(INVITE, {
        input: { editionId, partnerId: company.id },
      })
    ).data!.inviteTandemPartner.id;
    const res = await inviter.request<{ dissolveTandem: TandemShape }>(DISSOLVE, {
      input: { tandemId, reason: 'Asked the wrong person' },
    });
    expect(res.data!.dissolveTandem).toMatchObject({ status: 'DISSOLVED', dissolutionKind: 'WITHDRAWN' });
  });

  it('lists tandems page by page in the viewer’s countries, e-mails only for the coordinator of the country', async () => {
    const walk = async (client: GqlClient, variables: Record<string, unknown> = {}) => {
      const nodes: ListShape['tandems']['edges'][number]['node'][] = [];
      let after: string | null = null;
      let total = -1;
      do {
        const res: GqlResponse<ListShape> = await client.request<ListShape>(LIST, { ...variables, first: 10, after });
        expect(res.errors).toBeUndefined();
        total = res.data!.tandems.totalCount;
        nodes.push(...res.data!.tandems.edges.map((e) => e.node));
        after = res.data!.tandems.pageInfo.hasNextPage ? res.data!.tandems.pageInfo.endCursor : null;
      } while (after);
      expect(nodes).toHaveLength(total);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(total);
      return nodes;
    };
    const all: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM tandem WHERE edition_id = $1`, [
      editionId,
    ]);
    // An observer lists no named tandems (issue 17: aggregates only).
    expect(
      errorCode(await (await as('observer')).request(`{ tandems(editionId: "${editionId}") { totalCount } }`)),
    ).toBe('FORBIDDEN');
    expect(all[0].n).toBeGreaterThan(0);

    const ee = await walk(await as('coordinator.ee'));
    expect(
      ee.every((n) => n.schoolTutor.organisation.country === 'EE' || n.companyTutor.organisation.country === 'EE'),
    ).toBe(true);
    expect(
      ee.filter((n) => n.schoolTutor.organisation.country === 'EE').every((n) => n.schoolTutor.email !== null),
    ).toBe(true);
    const lv = await walk(await as('coordinator.lv'));
    expect(lv.length).toBeGreaterThanOrEqual(18);
    expect(ee.length + lv.length).toBeLessThanOrEqual(all[0].n + 1); // the one cross-border tandem is in both

    const forming = await walk(await as('coordinator.lt'), { status: 'FORMING' });
    expect(forming.map((n) => n.status)).toEqual(['FORMING', 'FORMING']);
    expect(errorCode(await (await as('coordinator.ee')).request(LIST, { country: 'LV' }))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('tutor.school.ee')).request(LIST, {}))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('trainer.ee')).request(LIST, {}))).toBe('FORBIDDEN');
  });

  it('shows a coordinator the unpaired tutors of their country with suggested partners and the reason', async () => {
    const coordinator = await as('coordinator.lt');
    const res = await coordinator.request<{
      unpairedTutors: { tutor: TutorShape; suggestions: { tutor: TutorShape; reason: string }[] }[];
    }>(`query { unpairedTutors(countryCode: "LT") { tutor { ${TUTOR} } suggestions { reason tutor { ${TUTOR} } } } }`);
    expect(res.errors).toBeUndefined();
    const unpaired = res.data!.unpairedTutors;
    expect(unpaired).toHaveLength(6);
    expect(unpaired.every((u) => u.tutor.organisation.country === 'LT' && u.tutor.email)).toBe(true);
    for (const u of unpaired) {
      expect(u.suggestions[0].reason).toBe('SAME_CLUSTER');
      expect(u.suggestions.every((s) => s.tutor.side !== u.tutor.side)).toBe(true);
    }
    expect(
      errorCode(
        await (await as('coordinator.ee')).request(`query { unpairedTutors(countryCode: "LT") { tutor { id } } }`),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await (await as('observer')).request(`query { unpairedTutors(countryCode: "LT") { tutor { id } } }`)),
    ).toBe('FORBIDDEN');
  });
  it('lets a tutor without a tandem find partners of the other side in their country, suggested first, without contact details', async () => {
    const CANDIDATES = `query { myPartnerCandidates { reason tutor { ${TUTOR} } } }`;
    type Candidates = { myPartnerCandidates: { reason: string | null; tutor: TutorShape }[] };
    const seeker = await signIn(await tutorAt(EE_SCHOOL));
    const res = await seeker.request<Candidates>(CANDIDATES);
    expect(res.errors).toBeUndefined();
    const list = res.data!.myPartnerCandidates;
    expect(list.length).toBeGreaterThan(0);
    expect(
      list.every((c) => c.tutor.side === 'COMPANY' && c.tutor.organisation.country === 'EE' && c.tutor.email === null),
    ).toBe(true);
    // Suggested ones first: once a candidate has no reason, none after it has one.
    const firstPlain = list.findIndex((c) => c.reason === null);
    if (firstPlain >= 0) expect(list.slice(firstPlain).every((c) => c.reason === null)).toBe(true);
    // Tutors already in a tandem are not offered (the demo company tutor of Estonia is).
    const paired: { id: string }[] = await t.db.query(
      `SELECT m.person_id AS id FROM tandem_member m WHERE m.edition_id = $1 AND m.tandem_status <> 'DISSOLVED'`,
      [editionId],
    );
    const pairedIds = new Set(paired.map((p) => p.id));
    expect(list.some((c) => pairedIds.has(c.tutor.id))).toBe(false);

    // Once the invitation is out, the seeker is in a (FORMING) tandem and the list is empty.
    const invite = await seeker.request<{ inviteTandemPartner: TandemShape }>(INVITE, {
      input: { editionId, partnerId: list[0].tutor.id },
    });
    expect(invite.errors).toBeUndefined();
    expect((await seeker.request<Candidates>(CANDIDATES)).data!.myPartnerCandidates).toEqual([]);

    // Only tutors ask this; a tutor already in an ACTIVE tandem gets nobody.
    expect((await (await as('tutor.school.ee')).request<Candidates>(CANDIDATES)).data!.myPartnerCandidates).toEqual([]);
    expect(errorCode(await (await as('coordinator.ee')).request(CANDIDATES))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('trainer.ee')).request(CANDIDATES))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('manager')).request(CANDIDATES))).toBe('FORBIDDEN');
  });
});
