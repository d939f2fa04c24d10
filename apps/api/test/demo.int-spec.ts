import pino from 'pino';
import { DataSource } from 'typeorm';
import { DEMO_COHORT_TUTORS } from '../src/database/demo/demo-completion';
import { loadDemoEvidence } from '../src/database/demo/demo-evidence';
import { DEMO_PROGRAMME, loadDemoData } from '../src/database/demo/demo-loader';
import { DEMO_NETWORK_ORGANISATIONS, DEMO_TANDEMS, DEMO_TUTORS } from '../src/database/demo/demo-network';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../src/database/demo/demo-people';
import { typeormOptions } from '../src/database/typeorm-options';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

const silent = pino({ level: 'silent' });

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('loads once even when two loaders race, and a second run changes nothing', async () => {
    const other = await new DataSource(typeormOptions((t.db.options as { url: string }).url)).initialize();
    try {
      const results = await Promise.all([loadDemoData(t.db, silent, 'test'), loadDemoData(other, silent, 'test')]);
      expect(results.filter(Boolean)).toHaveLength(1);
    } finally {
      await other.destroy();
    }
    expect(await loadDemoData(t.db, silent, 'test')).toBe(false);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM programme WHERE name = $1`, [DEMO_PROGRAMME]);
    expect(n).toBe(1);
    const [{ people }] = await t.db.query(`SELECT count(*)::int AS people FROM person`);
    expect(people).toBe(DEMO_PEOPLE.length + DEMO_TUTORS.length + DEMO_COHORT_TUTORS);
  });

  it('refuses to run in production', async () => {
    await expect(loadDemoData(t.db, silent, 'production')).rejects.toThrow(/refuses/);
  });

  it.each(DEMO_PEOPLE.map((p) => [p.email, p.grants.map((g) => g.role)]))(
    'lets %s sign in with the demo password and holds %j',
    async (email, roles) => {
      const client = new GqlClient(t.baseUrl);
      const login = await client.login(email as string, DEMO_PASSWORD);
      expect(errorCode(login)).toBeUndefined();
      const me = await client.request<{ me: { roles: { role: string }[] } }>(`{ me { email roles { role } } }`);
      expect(me.data?.me.roles.map((r) => r.role)).toEqual(roles);
    },
  );

  it('has EE and LV programmes approved by the admin and LT revision 2 submitted, waiting for the admin', async () => {
    const client = new GqlClient(t.baseUrl);
    await client.login('admin@tandem.example', DEMO_PASSWORD);
    const res = await client.request<{
      nationalProgrammes: {
        countryCode: string;
        revision: number;
        status: string;
        decidedByName: string | null;
        totalHours: number;
        items: { code: string }[];
      }[];
    }>(`{ nationalProgrammes { countryCode revision status decidedByName totalHours items { code } } }`);
    expect(res.data?.nationalProgrammes.map((p) => [p.countryCode, p.revision, p.status, p.decidedByName])).toEqual([
      ['EE', 1, 'APPROVED', 'Liis Kask'],
      ['LT', 2, 'SUBMITTED', null],
      ['LV', 1, 'APPROVED', 'Liis Kask'],
    ]);
    const [ee, lt, lv] = res.data!.nationalProgrammes;
    expect(ee.items.map((i) => i.code)).toEqual(['EE-N1', 'JM1', 'EE-N2', 'JM2', 'EE-N3', 'JM3']);
    expect(lv.items.map((i) => i.code)).toEqual(['LV-N1', 'LV-N2', 'JM1', 'LV-N3', 'JM2', 'LV-N4', 'JM3']);
    expect(lt.items.map((i) => i.code)).toEqual(['LT-N1', 'JM1', 'LT-N2', 'LT-N3', 'JM2', 'JM3']);
    // JM1 counts with its published version 2 (20 + 8 hours).
    expect(ee.totalHours).toBe(28 + 24 + 24 + 10 + 14 + 10);

    const notes = await client.request<{
      myNotifications: { kind: string; params: { name: string; value: string }[] }[];
      unreadNotificationCount: number;
    }>(`{ myNotifications(unreadOnly: true) { kind params { name value } } unreadNotificationCount }`);
    expect(notes.data?.unreadNotificationCount).toBe(1);
    const [waiting] = notes.data!.myNotifications;
    expect(waiting.kind).toBe('NATIONAL_PROGRAMME_SUBMITTED');
    expect(Object.fromEntries(waiting.params.map((p) => [p.name, p.value]))).toMatchObject({
      countryCode: 'LT',
      revision: '2',
      actorName: 'Rūta Kazlauskienė',
    });

    const steps = await client.request<{ whereWeAreNow: { nextSteps: { kind: string }[] } }>(
      `{ whereWeAreNow { nextSteps { kind } } }`,
    );
    expect(steps.data?.whereWeAreNow.nextSteps.map((s) => s.kind)).toContain('REVIEW_NATIONAL_PROGRAMMES');
  });

  it('shows an LT trainer the approved revision 1, which stays in force while revision 2 waits', async () => {
    const client = new GqlClient(t.baseUrl);
    await client.login('trainer.lt@tandem.example', DEMO_PASSWORD);
    const res = await client.request<{
      nationalProgrammes: { countryCode: string; revision: number; status: string; inForce: boolean }[];
    }>(`{ nationalProgrammes { countryCode revision status inForce } }`);
    expect(res.data?.nationalProgrammes).toEqual([
      { countryCode: 'EE', revision: 1, status: 'APPROVED', inForce: true },
      { countryCode: 'LT', revision: 1, status: 'APPROVED', inForce: true },
      { countryCode: 'LV', revision: 1, status: 'APPROVED', inForce: true },
    ]);
  });

  it('gives the 2026–2027 edition a target of 800', async () => {
    const client = new GqlClient(t.baseUrl);
    await client.login('observer@tandem.example', DEMO_PASSWORD);
    const res = await client.request<{ editions: { name: string; targetTrained: number }[] }>(
      `{ editions { name targetTrained programmeName } }`,
    );
    expect(res.data?.editions).toEqual([{ name: '2026–2027', targetTrained: 800, programmeName: DEMO_PROGRAMME }]);
  });

  it('has 12 organisations per country (4 schools, 8 companies), every company in the cluster of a school', async () => {
    expect(DEMO_NETWORK_ORGANISATIONS).toHaveLength(36);
    const perCountry = await t.db.query(
      `SELECT country_code, kind, count(*)::int AS n FROM organisation
        WHERE kind IN ('VET_INSTITUTION','COMPANY') AND country_code IN ('EE','LV','LT') GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(perCountry).toEqual(
      ['EE', 'LT', 'LV'].flatMap((c) => [
        { country_code: c, kind: 'COMPANY', n: 8 },
        { country_code: c, kind: 'VET_INSTITUTION', n: 4 },
      ]),
    );
    const [{ loose }] = await t.db.query(
      `SELECT count(*)::int AS loose FROM organisation o WHERE kind = 'COMPANY' AND country_code IN ('EE','LV','LT')
          AND NOT EXISTS (SELECT 1 FROM cluster_link l WHERE l.company_id = o.id)`,
    );
    expect(loose).toBe(0);
  });

  it('has about 120 tutors, each with a profile, a TUTOR grant in SELF scope and a place in the edition', async () => {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS tutors,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = tp.person_id AND g.role = 'TUTOR' AND g.scope_kind = 'SELF'))::int AS granted,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM tutor_participation x WHERE x.person_id = tp.person_id))::int AS taking_part,
              count(*) FILTER (WHERE side = 'SCHOOL')::int AS school
         FROM tutor_profile tp JOIN person p ON p.id = tp.person_id
        WHERE p.email NOT LIKE 'cohort.%' AND p.email NOT IN ('tutor.trained.lv@tandem.example', 'tutor.privacy.lt@tandem.example')`, // not the completion demo's historical cohort (see cockpit.int-spec.ts), two of whom are the trained and the privacy demo tutors
    );
    expect(row).toEqual({ tutors: 120, granted: 120, taking_part: 120, school: 60 });
  });

  it('has about 50 tandems: most ACTIVE, some FORMING, two DISSOLVED, and a few unpaired tutors', async () => {
    const byStatus = Object.fromEntries(
      (
        await t.db.query(
          `SELECT t.status, count(*)::int AS n FROM tandem t JOIN person p ON p.id = t.school_tutor_id WHERE p.email NOT LIKE 'cohort.%' AND p.email NOT IN ('tutor.trained.lv@tandem.example', 'tutor.privacy.lt@tandem.example') GROUP BY t.status`,
        )
      ).map((r: { status: string; n: number }) => [r.status, r.n]),
    );
    expect(byStatus).toEqual({ ACTIVE: 45, FORMING: 6, DISSOLVED: 2 });
    expect(DEMO_TANDEMS).toHaveLength(53);
    const [{ unpaired }] = await t.db.query(
      `SELECT count(*)::int AS unpaired FROM tutor_profile tp
        WHERE NOT EXISTS (SELECT 1 FROM tandem_member m WHERE m.person_id = tp.person_id AND m.tandem_status <> 'DISSOLVED')`,
    );
    expect(unpaired).toBe(18);
  });

  it.each([
    'maarja.saar@tandem.example',
    DEMO_TUTORS.find((p) => p.timeZone === 'Europe/Riga')!.email,
    DEMO_TUTORS.at(-1)!.email,
  ])('lets the network tutor %s sign in with the demo password as a TUTOR', async (email) => {
    const client = new GqlClient(t.baseUrl);
    expect(errorCode(await client.login(email, DEMO_PASSWORD))).toBeUndefined();
    const me = await client.request<{ me: { roles: { role: string; scopeKind: string }[] } }>(
      `{ me { roles { role scopeKind } } }`,
    );
    expect(me.data?.me.roles).toEqual([{ role: 'TUTOR', scopeKind: 'SELF' }]);
  });

  it('pairs the two demo tutors of Estonia in an ACTIVE tandem (the acceptance query)', async () => {
    const client = new GqlClient(t.baseUrl);
    await client.login('tutor.school.ee@tandem.example', DEMO_PASSWORD);
    const res = await client.request(`query { myTandem { status schoolTutor { email } companyTutor { email } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      myTandem: {
        status: 'ACTIVE',
        schoolTutor: { email: 'tutor.school.ee@tandem.example' },
        companyTutor: { email: 'tutor.company.ee@tandem.example' },
      },
    });
  });

  it('gives the demo tutor her next steps without one to form a tandem, and the coordinator a work queue (the acceptance queries)', async () => {
    const tutor = new GqlClient(t.baseUrl);
    await tutor.login('tutor.school.ee@tandem.example', DEMO_PASSWORD);
    const steps = await tutor.request<{ myNextSteps: { kind: string; done: boolean; href: string }[] }>(
      `query { myNextSteps { kind done href } }`,
    );
    expect(steps.errors).toBeUndefined();
    const kinds = steps.data?.myNextSteps.map((s) => s.kind) ?? [];
    expect(kinds).not.toContain('FORM_TANDEM');
    expect(kinds).toContain('SELF_ASSESSMENT');
    expect(steps.data?.myNextSteps.some((s) => s.done)).toBe(true);
    const coordinator = new GqlClient(t.baseUrl);
    await coordinator.login('coordinator.ee@tandem.example', DEMO_PASSWORD);
    const queue = await coordinator.request<{
      myWorkQueue: { kind: string; count: number; oldestAt: string | null }[];
    }>(`query { myWorkQueue { kind count oldestAt href } }`);
    expect(queue.errors).toBeUndefined();
    const by = new Map(queue.data?.myWorkQueue.map((i) => [i.kind, i]));
    expect(by.get('UNPAIRED_TUTORS')?.count).toBeGreaterThan(0);
    expect(by.get('SUBMISSIONS_TO_REVIEW')?.count).toBeGreaterThan(0);
  });

  it('lists the directory (the acceptance query)', async () => {
    const client = new GqlClient(t.baseUrl);
    await client.login('tutor.company.ee@tandem.example', DEMO_PASSWORD);
    const res = await client.request<{
      organisations: {
        totalCount: number;
        edges: { node: { id: string; name: string; kind: string; country: string } }[];
      };
    }>(`query { organisations(first: 50) { totalCount edges { node { id name kind country } } } }`);
    expect(res.errors).toBeUndefined();
    // 36 of the programme countries, the research institute, and the Finnish host company of the host offers.
    expect(res.data!.organisations.totalCount).toBe(38);
    expect(res.data!.organisations.edges).toHaveLength(38);
    expect(res.data!.organisations.edges.find((e) => e.node.name === 'Harju Metall OÜ')?.node).toMatchObject({
      kind: 'COMPANY',
      country: 'EE',
    });
  });

  describe('the stories the demo tells (the other specs build their own data)', () => {
    const signedIn = async (email: string) => {
      const client = new GqlClient(t.baseUrl);
      expect(errorCode(await client.login(email, DEMO_PASSWORD))).toBeUndefined();
      return client;
    };

    it('tells the cockpit’s story: about 40 % of the target trained, Lithuania behind its split, a forecast short of 800', async () => {
      const admin = await signedIn('admin@tandem.example');
      const res = await admin.request<{
        targetProgress: {
          target: number;
          trained: number;
          forecastTrained: number;
          byCountry: { country: string; trained: number }[];
          burnUp: { trained: number | null }[];
        };
      }>(
        `query { targetProgress { target trained forecastTrained byCountry { country trained } burnUp { trained } } }`,
      );
      expect(res.errors).toBeUndefined();
      const p = res.data!.targetProgress;
      expect(p.target).toBe(800);
      expect(p.trained / 800).toBeGreaterThan(0.33);
      expect(p.trained / 800).toBeLessThan(0.47);
      const share = (country: string, split: number) =>
        p.byCountry.filter((c) => c.country === country).reduce((sum, c) => sum + c.trained, 0) / split;
      expect(share('LT', 300)).toBeLessThan(share('EE', 200) - 0.15);
      expect(share('LT', 300)).toBeLessThan(share('LV', 300) - 0.15);
      expect(p.forecastTrained).toBeGreaterThan(p.trained);
      expect(p.forecastTrained).toBeLessThan(800);
      // the burn-up rises over the past months, not in one jump on the day the demo was loaded
      const past = p.burnUp.filter((b) => b.trained !== null);
      const monthAgo = past[past.length - 6]?.trained ?? 0;
      expect(monthAgo).toBeGreaterThan(0);
      expect(monthAgo).toBeLessThan(p.trained);
    });

    it('has its rounds in order, each closing late in the evening: the final one after the after-module-3 one', async () => {
      const rounds: { kind: string; module_number: number | null; opens_at: Date; closes_at: Date }[] =
        await t.db.query(`SELECT kind, module_number, opens_at, closes_at FROM assessment_round ORDER BY opens_at`);
      expect(rounds.map((r) => r.kind + (r.module_number ?? ''))).toEqual([
        'BASELINE',
        'AFTER_MODULE1',
        'AFTER_MODULE2',
        'AFTER_MODULE3',
        'FINAL',
      ]);
      for (const r of rounds) expect(r.closes_at.toISOString().slice(11, 16)).toBe('20:59');
      expect(rounds[4].opens_at.getTime()).toBeGreaterThan(rounds[3].closes_at.getTime());
    });

    it('has sessions a coordinator would believe: 08:00–18:00 local time, each with a trainer, for its module’s contact hours', async () => {
      const sessions: {
        code: string;
        starts: string;
        ends: string;
        hours: number;
        contact: number;
        trainers: number;
      }[] = await t.db.query(
        `SELECT m.code, to_char(s.starts_at AT TIME ZONE s.time_zone, 'HH24:MI') AS starts,
                to_char(s.ends_at AT TIME ZONE s.time_zone, 'HH24:MI') AS ends, s.hours::float AS hours,
                mv.contact_hours::float AS contact,
                (SELECT count(*)::int FROM session_trainer st WHERE st.session_id = s.id) AS trainers
           FROM training_session s JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id`,
      );
      expect(sessions.length).toBeGreaterThan(100);
      const odd = sessions.filter(
        (s) => s.starts < '08:00' || s.starts > '18:00' || s.ends < '08:00' || s.ends > '18:00' || s.ends <= s.starts,
      );
      expect(odd).toEqual([]);
      expect(sessions.filter((s) => s.trainers === 0)).toEqual([]);
      expect(sessions.filter((s) => s.hours !== s.contact)).toEqual([]);
      // The deadline is before the start: nobody books a session already under way.
      const [{ late }] = await t.db.query(
        `SELECT count(*)::int AS late FROM training_session WHERE enrolment_deadline > starts_at`,
      );
      expect(late).toBe(0);
    });

    it('has a rule whose national hours each country’s approved programme can give', async () => {
      const [rule] = await t.db.query(`SELECT min_national_hours::float AS hours FROM completion_rule`);
      expect(rule.hours).toBeGreaterThan(0);
      const programmes: { country: string; hours: number }[] = await t.db.query(
        `SELECT p.country_code::text AS country, sum(mv.contact_hours)::float AS hours
           FROM national_programme p
           JOIN national_programme_item i ON i.programme_id = p.id
           JOIN module m ON m.id = i.module_id AND m.kind = 'NATIONAL'
           JOIN module_version mv ON mv.module_id = m.id AND mv.status = 'PUBLISHED'
          WHERE p.status = 'APPROVED'
          GROUP BY 1 ORDER BY 1`,
      );
      expect(programmes.map((p) => p.country)).toEqual(['EE', 'LT', 'LV']);
      for (const p of programmes) expect({ ...p, reachable: p.hours >= rule.hours }).toMatchObject({ reachable: true });
    });

    it('has self-assessments with growth after joint module 1 and differences between school and company tutors', async () => {
      // The network's demo tutors (the completion demo adds a historical cohort of its own).
      const emails = DEMO_TUTORS.map((x) => x.email);
      const [counts] = await t.db.query(
        `SELECT count(*) FILTER (WHERE r.kind = 'BASELINE')::int AS baseline, count(*) FILTER (WHERE r.kind = 'AFTER_MODULE')::int AS after1, $1::int AS tutors
           FROM self_assessment s JOIN assessment_round r ON r.id = s.round_id JOIN person p ON p.id = s.person_id
          WHERE s.status = 'SUBMITTED' AND p.email = ANY($2::text[])`,
        [emails.length, emails],
      );
      expect(counts.baseline / counts.tutors).toBeGreaterThan(0.8);
      expect(counts.after1 / counts.tutors).toBeGreaterThan(0.65);
      const means: { kind: string; side: string; area: string; mean: number }[] = await t.db.query(
        `SELECT r.kind, tp.side, a.code AS area, avg(x.level)::float AS mean FROM rating x JOIN self_assessment s ON s.id = x.self_assessment_id AND s.status = 'SUBMITTED'
           JOIN assessment_round r ON r.id = s.round_id JOIN tutor_profile tp ON tp.person_id = s.person_id
           JOIN competence c ON c.id = x.competence_id JOIN competence_area a ON a.id = c.area_id GROUP BY 1, 2, 3`,
      );
      const m = (kind: string, side: string, area: string) =>
        means.find((r) => r.kind === kind && r.side === side && r.area === area)!.mean;
      expect(m('AFTER_MODULE', 'SCHOOL', 'PLAN')).toBeGreaterThan(m('BASELINE', 'SCHOOL', 'PLAN') + 0.3);
      expect(m('BASELINE', 'SCHOOL', 'ASSESS')).toBeGreaterThan(m('BASELINE', 'COMPANY', 'ASSESS') + 0.5);
      expect(m('BASELINE', 'COMPANY', 'SAFE')).toBeGreaterThan(m('BASELINE', 'SCHOOL', 'SAFE') + 0.5);
    });

    it('has submissions in every state in every country; the EE demo tandem has one ACCEPTED and one DRAFT its company tutor confirmed', async () => {
      const rows: { country: string; status: string }[] = await t.db.query(
        `SELECT DISTINCT o.country_code::text AS country, s.status FROM assignment_submission s JOIN tandem t ON t.id = s.tandem_id
           JOIN tutor_profile tp ON tp.person_id = t.school_tutor_id JOIN organisation o ON o.id = tp.organisation_id`,
      );
      for (const country of ['EE', 'LV', 'LT'])
        expect(
          rows
            .filter((r) => r.country === country)
            .map((r) => r.status)
            .sort(),
        ).toEqual(['ACCEPTED', 'DRAFT', 'NEEDS_REVISION', 'SUBMITTED']);
      const tutor = await signedIn('tutor.school.ee@tandem.example');
      const res = await tutor.request<{
        myAssignments: {
          assignment: { moduleCode: string };
          submission: { status: string; confirmedByPartner: boolean; reviewedByName: string | null } | null;
        }[];
      }>(
        `query { myAssignments { assignment { moduleCode } submission { status confirmedByPartner reviewedByName } } }`,
      );
      expect(res.data!.myAssignments.map((m) => [m.assignment.moduleCode, m.submission?.status ?? null])).toEqual([
        ['JM1', 'ACCEPTED'],
        ['JM1', 'DRAFT'],
        ['EE-N2', null],
      ]);
      expect(res.data!.myAssignments[0].submission?.reviewedByName).toBe('Tiina Mägi');
      expect(res.data!.myAssignments[1].submission?.confirmedByPartner).toBe(true);
    });

    it('suggests the demo tutor toolbox resources for her lowest-rated competences on JM1 (issue 18)', async () => {
      const tutor = await signedIn('tutor.school.ee@tandem.example');
      const [jm1] = await t.db.query(`SELECT id FROM module WHERE code = 'JM1'`);
      const res = await tutor.request<{
        suggestedResources: { resource: { title: string }; reasons: { code: string; level: number }[] }[];
      }>(`query S($m: ID) { suggestedResources(moduleId: $m) { resource { title } reasons { code level } } }`, {
        m: jm1.id,
      });
      expect(res.errors).toBeUndefined();
      const list = res.data!.suggestedResources;
      expect(list.length).toBeGreaterThan(1);
      expect(list[0].reasons.length).toBeGreaterThan(0);
      const lowest = list.map((s) => Math.min(...s.reasons.map((r) => r.level), Infinity));
      expect([...lowest].sort((a, b) => a - b)).toEqual(lowest);
    });

    it('has host offers of a Finnish and a Latvian company with requests in each state (issue 18)', async () => {
      const coordinator = await signedIn('coordinator.lv@tandem.example');
      const res = await coordinator.request<{
        hostOffers: { hostCountry: string; placesAccepted: number; requests: { status: string }[] }[];
      }>(`query { hostOffers { hostCountry placesAccepted requests { status } } }`);
      expect(res.errors).toBeUndefined();
      const offers = res.data!.hostOffers;
      expect(offers.map((o) => o.hostCountry).sort()).toEqual(['FI', 'LV']);
      const states = await t.db.query(`SELECT DISTINCT status FROM host_offer_request ORDER BY 1`);
      expect(states.map((r: { status: string }) => r.status)).toEqual(['ACCEPTED', 'DECLINED', 'REQUESTED']);
      const [{ consistent }] = await t.db.query(
        `SELECT bool_and(h.places_accepted = (SELECT coalesce(sum(r.places), 0) FROM host_offer_request r
                                                WHERE r.offer_id = h.id AND r.status = 'ACCEPTED')) AS consistent
           FROM host_offer h`,
      );
      expect(consistent).toBe(true);
    });

    it('has a needs analysis with stakeholder links, some answered, the counts in the coordinator’s country (issue 14)', async () => {
      const coordinator = await signedIn('coordinator.ee@tandem.example');
      const list = await coordinator.request<{ surveys: { id: string; kind: string }[] }>(
        `query { surveys { id kind } }`,
      );
      const needs = list.data!.surveys.find((s) => s.kind === 'NEEDS_ANALYSIS');
      expect(needs).toBeDefined();
      const res = await coordinator.request<{
        surveyInvitationCounts: { countryCode: string; invitedCount: number; answeredCount: number }[];
      }>(`query C($id: ID!) { surveyInvitationCounts(surveyId: $id) { countryCode invitedCount answeredCount } }`, {
        id: needs!.id,
      });
      expect(res.errors).toBeUndefined();
      const counts = res.data!.surveyInvitationCounts;
      expect(new Set(counts.map((c) => c.countryCode))).toEqual(new Set(['EE']));
      expect(counts.reduce((n, c) => n + c.invitedCount, 0)).toBe(12);
      expect(counts.reduce((n, c) => n + c.answeredCount, 0)).toBe(8);
    });

    it('compares joint module 1 version 1 with version 2, both shown, version 2 better on what it changed (issue 14)', async () => {
      const admin = await signedIn('admin@tandem.example');
      const [jm1] = await t.db.query(
        `SELECT sv.id FROM survey sv JOIN training_session s ON s.id = sv.session_id
           JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id
          WHERE m.code = 'JM1' AND mv.version = 1`,
      );
      const compare = (questionCode: string) =>
        admin.request<{
          surveyQuestionComparison: {
            groups: { moduleVersion: number; suppressed: boolean; count: number | null; mean: number | null }[];
          };
        }>(
          `query C($id: ID!, $code: String!) { surveyQuestionComparison(surveyId: $id, questionCode: $code, by: MODULE_VERSION) {
             groups { moduleVersion suppressed count mean } } }`,
          { id: jm1.id, code: questionCode },
        );
      for (const code of ['Q1', 'Q3', 'Q4']) {
        const res = await compare(code);
        expect(res.errors).toBeUndefined();
        const groups = res.data!.surveyQuestionComparison.groups;
        expect(groups.map((g) => [g.moduleVersion, g.suppressed])).toEqual([
          [1, false],
          [2, false],
        ]);
        expect(groups[0].count).toBeGreaterThanOrEqual(10);
        // Better, not the same: a realistic step up.
        const step = (groups[1].mean as number) - (groups[0].mean as number);
        expect({ code, better: step > 0.2 && step < 1.5 }).toEqual({ code, better: true });
      }
      // The same people answered the same question about as well in both versions where nothing changed.
      const useful = (await compare('Q2')).data!.surveyQuestionComparison.groups;
      expect(Math.abs((useful[1].mean as number) - (useful[0].mean as number))).toBeLessThan(0.3);
    });

    it('has CONFIDENTIAL feedback in the researchers’ export, and no ANONYMOUS response linked to anyone (issue 14)', async () => {
      const modes: { mode: string; surveys: number; responses: number; linked: number }[] = await t.db.query(
        `SELECT sv.mode, count(DISTINCT sv.id)::int AS surveys, count(r.id)::int AS responses, count(l.response_id)::int AS linked
           FROM survey sv JOIN survey_response r ON r.survey_id = sv.id
           LEFT JOIN survey_response_link l ON l.response_id = r.id GROUP BY sv.mode ORDER BY sv.mode`,
      );
      expect(modes.find((m) => m.mode === 'ANONYMOUS')).toMatchObject({ linked: 0 });
      // The network's joint module 1 session only.
      const confidential = modes.find((m) => m.mode === 'CONFIDENTIAL');
      expect(confidential?.surveys).toBe(1);
      expect(confidential?.responses).toBeGreaterThanOrEqual(20);
      expect(confidential?.linked).toBe(confidential?.responses);
      const researcher = await signedIn('researcher@tandem.example');
      const get = (path: string) =>
        fetch(`${t.baseUrl}${path}`, {
          headers: { cookie: researcher.cookie ?? '', 'x-forwarded-for': researcher.ip },
        });
      const csv = await get('/api/surveys/research-answers.csv');
      expect(csv.status).toBe(200);
      const lines = (await csv.text()).trim().split('\r\n');
      expect(lines.length).toBeGreaterThan(100);
      const codebook = await get('/api/surveys/research-codebook.csv');
      expect(codebook.status).toBe(200);
      const xlsx = await get('/api/surveys/research-answers.xlsx');
      expect(xlsx.status).toBe(200);
      expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      // Only consenting respondents are in it.
      const [{ refused }] = await t.db.query(
        `SELECT count(*)::int AS refused FROM survey_response_link l
           JOIN person_consent c ON c.person_id = l.person_id AND c.purpose = 'RESEARCH' AND NOT c.granted`,
      );
      expect(refused).toBeGreaterThan(0);
    });

    it('checks the tandem workshop with the feedback of joint module 1 before (version 1) and after (version 2)', async () => {
      await loadDemoEvidence(t.app, silent);
      const [action] = await t.db.query(
        `SELECT a.check_before AS before, a.check_after AS after FROM improvement_action a WHERE a.status = 'CHECKED'`,
      );
      const versionOf = async (surveyId: string) =>
        (
          await t.db.query(
            `SELECT mv.version FROM survey sv JOIN training_session s ON s.id = sv.session_id
               JOIN module_version mv ON mv.id = s.module_version_id WHERE sv.id = $1`,
            [surveyId],
          )
        )[0]?.version;
      expect(await versionOf(action.before.surveyId)).toBe(1);
      expect(await versionOf(action.after.surveyId)).toBe(2);
      expect(action.after.mean).toBeGreaterThan(action.before.mean);
      expect(action.before.groupSize).toBeGreaterThanOrEqual(10);
    });
  });
});
