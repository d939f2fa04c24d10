import {
  givenCompetenceProfile,
  givenEdition,
  givenModule,
  givenRound,
  givenSelfAssessment,
  givenTandem,
  givenTutor,
  type GivenProfile,
} from './support/factories';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { cast, signInAsPerson, type SignedInClient } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface RatingShape {
  competence: { id: string; code: string };
  level: number;
  evidence: string | null;
}
interface SelfAssessmentShape {
  id: string;
  status: string;
  sharedWithPartner: boolean;
  canEdit: boolean;
  isMine: boolean;
  round: { id: string; kind: string; moduleNumber: number | null; isOpen: boolean };
  ratings: RatingShape[];
}
interface CellShape {
  competenceCode: string;
  countryCode: string | null;
  side: string | null;
  suppressed: boolean;
  count: number | null;
  meanLevel: number | null;
  changeSuppressed: boolean;
  meanChange: number | null;
}
const SA = `id status sharedWithPartner canEdit isMine round { id kind moduleNumber isOpen } ratings { competence { id code } level evidence }`;
const MINE = `query { mySelfAssessments { ${SA} } }`;
const GET = `query G($id: ID!) { selfAssessment(id: $id) { ${SA} } }`;
const SAVE = `mutation S($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { ${SA} } }`;
const SUBMIT = `mutation U($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) { ${SA} } }`;
const SHARE = `mutation H($input: ShareSelfAssessmentInput!) { shareSelfAssessment(input: $input) { ${SA} } }`;
const ROUNDS = `query { assessmentRounds { id kind moduleNumber isOpen profileVersion } }`;
const COMPARE = `query { tandemComparison { round { kind } mineShared partnerShared schoolTutorName companyTutorName rows { competence { code } schoolLevel companyLevel difference } } }`;
const INSIGHTS = `query I($roundId: ID!, $countryCode: String, $side: String) {
  competenceInsights(roundId: $roundId, countryCode: $countryCode, side: $side) {
    minGroupSize countryCodes competences { code }
    cells { competenceCode countryCode side suppressed count meanLevel changeSuppressed meanChange } } }`;
const OPEN_ROUND = `mutation O($input: OpenAssessmentRoundInput!) { openAssessmentRound(input: $input) { id kind moduleNumber isOpen } }`;

const fieldsOf = (res: GqlResponse<unknown>) =>
  (res.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined)?.map((f) => f.field);
const DAY = 86_400_000;

describe('competence profile and self-assessments', () => {
  let t: TestApp;
  const staff = cast(() => t, {
    admin: { role: 'ADMIN' },
    'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE' },
    'coordinator.lv': { role: 'COORDINATOR', countryCode: 'LV' },
    'trainer.ee': { role: 'TRAINER', countryCode: 'EE' },
    'trainer.lv': { role: 'TRAINER', countryCode: 'LV' },
    manager: { role: 'MANAGER', organisationIn: 'EE' },
    researcher: { role: 'RESEARCHER' },
    observer: { role: 'OBSERVER' },
  });
  type Staff = Parameters<typeof staff>[0];
  /** The spec's tandem (tutor.school.ee, tutor.company.ee) and every other tutor by e-mail. */
  const tutors = new Map<string, SignedInClient>();
  const as = async (who: string): Promise<GqlClient> => {
    if (!tutors.has(who) && who.includes('@')) {
      const [person] = await t.db.query(`SELECT id FROM person WHERE email = $1`, [who]);
      tutors.set(who, await signInAsPerson(t, { id: person.id, email: who }));
    }
    return tutors.get(who) ?? staff(who as Staff);
  };
  const rounds = async () =>
    (
      await (
        await as('admin')
      ).request<{ assessmentRounds: { id: string; kind: string; moduleNumber: number | null }[] }>(ROUNDS)
    ).data!.assessmentRounds;
  const roundId = async (kind: string, moduleNumber: number | null = null) =>
    (await rounds()).find((r) => r.kind === kind && r.moduleNumber === moduleNumber)!.id;
  const competenceIds = async (): Promise<{ id: string; code: string }[]> =>
    t.db.query(
      `SELECT c.id, c.code FROM competence c JOIN competence_profile p ON p.id = c.profile_id AND p.status = 'PUBLISHED' JOIN competence_area a ON a.id = c.area_id ORDER BY a.position, c.position`,
    );
  /** A tutor (e-mail) of the edition in a country who has not started AFTER_MODULE 1, skipping `skip`. */
  const freshTutor = async (country: string, skip = 0): Promise<string> => {
    const after1 = await roundId('AFTER_MODULE', 1);
    const rows = await t.db.query(
      `SELECT p.email FROM tutor_participation x JOIN person p ON p.id = x.person_id JOIN tutor_profile tp ON tp.person_id = p.id
         JOIN organisation o ON o.id = tp.organisation_id
        WHERE o.country_code = $1 AND NOT EXISTS (SELECT 1 FROM self_assessment s WHERE s.person_id = p.id AND s.round_id = $2)
        ORDER BY p.email OFFSET $3 LIMIT 1`,
      [country, after1, skip],
    );
    return rows[0].email;
  };
  const save = (client: GqlClient, input: Record<string, unknown>) =>
    client.request<{ saveSelfAssessment: SelfAssessmentShape }>(SAVE, { input });
  const submit = (client: GqlClient, id: string) =>
    client.request<{ submitSelfAssessment: SelfAssessmentShape }>(SUBMIT, { input: { id } });
  const mine = async (who: string) =>
    (await (await as(who)).request<{ mySelfAssessments: SelfAssessmentShape[] }>(MINE)).data!.mySelfAssessments;

  /**
   * The edition running today: a published profile of six areas of four competences, a closed
   * BASELINE round and an open AFTER_MODULE 1 round; a tandem that submitted and shared its baseline
   * (the school tutor has begun AFTER_MODULE 1); a cohort of ten who grew after joint module 1 (half
   * consenting to research); and tutors of each country who have not begun.
   */
  let profile: GivenProfile;
  beforeAll(async () => {
    t = await startTestApp();
    const edition = await givenEdition(t.db);
    profile = await givenCompetenceProfile(t.db, {
      areas: ['PLAN', 'COOP', 'GUIDE', 'ASSESS', 'SAFE', 'DEV'],
      titles: { 'SAFE.1': { en: 'Occupational safety', et: 'Tööohutus' } },
    });
    const baseline = await givenRound(t.db, {
      edition,
      profile,
      kind: 'BASELINE',
      opensInDays: -90,
      closesInDays: -60,
    });
    const after1 = await givenRound(t.db, {
      edition,
      profile,
      kind: 'AFTER_MODULE',
      moduleNumber: 1,
      opensInDays: -5,
      closesInDays: 30,
    });
    const school = await givenTutor(t.db, { edition, side: 'SCHOOL', preferredLanguage: 'et' });
    const company = await givenTutor(t.db, { edition, side: 'COMPANY' });
    await givenTandem(t.db, { edition, school, company });
    tutors.set('tutor.school.ee', await signInAsPerson(t, school));
    tutors.set('tutor.company.ee', await signInAsPerson(t, company));
    const level = (offset: number) => (i: number) => 1 + ((i + offset) % 4);
    for (const [person, offset] of [
      [school, 0],
      [company, 2],
    ] as const)
      await givenSelfAssessment(t.db, {
        roundId: baseline,
        profile,
        personId: person.id,
        shared: true,
        level: level(offset),
      });
    await givenSelfAssessment(t.db, {
      roundId: after1,
      profile,
      personId: school.id,
      status: 'DRAFT',
      shared: true,
      rated: 5,
    });
    for (const country of ['EE', 'LV'])
      for (let i = 0; i < 5; i++) {
        const tutor = await givenTutor(t.db, {
          edition,
          countryCode: country,
          side: i % 2 ? 'COMPANY' : 'SCHOOL',
          researchConsent: i % 2 === 0,
        });
        await givenSelfAssessment(t.db, { roundId: baseline, profile, personId: tutor.id, level: () => 2 });
        await givenSelfAssessment(t.db, { roundId: after1, profile, personId: tutor.id, level: () => 3 });
      }
    for (const country of ['EE', 'LV', 'LT'])
      for (let i = 0; i < 14; i++)
        await givenTutor(t.db, { edition, countryCode: country, side: i % 2 ? 'COMPANY' : 'SCHOOL' });
    const jm1 = await givenModule(t.db, { edition, number: 1, code: 'JM1' });
    await givenModule(t.db, { edition, number: 2, code: 'JM2' });
    await givenModule(t.db, { edition, countryCode: 'EE', code: 'EE-N3' });
    for (const code of ['COOP.3', 'PLAN.2', 'COOP.1', 'PLAN.4', 'PLAN.1', 'COOP.4', 'PLAN.3', 'COOP.2'])
      await t.db.query(`INSERT INTO module_competence (module_id, competence_code) VALUES ($1, $2)`, [jm1.id, code]);
  });
  afterAll(() => t.close());

  describe('the acceptance queries', () => {
    it('reads the published profile: six areas, 24 competences with four level descriptors in five languages', async () => {
      const res = await (
        await as('tutor.school.ee')
      ).request<{
        competenceProfile: {
          version: number;
          scaleLevels: number;
          areas: {
            code: string;
            competences: { code: string; title: string; levels: string[]; missingLanguages: string[] }[];
          }[];
        };
      }>(
        `query { competenceProfile { version scaleLevels areas { code competences { code title levels missingLanguages } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const p = res.data!.competenceProfile;
      expect(p.version).toBe(1);
      expect(p.areas).toHaveLength(6);
      const competences = p.areas.flatMap((a) => a.competences);
      expect(competences).toHaveLength(24);
      expect(competences.every((c) => c.levels.length === 4 && c.missingLanguages.length === 0)).toBe(true);
      // The viewer reads their language (tutor.school.ee: Estonian).
      expect(competences.find((c) => c.code === 'SAFE.1')!.title).toBe('Tööohutus');
    });

    it('lists a tutor’s BASELINE (submitted, every competence) and AFTER_MODULE 1 (a draft begun)', async () => {
      const res = await (
        await as('tutor.school.ee')
      ).request<{
        mySelfAssessments: {
          round: { kind: string };
          status: string;
          ratings: { competence: { code: string }; level: number }[];
        }[];
      }>(`query { mySelfAssessments { round { kind } status ratings { competence { code } level } } }`);
      expect(res.errors).toBeUndefined();
      const [baseline, after1] = res.data!.mySelfAssessments;
      expect(baseline).toMatchObject({ round: { kind: 'BASELINE' }, status: 'SUBMITTED' });
      expect(baseline.ratings).toHaveLength(24);
      expect(baseline.ratings.every((r) => r.level >= 1 && r.level <= 4)).toBe(true);
      expect(after1).toMatchObject({ round: { kind: 'AFTER_MODULE' }, status: 'DRAFT' });
      expect(after1.ratings.length).toBeGreaterThan(0);
    });
  });

  describe('privacy of individual ratings', () => {
    it('lets the partner read a submitted, shared self-assessment and nobody else (NOT_FOUND or FORBIDDEN, never data)', async () => {
      const [baseline, draft] = await mine('tutor.school.ee');
      const partner = await (
        await as('tutor.company.ee')
      ).request<{ selfAssessment: SelfAssessmentShape }>(GET, { id: baseline.id });
      expect(partner.errors).toBeUndefined();
      expect(partner.data!.selfAssessment.ratings).toHaveLength(24);
      expect(partner.data!.selfAssessment.isMine).toBe(false);
      // A shared draft stays private until submitted.
      expect(errorCode(await (await as('tutor.company.ee')).request(GET, { id: draft.id }))).toBe('NOT_FOUND');
      // Another tutor of the same country.
      const other = await freshTutor('EE');
      const res = await (await as(other)).request(GET, { id: baseline.id });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
      for (const who of ['trainer.ee', 'coordinator.ee', 'admin', 'manager', 'researcher', 'observer']) {
        const r = await (await as(who)).request(GET, { id: baseline.id });
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(r));
        expect(r.data).toBeNull();
      }
    });

    it('hides it from the partner once the owner stops sharing, and only the owner changes sharing', async () => {
      const [baseline] = await mine('tutor.school.ee');
      expect(
        errorCode(await (await as('tutor.company.ee')).request(SHARE, { input: { id: baseline.id, shared: false } })),
      ).toBe('NOT_FOUND');
      const res = await (
        await as('tutor.school.ee')
      ).request<{ shareSelfAssessment: SelfAssessmentShape }>(SHARE, { input: { id: baseline.id, shared: false } });
      expect(res.data!.shareSelfAssessment.sharedWithPartner).toBe(false);
      expect(errorCode(await (await as('tutor.company.ee')).request(GET, { id: baseline.id }))).toBe('NOT_FOUND');
      const compare = await (
        await as('tutor.company.ee')
      ).request<{ tandemComparison: { mineShared: boolean; partnerShared: boolean; rows: unknown[] } }>(COMPARE);
      expect(compare.data!.tandemComparison).toMatchObject({ mineShared: true, partnerShared: false, rows: [] });
      await (await as('tutor.school.ee')).request(SHARE, { input: { id: baseline.id, shared: true } });
    });

    it('refuses to submit or share another tutor’s self-assessment', async () => {
      const [, draft] = await mine('tutor.school.ee');
      const other = await as(await freshTutor('EE'));
      expect(errorCode(await submit(other, draft.id))).toBe('NOT_FOUND');
      expect(errorCode(await other.request(SHARE, { input: { id: draft.id, shared: false } }))).toBe('NOT_FOUND');
      expect(errorCode(await submit(await as('tutor.company.ee'), draft.id))).toBe('NOT_FOUND');
      expect(errorCode(await submit(await as('trainer.ee'), draft.id))).toBe('FORBIDDEN');
      const [row] = await t.db.query(`SELECT status, shared_with_partner FROM self_assessment WHERE id = $1`, [
        draft.id,
      ]);
      expect(row).toEqual({ status: 'DRAFT', shared_with_partner: true });
    });
  });

  describe('the tandem comparison', () => {
    it('shows school vs company partner where both shared, biggest differences first', async () => {
      const res = await (
        await as('tutor.school.ee')
      ).request<{
        tandemComparison: {
          round: { kind: string };
          mineShared: boolean;
          partnerShared: boolean;
          rows: { competence: { code: string }; schoolLevel: number; companyLevel: number; difference: number }[];
        };
      }>(COMPARE);
      expect(res.errors).toBeUndefined();
      const c = res.data!.tandemComparison;
      expect(c).toMatchObject({ round: { kind: 'BASELINE' }, mineShared: true, partnerShared: true });
      expect(c.rows).toHaveLength(24);
      const diffs = c.rows.map((r) => r.difference);
      expect(diffs).toEqual([...diffs].sort((a, b) => b - a));
      expect(c.rows.every((r) => r.difference === Math.abs(r.schoolLevel - r.companyLevel))).toBe(true);
    });
  });

  describe('saving and submitting', () => {
    it('holds "submitted once, then read-only" in the database too', async () => {
      const [row] = await t.db.query(
        `SELECT s.id, x.competence_id FROM self_assessment s JOIN rating x ON x.self_assessment_id = s.id WHERE s.status = 'SUBMITTED' LIMIT 1`,
      );
      await expect(
        // A real change: the erasure path lets an unchanged level with no evidence through.
        t.db.query(
          `UPDATE rating SET level = CASE WHEN level = 1 THEN 2 ELSE 1 END WHERE self_assessment_id = $1 AND competence_id = $2`,
          [row.id, row.competence_id],
        ),
      ).rejects.toThrow(/read-only/);
      await expect(
        t.db.query(`UPDATE self_assessment SET status = 'DRAFT', submitted_at = NULL WHERE id = $1`, [row.id]),
      ).rejects.toThrow(/cannot change/);
      // The owner's sharing choice is no change of content.
      await t.db.query(`UPDATE self_assessment SET shared_with_partner = shared_with_partner WHERE id = $1`, [row.id]);
    });

    it('saves a draft as the tutor goes and submits it once; two submits at once give one submission', async () => {
      const email = await freshTutor('LV');
      const client = await as(email);
      const after1 = await roundId('AFTER_MODULE', 1);
      const ids = await competenceIds();
      // Two first saves at the same moment land on one draft.
      const [a, b] = await Promise.all([
        save(client, {
          roundId: after1,
          ratings: [{ competenceId: ids[0].id, level: 2, evidence: 'Planned the first week with my partner.' }],
        }),
        save(client, { roundId: after1, ratings: [{ competenceId: ids[1].id, level: 3 }] }),
      ]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(a.data!.saveSelfAssessment.id).toBe(b.data!.saveSelfAssessment.id);
      const id = a.data!.saveSelfAssessment.id;
      // Not every competence rated yet.
      const early = await submit(client, id);
      expect(errorCode(early)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(early)).toContain(`ratings.${ids[5].code}`);
      const full = await save(client, {
        roundId: after1,
        sharedWithPartner: true,
        ratings: ids.map((c, i) => ({ competenceId: c.id, level: 1 + (i % 4) })),
      });
      expect(full.data!.saveSelfAssessment.ratings).toHaveLength(24);
      expect(full.data!.saveSelfAssessment.ratings[0].evidence).toBe('Planned the first week with my partner.');
      const results = await Promise.all([submit(client, id), submit(client, id), submit(client, id)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'ALREADY_SUBMITTED')).toHaveLength(2);
      const [row] = await t.db.query(`SELECT status, submitted_at FROM self_assessment WHERE id = $1`, [id]);
      expect(row.status).toBe('SUBMITTED');
      const [audits] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'submitSelfAssessment' AND target_id = $1`,
        [id],
      );
      expect(audits.n).toBe(1);
      // Read-only once submitted.
      const edit = await save(client, { roundId: after1, ratings: [{ competenceId: ids[0].id, level: 4 }] });
      expect(errorCode(edit)).toBe('ALREADY_SUBMITTED');
      const [level] = await t.db.query(
        `SELECT level FROM rating WHERE self_assessment_id = $1 AND competence_id = $2`,
        [id, ids[0].id],
      );
      expect(level.level).toBe(1);
    });

    it('refuses bad input with VALIDATION_FAILED and changes nothing', async () => {
      const email = await freshTutor('LT');
      const client = await as(email);
      const after1 = await roundId('AFTER_MODULE', 1);
      const ids = await competenceIds();
      const first = await save(client, {
        roundId: after1,
        ratings: [{ competenceId: ids[0].id, level: 2, evidence: 'ok' }],
      });
      const id = first.data!.saveSelfAssessment.id;
      // A competence of another profile version (a draft version 2).
      const [draft] = await t.db.query(
        `INSERT INTO competence_profile (version, status) VALUES (2, 'DRAFT') RETURNING id`,
      );
      const [area] = await t.db.query(
        `INSERT INTO competence_area (profile_id, code, position, title) VALUES ($1, 'X', 1, '{"en":"X"}') RETURNING id`,
        [draft.id],
      );
      const [foreign] = await t.db.query(
        `INSERT INTO competence (profile_id, area_id, code, position, title) VALUES ($1, $2, 'X.1', 1, '{"en":"X"}') RETURNING id`,
        [draft.id, area.id],
      );
      const cases: [Record<string, unknown>, string][] = [
        [{ competenceId: ids[0].id, level: 5 }, 'ratings.0.level'],
        [{ competenceId: ids[0].id, level: 0 }, 'ratings.0.level'],
        [{ competenceId: foreign.id, level: 2 }, 'ratings.0.competenceId'],
        [{ competenceId: ids[0].id, level: 3, evidence: 'x'.repeat(2001) }, 'ratings.0.evidence'],
      ];
      for (const [rating, field] of cases) {
        const res = await save(client, { roundId: after1, ratings: [rating, { competenceId: ids[1].id, level: 3 }] });
        expect(errorCode(res)).toBe('VALIDATION_FAILED');
        expect(fieldsOf(res)).toContain(field);
      }
      const rows = await t.db.query(`SELECT competence_id, level, evidence FROM rating WHERE self_assessment_id = $1`, [
        id,
      ]);
      expect(rows).toEqual([{ competence_id: ids[0].id, level: 2, evidence: 'ok' }]);
      await t.db.query(`DELETE FROM competence_profile WHERE id = $1`, [draft.id]);
    });

    it('refuses a save or a late submission outside the window with ROUND_CLOSED, and a non-participant with FORBIDDEN', async () => {
      const email = await freshTutor('EE', 1);
      const client = await as(email);
      const ids = await competenceIds();
      const baseline = await roundId('BASELINE');
      expect(
        errorCode(await save(client, { roundId: baseline, ratings: [{ competenceId: ids[0].id, level: 2 }] })),
      ).toBe('ROUND_CLOSED');
      const after1 = await roundId('AFTER_MODULE', 1);
      const draft = await save(client, {
        roundId: after1,
        ratings: ids.map((c) => ({ competenceId: c.id, level: 2 })),
      });
      const id = draft.data!.saveSelfAssessment.id;
      const [{ closes_at }] = await t.db.query(`SELECT closes_at FROM assessment_round WHERE id = $1`, [after1]);
      await t.db.query(`UPDATE assessment_round SET closes_at = $2 WHERE id = $1`, [
        after1,
        new Date(Date.now() - DAY),
      ]);
      try {
        const late = await submit(client, id);
        expect(errorCode(late)).toBe('ROUND_CLOSED');
        const [row] = await t.db.query(`SELECT status FROM self_assessment WHERE id = $1`, [id]);
        expect(row.status).toBe('DRAFT');
      } finally {
        await t.db.query(`UPDATE assessment_round SET closes_at = $2 WHERE id = $1`, [after1, closes_at]);
      }
      expect(errorCode(await save(await as('trainer.ee'), { roundId: after1, ratings: [] }))).toBe('FORBIDDEN');
    });
  });

  describe('assessment rounds', () => {
    it('lets ADMIN open a round and refuses others, duplicates and a window that ends before it starts', async () => {
      const [edition] = await t.db.query(
        `INSERT INTO edition (programme_id, name, starts_on, ends_on, target_trained) SELECT id, 'Round test edition', current_date + 400, current_date + 700, 10 FROM programme LIMIT 1 RETURNING id`,
      );
      const input = {
        editionId: edition.id,
        kind: 'AFTER_MODULE',
        moduleNumber: 2,
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      };
      expect(errorCode(await (await as('coordinator.ee')).request(OPEN_ROUND, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await (await as('trainer.lv')).request(OPEN_ROUND, { input }))).toBe('FORBIDDEN');
      const bad = await (await as('admin')).request(OPEN_ROUND, { input: { ...input, closesAt: input.opensAt } });
      expect(fieldsOf(bad)).toEqual(['closesAt']);
      const noModule = await (await as('admin')).request(OPEN_ROUND, { input: { ...input, moduleNumber: null } });
      expect(fieldsOf(noModule)).toEqual(['moduleNumber']);
      const ok = await (
        await as('admin')
      ).request<{ openAssessmentRound: { kind: string; moduleNumber: number; isOpen: boolean } }>(OPEN_ROUND, {
        input,
      });
      expect(ok.data!.openAssessmentRound).toEqual({
        id: expect.any(String),
        kind: 'AFTER_MODULE',
        moduleNumber: 2,
        isOpen: true,
      });
      const twice = await (await as('admin')).request(OPEN_ROUND, { input });
      expect(twice.errors?.[0]?.extensions).toEqual({ code: 'DUPLICATE_ROUND', kind: 'AFTER_MODULE', moduleNumber: 2 });
    });
  });

  describe('aggregates (k-anonymity, k = 5)', () => {
    /** A round of a new edition with submitted self-assessments of the given numbers of tutors per country and side. */
    const roundWith = async (groups: Record<string, [number, number]>, name: string): Promise<string> => {
      const [edition] = await t.db.query(
        `INSERT INTO edition (programme_id, name, starts_on, ends_on, target_trained) SELECT id, $1, current_date + 400, current_date + 700, 10 FROM programme LIMIT 1 RETURNING id`,
        [name],
      );
      const [profile] = await t.db.query(`SELECT id FROM competence_profile WHERE status = 'PUBLISHED'`);
      const [round] = await t.db.query(
        `INSERT INTO assessment_round (edition_id, kind, opens_at, closes_at, profile_version_id) VALUES ($1, 'BASELINE', now() - interval '90 days', now() - interval '60 days', $2) RETURNING id`,
        [edition.id, profile.id],
      );
      for (const [country, [school, company]] of Object.entries(groups)) {
        for (const [side, n] of [
          ['SCHOOL', school],
          ['COMPANY', company],
        ] as const) {
          await t.db.query(
            `WITH people AS (
               SELECT tp.person_id FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                WHERE o.country_code = $2 AND tp.side = $3 ORDER BY tp.person_id LIMIT $4),
             sa AS (
               INSERT INTO self_assessment (round_id, profile_version_id, person_id) SELECT $1, $5, person_id FROM people RETURNING id)
             INSERT INTO rating (self_assessment_id, profile_version_id, competence_id, level)
             SELECT sa.id, $5, c.id, 3 FROM sa CROSS JOIN competence c WHERE c.profile_id = $5`,
            [round.id, country, side, n, profile.id],
          );
          await t.db.query(
            `UPDATE self_assessment SET status = 'SUBMITTED', submitted_at = now() - interval '70 days' WHERE round_id = $1 AND status = 'DRAFT'`,
            [round.id],
          );
        }
      }
      return round.id;
    };
    const insights = (client: GqlClient, variables: Record<string, unknown>) =>
      client.request<{ competenceInsights: { countryCodes: string[]; cells: CellShape[] } }>(INSIGHTS, variables);
    const cell = (cells: CellShape[], country: string | null, side: string | null, code = 'PLAN.1') =>
      cells.find((c) => c.competenceCode === code && c.countryCode === country && c.side === side);

    it('suppresses a group of 4 with a complementary cell, shows groups of 5, and narrowing filters shows the same cells', async () => {
      const roundId = await roundWith({ EE: [4, 6], LV: [5, 7] }, 'k-anonymity edition A');
      const all = await insights(await as('admin'), { roundId });
      expect(all.errors).toBeUndefined();
      const cells = all.data!.competenceInsights.cells;
      expect(cell(cells, 'EE', 'SCHOOL')).toMatchObject({ suppressed: true, count: null, meanLevel: null });
      expect(cell(cells, 'LV', 'SCHOOL')).toMatchObject({ suppressed: false, count: 5, meanLevel: 3 });
      expect(cell(cells, 'EE', null)).toMatchObject({ suppressed: false, count: 10 });
      // Complementary suppression: EE's company group and the side totals, so that the EE school group
      // follows neither from EE's total minus its company group nor from the school total minus LV.
      expect(
        cells
          .filter((c) => c.competenceCode === 'PLAN.1' && c.suppressed)
          .map((c) => `${c.countryCode}|${c.side}`)
          .sort(),
      ).toEqual(['EE|COMPANY', 'EE|SCHOOL', 'null|COMPANY', 'null|SCHOOL']);
      const published = (country: string | null, side: string | null) => !cell(cells, country, side)!.suppressed;
      expect(published('EE', null) && published('EE', 'COMPANY')).toBe(false);
      expect(published(null, 'SCHOOL') && published('LV', 'SCHOOL')).toBe(false);
      // Narrowed views show the same cells, never a less suppressed one.
      for (const filter of [{ countryCode: 'EE' }, { countryCode: 'EE', side: 'SCHOOL' }, { side: 'COMPANY' }]) {
        const narrowed = (await insights(await as('admin'), { roundId, ...filter })).data!.competenceInsights.cells;
        for (const c of narrowed) expect(c).toEqual(cell(cells, c.countryCode, c.side, c.competenceCode));
      }
      // A trainer sees the same EE cells, and nothing across countries.
      const trainer = (await insights(await as('trainer.ee'), { roundId })).data!.competenceInsights;
      expect(trainer.countryCodes).toEqual(['EE']);
      expect(trainer.cells.every((c) => c.countryCode === 'EE')).toBe(true);
      expect(cell(trainer.cells, 'EE', 'SCHOOL')).toEqual(cell(cells, 'EE', 'SCHOOL'));
    });

    it('shows every group when each has 5 or more people', async () => {
      const roundId = await roundWith({ EE: [5, 5], LV: [6, 5] }, 'k-anonymity edition B');
      const cells = (await insights(await as('observer'), { roundId })).data!.competenceInsights.cells;
      expect(cells.filter((c) => c.competenceCode === 'PLAN.1').every((c) => !c.suppressed)).toBe(true);
      expect(cell(cells, 'EE', 'SCHOOL')).toMatchObject({ count: 5, meanLevel: 3 });
      expect(cell(cells, null, null)).toMatchObject({ count: 21 });
    });

    it('refuses tutors and managers, and a country outside the viewer’s scope; trainers never see individual ratings', async () => {
      const after1 = await roundId('AFTER_MODULE', 1);
      for (const who of ['tutor.school.ee', 'manager'])
        expect(errorCode(await insights(await as(who), { roundId: after1 }))).toBe('FORBIDDEN');
      const lv = await insights(await as('trainer.ee'), { roundId: after1, countryCode: 'LV' });
      expect(errorCode(lv)).toBe('FORBIDDEN');
      expect(lv.data).toBeNull();
      const coordinator = await insights(await as('coordinator.lv'), { roundId: after1 });
      expect(coordinator.errors).toBeUndefined();
      expect(
        coordinator.data!.competenceInsights.cells.every(
          (c) => c.countryCode === 'LV' && (c.suppressed || c.count! >= 5),
        ),
      ).toBe(true);
      // The cohort grew after joint module 1.
      const researcher = (await insights(await as('researcher'), { roundId: after1 })).data!.competenceInsights;
      const total = cell(researcher.cells, null, null);
      expect(total!.meanChange).toBeGreaterThan(0);
    });
  });

  describe('exports', () => {
    const download = async (who: string, path: string) => {
      const client = await as(who);
      return fetch(`${t.baseUrl}${path}`, { headers: { cookie: client.cookie ?? '', 'x-forwarded-for': client.ip } });
    };

    it('exports the aggregates as CSV with the same scope and suppression as the page', async () => {
      const [round] = await t.db.query(
        `SELECT r.id FROM assessment_round r JOIN edition e ON e.id = r.edition_id WHERE e.name = 'k-anonymity edition A'`,
      );
      const res = await download('trainer.ee', `/api/competences/insights.csv?roundId=${round.id}`);
      expect(res.status).toBe(200);
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'competence,title,country,side,people,mean_level,people_with_baseline,mean_change_from_baseline,note',
      );
      const plan = lines.filter((l) => l.startsWith('PLAN.1,'));
      expect(plan.every((l) => l.includes(',EE,'))).toBe(true);
      expect(plan.find((l) => l.includes(',EE,SCHOOL,'))).toMatch(/,,,,,too few to show$/);
      expect(plan.find((l) => l.includes(',EE,BOTH,'))).toContain(',10,3,');
      expect((await download('tutor.school.ee', `/api/competences/insights.csv?roundId=${round.id}`)).status).toBe(403);
    });

    it('gives researchers a pseudonymised export of consenting tutors only, with a codebook; nobody else', async () => {
      for (const who of ['admin', 'trainer.ee', 'observer', 'tutor.school.ee'])
        expect((await download(who, '/api/competences/research-ratings.csv')).status).toBe(403);
      const res = await download('researcher', '/api/competences/research-ratings.csv');
      expect(res.status).toBe(200);
      const body = (await res.text()).replace(/^\uFEFF/, '');
      const rows = body
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(','));
      const pseudonyms = new Set(rows.map((r) => r[0]));
      const [{ consenting }] = await t.db.query(
        `SELECT count(DISTINCT s.person_id)::int AS consenting FROM self_assessment s JOIN person p ON p.id = s.person_id JOIN assessment_round r ON r.id = s.round_id
          JOIN edition e ON e.id = r.edition_id AND e.name NOT LIKE 'k-anonymity%' JOIN person_consent pc ON pc.person_id = p.id AND pc.purpose = 'RESEARCH' AND pc.granted WHERE s.status = 'SUBMITTED'`,
      );
      expect(pseudonyms.size).toBe(consenting);
      // No ids, names or e-mails in the export; the pseudonym is stable across exports.
      const ids: { id: string; email: string }[] = await t.db.query(`SELECT id, email FROM person`);
      for (const p of ids) expect(body.includes(p.id) || body.includes(p.email)).toBe(false);
      expect([...pseudonyms].every((p) => /^P-[0-9a-f]{16}$/.test(p))).toBe(true);
      const again = (await (await download('researcher', '/api/competences/research-ratings.csv')).text()).replace(
        /^\uFEFF/,
        '',
      );
      expect(again).toBe(body);
      const [nonConsenting] = await t.db.query(
        `SELECT person_id AS id FROM person_consent WHERE purpose = 'RESEARCH' AND NOT granted AND person_id IN (SELECT person_id FROM self_assessment WHERE status = 'SUBMITTED') LIMIT 1`,
      );
      const { createHash } = await import('node:crypto');
      expect(body.includes(createHash('sha256').update(nonConsenting.id).digest('hex').slice(0, 16))).toBe(false);
      const codebook = await download('researcher', '/api/competences/research-codebook.csv');
      expect(await codebook.text()).toContain('pseudonym');
    });

    it('exports the profile as JSON and as a translators’ spreadsheet', async () => {
      const json = await download('coordinator.lv', '/api/competence-profiles/1/profile.json');
      expect(json.status).toBe(200);
      const body = (await json.json()) as {
        version: number;
        areas: { code: string; competences: { code: string; texts: { language: string; levels: string[] }[] }[] }[];
      };
      expect(body.version).toBe(1);
      expect(body.areas.flatMap((a) => a.competences)).toHaveLength(24);
      expect(body.areas[0].competences[0].texts.map((x) => x.language)).toEqual(['en', 'et', 'lv', 'lt', 'ru']);
      const xlsx = await download('admin', '/api/competence-profiles/1/translations.xlsx');
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
      expect((await download('admin', '/api/competence-profiles/99/profile.json')).status).toBe(404);
    });
  });

  describe('modules and the competences they develop', () => {
    const GET_LINKS = `query M($moduleId: ID!) { moduleCompetences(moduleId: $moduleId) { canEdit competences { code title } } }`;
    const SET_LINKS = `mutation S($input: SetModuleCompetencesInput!) { setModuleCompetences(input: $input) { canEdit competences { code } } }`;
    const moduleId = async (code: string) =>
      (await t.db.query(`SELECT id FROM module WHERE code = $1`, [code]))[0].id as string;

    it('shows the competences a module develops in profile order, in the viewer’s language', async () => {
      const res = await (
        await as('tutor.school.ee')
      ).request<{ moduleCompetences: { canEdit: boolean; competences: { code: string; title: string }[] } }>(
        GET_LINKS,
        {
          moduleId: await moduleId('JM1'),
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.moduleCompetences.canEdit).toBe(false);
      expect(res.data!.moduleCompetences.competences.map((c) => c.code)).toEqual([
        'PLAN.1',
        'PLAN.2',
        'PLAN.3',
        'PLAN.4',
        'COOP.1',
        'COOP.2',
        'COOP.3',
        'COOP.4',
      ]);
    });

    it('lets the module’s editors set the links and refuses others and unknown codes', async () => {
      const national = await moduleId('EE-N3');
      expect(
        errorCode(
          await (
            await as('coordinator.lv')
          ).request(SET_LINKS, { input: { moduleId: national, competenceCodes: ['GUIDE.4'] } }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await (
            await as('coordinator.ee')
          ).request(SET_LINKS, { input: { moduleId: await moduleId('JM2'), competenceCodes: ['GUIDE.4'] } }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await (
            await as('tutor.school.ee')
          ).request(SET_LINKS, { input: { moduleId: national, competenceCodes: ['GUIDE.4'] } }),
        ),
      ).toBe('FORBIDDEN');
      const bad = await (
        await as('coordinator.ee')
      ).request(SET_LINKS, { input: { moduleId: national, competenceCodes: ['GUIDE.4', 'NOPE.1'] } });
      expect(errorCode(bad)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(bad)).toEqual(['competenceCodes.1']);
      const ok = await (
        await as('coordinator.ee')
      ).request<{ setModuleCompetences: { canEdit: boolean; competences: { code: string }[] } }>(SET_LINKS, {
        input: { moduleId: national, competenceCodes: ['GUIDE.4', 'GUIDE.3'] },
      });
      expect(ok.data!.setModuleCompetences).toEqual({
        canEdit: true,
        competences: [{ code: 'GUIDE.3' }, { code: 'GUIDE.4' }],
      });
    });
  });

  describe('the profile editor (ADMIN)', () => {
    const PROFILE = `id version status canEdit areas { code competences { code title levels missingLanguages } }`;
    const CREATE = `mutation { createCompetenceProfileDraft { ${PROFILE} } }`;
    const SAVE_DRAFT = `mutation D($input: SaveCompetenceProfileDraftInput!) { saveCompetenceProfileDraft(input: $input) { ${PROFILE} } }`;
    const PUBLISH = `mutation P($input: PublishCompetenceProfileInput!) { publishCompetenceProfile(input: $input) { ${PROFILE} } }`;
    type ProfileShape = {
      id: string;
      version: number;
      status: string;
      canEdit: boolean;
      areas: { code: string; competences: { code: string; title: string; missingLanguages: string[] }[] }[];
    };
    const levels = (p: string) => [1, 2, 3, 4].map((i) => `${p} ${i}`);

    it('starts one draft as a copy, edits it whole, refuses others and bad input, and publishing retires the old version', async () => {
      expect(errorCode(await (await as('coordinator.ee')).request(CREATE))).toBe('FORBIDDEN');
      const attempts = await Promise.all([
        (await as('admin')).request<{ createCompetenceProfileDraft: ProfileShape }>(CREATE),
        (await as('admin')).request(CREATE),
      ]);
      expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
      expect(attempts.filter((a) => errorCode(a) === 'DRAFT_EXISTS')).toHaveLength(1);
      const draft = (attempts.find((a) => !a.errors) as GqlResponse<{ createCompetenceProfileDraft: ProfileShape }>)
        .data!.createCompetenceProfileDraft;
      expect(draft).toMatchObject({ version: 2, status: 'DRAFT', canEdit: true });
      expect(draft.areas.flatMap((a) => a.competences)).toHaveLength(24);
      // Tutors do not see drafts.
      expect(
        errorCode(await (await as('tutor.school.ee')).request(`query { competenceProfile(version: 2) { id } }`)),
      ).toBe('NOT_FOUND');

      const input = {
        profileId: draft.id,
        scaleLevels: 4,
        levelNames: [{ language: 'en', title: '', levels: ['A', 'B', 'C', 'D'] }],
        areas: [
          {
            code: 'COOP',
            texts: [
              { language: 'en', title: 'Cooperation' },
              { language: 'et', title: 'Koostöö' },
            ],
            competences: [
              { code: 'COOP.2', texts: [{ language: 'en', title: 'Talking', levels: levels('talks') }] },
              {
                code: 'COOP.1',
                texts: [
                  { language: 'en', title: '=cmd|calc', levels: levels('agrees') },
                  { language: 'et', title: 'Rollid', levels: levels('lepib') },
                ],
              },
            ],
          },
        ],
      };
      const bad = await (
        await as('admin')
      ).request(SAVE_DRAFT, {
        input: {
          ...input,
          areas: [
            {
              ...input.areas[0],
              competences: [...input.areas[0].competences, { code: 'COOP.1', texts: [{ language: 'et', title: 'x' }] }],
            },
          ],
        },
      });
      expect(errorCode(bad)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(bad)).toEqual(
        expect.arrayContaining(['areas.0.competences.2.code', 'areas.0.competences.2.texts']),
      );
      const saved = await (
        await as('admin')
      ).request<{ saveCompetenceProfileDraft: ProfileShape }>(SAVE_DRAFT, { input });
      expect(saved.errors).toBeUndefined();
      const competences = saved.data!.saveCompetenceProfileDraft.areas[0].competences;
      expect(competences.map((c) => c.code)).toEqual(['COOP.2', 'COOP.1']);
      expect(competences[1].missingLanguages).toEqual(['lv', 'lt', 'ru']);
      // The published version is read-only.
      const [v1] = await t.db.query(`SELECT id FROM competence_profile WHERE version = 1`);
      expect(errorCode(await (await as('admin')).request(SAVE_DRAFT, { input: { ...input, profileId: v1.id } }))).toBe(
        'VERSION_READ_ONLY',
      );

      const published = await (
        await as('admin')
      ).request<{ publishCompetenceProfile: ProfileShape }>(PUBLISH, { input: { profileId: draft.id } });
      expect(published.data!.publishCompetenceProfile).toMatchObject({
        version: 2,
        status: 'PUBLISHED',
        canEdit: false,
      });
      const statuses = await t.db.query(`SELECT version, status FROM competence_profile ORDER BY version`);
      expect(statuses).toEqual([
        { version: 1, status: 'RETIRED' },
        { version: 2, status: 'PUBLISHED' },
      ]);
      // Past rounds keep their version: the tutor's baseline still shows 24 ratings.
      expect((await mine('tutor.school.ee'))[0].ratings).toHaveLength(24);
    });

    it('merges a translators’ spreadsheet into the draft, refusing unknown rows and non-admins', async () => {
      const created = await (await as('admin')).request<{ createCompetenceProfileDraft: ProfileShape }>(CREATE);
      const draft = created.data!.createCompetenceProfileDraft;
      const client = await as('admin');
      const exported = await fetch(`${t.baseUrl}/api/competence-profiles/${draft.version}/translations.xlsx`, {
        headers: { cookie: client.cookie ?? '', 'x-forwarded-for': client.ip },
      });
      const ExcelJS = (await import('exceljs')).default;
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await exported.arrayBuffer());
      const sheet = book.worksheets[0];
      const header = (sheet.getRow(1).values as string[]).map(String);
      sheet.eachRow((row) => {
        if (row.getCell(1).text === 'COOP.2' && row.getCell(2).text === 'title') {
          row.getCell(header.indexOf('lv')).value = 'Saruna ar partneri';
          row.getCell(header.indexOf('ru')).value = "'=HYPERLINK(x)";
        }
      });
      const upload = async (who: string, bytes: ArrayBuffer) => {
        const c = await as(who);
        const form = new FormData();
        form.append('file', new Blob([bytes]), 'translations.xlsx');
        return fetch(`${t.baseUrl}/api/competence-profiles/${draft.id}/translations.xlsx`, {
          method: 'POST',
          headers: { 'x-tandem-upload': '1', cookie: c.cookie ?? '', 'x-forwarded-for': c.ip },
          body: form,
        });
      };
      const good = await book.xlsx.writeBuffer();
      expect((await upload('coordinator.lv', good as ArrayBuffer)).status).toBe(403);
      const res = await upload('admin', good as ArrayBuffer);
      expect(res.status).toBe(201);
      const [row] = await t.db.query(`SELECT title FROM competence WHERE profile_id = $1 AND code = 'COOP.2'`, [
        draft.id,
      ]);
      expect(row.title).toMatchObject({ en: 'Talking', lv: 'Saruna ar partneri', ru: '=HYPERLINK(x)' });
      sheet.addRow(['NOPE.9', 'title', 'x']);
      const bad = await upload('admin', (await book.xlsx.writeBuffer()) as ArrayBuffer);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
      await t.db.query(`DELETE FROM competence_profile WHERE id = $1`, [draft.id]);
    });
  });
});
