import type { Role } from '@tandem/shared-domain';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { ModuleVersion } from '../src/modules/modules/module-version.entity';
import { Module } from '../src/modules/modules/module.entity';
import { givenEdition, givenModule } from './support/factories';
import { errorCode, GqlClient } from './support/gql-client';
import { signInAs } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface ModuleShape {
  id: string;
  code: string;
  number: number | null;
  title: string;
  titleIsFallback: boolean;
  version: number;
  status: string;
  lockVersion: number;
  draftVersion: number | null;
  canEdit: boolean;
  learningOutcomes: string[];
}
const FIELDS = `id code number title titleIsFallback version status lockVersion draftVersion canEdit learningOutcomes`;
const CREATE = `mutation C($input: CreateModuleInput!) { createModule(input: $input) { ${FIELDS} } }`;
const SAVE = `mutation S($input: SaveModuleDraftInput!) { saveModuleDraft(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation P($input: PublishModuleInput!) { publishModule(input: $input) { ${FIELDS} } }`;
const LIST = `query L($filter: ModuleFilter, $language: String) { modules(filter: $filter, language: $language) { ${FIELDS} } }`;

describe('modules', () => {
  let t: TestApp;
  let editionId: string;
  const clients: Record<string, GqlClient> = {};
  /** One signed-in person per role and country, e.g. `as('COORDINATOR', 'EE')`; tutors read Estonian. */
  const as = async (role: Role, countryCode?: string) => {
    const key = `${role}/${countryCode ?? ''}`;
    clients[key] ??= await signInAs(t, role, { countryCode }, { preferredLanguage: role === 'TUTOR' ? 'et' : 'en' });
    return clients[key];
  };
  const nationalInput = (code: string, countryCode = 'EE', extra: Record<string, unknown> = {}) => ({
    editionId,
    kind: 'NATIONAL',
    countryCode,
    code,
    texts: [{ language: 'en', title: `Module ${code}`, learningOutcomes: ['Does a thing'] }],
    contactHours: 4,
    selfStudyHours: 2,
    deliveryMode: 'ONLINE',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    const edition = await givenEdition(t.db);
    editionId = edition.id;
    const joint = (number: number, title: Record<string, string>, version = 1) =>
      givenModule(t.db, { edition, number, title, version });
    await joint(
      1,
      {
        en: 'The WBL tutor and the learner at work',
        et: 'Töökohapõhise õppe juhendaja ja õppija',
        ru: 'Наставник и учащийся на рабочем месте',
      },
      2,
    );
    await joint(2, { en: 'Feedback and assessment in WBL', et: 'Tagasiside ja hindamine töökohapõhises õppes' });
    await joint(3, { en: 'Developing WBL', et: 'Töökohapõhise õppe arendamine ettevõttes ja koolis' });
    await givenModule(t.db, { edition, countryCode: 'EE', code: 'EE-N1' });
    for (const [code, en] of [
      ['LV-N1', 'Mentoring at the workplace'],
      ['LV-N2', 'Planning learning tasks'],
      ['LV-N3', 'Assessing at work'],
      ['LV-N4', 'Occupational safety for tutors'],
    ])
      await givenModule(t.db, { edition, countryCode: 'LV', code, title: { en, lv: `${en} (LV)` } });
    for (const code of ['LT-N1', 'LT-N2', 'LT-N3']) await givenModule(t.db, { edition, countryCode: 'LT', code });
  });
  afterAll(() => t.close());

  it('lists the three joint modules to a tutor in their language, each in its published version', async () => {
    const tutor = await as('TUTOR');
    const res = await tutor.request<{ modules: ModuleShape[] }>(
      `query { modules(filter: { kind: JOINT }) { code number title version } }`,
    );
    expect(res.data!.modules).toEqual([
      { code: 'JM1', number: 1, title: 'Töökohapõhise õppe juhendaja ja õppija', version: 2 },
      { code: 'JM2', number: 2, title: 'Tagasiside ja hindamine töökohapõhises õppes', version: 1 },
      { code: 'JM3', number: 3, title: 'Töökohapõhise õppe arendamine ettevõttes ja koolis', version: 1 },
    ]);
  });

  it('shows English with a fallback marker where a translation is missing', async () => {
    const tutor = await as('TUTOR');
    const res = await tutor.request<{ modules: ModuleShape[] }>(LIST, {
      filter: { countryCode: 'LV' },
      language: 'lt',
    });
    expect(res.data!.modules.length).toBeGreaterThanOrEqual(3);
    expect(res.data!.modules[0]).toMatchObject({ titleIsFallback: true });
    const ru = await tutor.request<{ modules: ModuleShape[] }>(LIST, { filter: { kind: 'JOINT' }, language: 'ru' });
    expect(ru.data!.modules.map((m) => m.titleIsFallback)).toEqual([false, true, true]);
  });

  it('filters by country, language and text', async () => {
    const observer = await as('OBSERVER');
    const byCountry = await observer.request<{ modules: ModuleShape[] }>(LIST, { filter: { countryCode: 'LT' } });
    expect(byCountry.data!.modules.map((m) => m.code)).toEqual(['LT-N1', 'LT-N2', 'LT-N3']);
    const search = await observer.request<{ modules: ModuleShape[] }>(LIST, { filter: { search: 'safety' } });
    expect(search.data!.modules.map((m) => m.code)).toEqual(['LV-N4']);
    const latvian = await observer.request<{ modules: ModuleShape[] }>(LIST, { filter: { language: 'lv' } });
    expect(latvian.data!.modules.every((m) => m.code.startsWith('JM') || m.code.startsWith('LV'))).toBe(true);
  });

  it('keeps drafts invisible to trainers and tutors, even in lists and searches', async () => {
    const coordinator = await as('COORDINATOR', 'EE');
    const created = await coordinator.request<{ createModule: ModuleShape }>(CREATE, {
      input: nationalInput('EE-SECRET'),
    });
    expect(created.data!.createModule).toMatchObject({ status: 'DRAFT', version: 1, canEdit: true });
    for (const [role, country] of [['TRAINER', 'EE'], ['TUTOR'], ['COORDINATOR', 'LV']] as [Role, string?][]) {
      const client = await as(role, country);
      const list = await client.request<{ modules: ModuleShape[] }>(LIST, { filter: { search: 'SECRET' } });
      expect(list.data!.modules).toEqual([]);
      expect(errorCode(await client.request(`{ module(id: "${created.data!.createModule.id}") { id } }`))).toBe(
        'NOT_FOUND',
      );
    }
    const own = await coordinator.request<{ modules: ModuleShape[] }>(LIST, { filter: { search: 'SECRET' } });
    expect(own.data!.modules).toHaveLength(1);
  });

  it('refuses a Latvian coordinator who creates, edits or publishes an Estonian module', async () => {
    const lv = await as('COORDINATOR', 'LV');
    expect(errorCode(await lv.request(CREATE, { input: nationalInput('EE-LVTRY') }))).toBe('FORBIDDEN');
    const ee = await as('COORDINATOR', 'EE');
    const created = (await ee.request<{ createModule: ModuleShape }>(CREATE, { input: nationalInput('EE-N9') })).data!
      .createModule;
    await ee.request(PUBLISH, { input: { moduleId: created.id, lockVersion: created.lockVersion } });
    const published = (await ee.request<{ module: ModuleShape }>(`{ module(id: "${created.id}") { ${FIELDS} } }`)).data!
      .module;
    expect(
      errorCode(
        await lv.request(SAVE, {
          input: { moduleId: created.id, lockVersion: published.lockVersion, contactHours: 1 },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await lv.request(PUBLISH, { input: { moduleId: created.id, lockVersion: published.lockVersion } })),
    ).toBe('FORBIDDEN');
    const trainer = await as('TRAINER', 'EE');
    expect(errorCode(await trainer.request(CREATE, { input: nationalInput('EE-TR') }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await ee.request(CREATE, {
          input: { ...nationalInput('JM9'), kind: 'JOINT', countryCode: undefined, number: 3 },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it.each([
    [{ contactHours: -1 }, 'contactHours'],
    [{ texts: [{ language: 'en', title: '  ' }] }, 'texts.en.title'],
    [{ texts: [{ language: 'et', title: 'Ainult eesti keeles' }] }, 'texts.en.title'],
    [{ texts: [{ language: 'de', title: 'Deutsch' }] }, 'texts.0.language'],
    [{ kind: 'JOINT', countryCode: undefined, number: 4 }, 'number'],
    [{ kind: 'JOINT', countryCode: undefined }, 'number'],
    [{ countryCode: 'FI' }, 'countryCode'],
    [{ code: 'lower case' }, 'code'],
  ])('refuses %j with VALIDATION_FAILED on %s, storing nothing', async (change, field) => {
    const admin = await as('ADMIN');
    const before = await t.db.getRepository(Module).count();
    const res = await admin.request(CREATE, { input: { ...nationalInput('EE-BAD'), ...change } });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect((res.errors![0].extensions['fields'] as { field: string }[]).map((f) => f.field)).toContain(field);
    expect(await t.db.getRepository(Module).count()).toBe(before);
  });

  it('refuses a duplicate code with DUPLICATE_MODULE_CODE and a taken joint number with DUPLICATE_JOINT_MODULE', async () => {
    const admin = await as('ADMIN');
    const code = await admin.request(CREATE, { input: nationalInput('EE-N1') });
    expect(code.errors?.[0]?.extensions).toEqual({ code: 'DUPLICATE_MODULE_CODE', moduleCode: 'EE-N1' });
    const joint = { ...nationalInput('JM-NEW'), kind: 'JOINT', countryCode: undefined, number: 2 };
    const number = await admin.request(CREATE, { input: joint });
    expect(number.errors?.[0]?.extensions).toEqual({ code: 'DUPLICATE_JOINT_MODULE', number: 2 });
  });

  it('versions a published module: draft n+1, publish with a reason, history shows the changes', async () => {
    const admin = await as('ADMIN');
    const [jm2] = (await admin.request<{ modules: ModuleShape[] }>(LIST, { filter: { search: 'JM2' } })).data!.modules;
    const draft = (
      await admin.request<{ saveModuleDraft: ModuleShape }>(SAVE, {
        input: { moduleId: jm2.id, lockVersion: jm2.lockVersion, contactHours: 18 },
      })
    ).data!.saveModuleDraft;
    expect(draft).toMatchObject({ version: 2, status: 'DRAFT' });

    // readers still see version 1 while the draft is in progress
    const tutor = await as('TUTOR');
    const seen = (
      await tutor.request<{ module: ModuleShape }>(`{ module(id: "${jm2.id}") { version status draftVersion } }`)
    ).data!.module;
    expect(seen).toEqual({ version: 1, status: 'PUBLISHED', draftVersion: null });

    const noReason = await admin.request(PUBLISH, { input: { moduleId: jm2.id, lockVersion: draft.lockVersion } });
    expect(errorCode(noReason)).toBe('VALIDATION_FAILED');
    const withReason = (
      await admin.request<{ saveModuleDraft: ModuleShape }>(SAVE, {
        input: {
          moduleId: jm2.id,
          lockVersion: draft.lockVersion,
          changeReason: 'More practice on feedback conversations',
        },
      })
    ).data!.saveModuleDraft;
    const published = await admin.request<{ publishModule: ModuleShape }>(PUBLISH, {
      input: { moduleId: jm2.id, lockVersion: withReason.lockVersion },
    });
    expect(published.data!.publishModule).toMatchObject({ version: 2, status: 'PUBLISHED' });
    const statuses = await t.db
      .getRepository(ModuleVersion)
      .find({ where: { moduleId: jm2.id }, order: { version: 'ASC' } });
    expect(statuses.map((v) => v.status)).toEqual(['SUPERSEDED', 'PUBLISHED']);

    const history = await tutor.request<{
      moduleHistory: { version: number; changeReason: string; changes: unknown[] }[];
    }>(`{ moduleHistory(moduleId: "${jm2.id}") { version changeReason changes { field before after } } }`);
    expect(history.data!.moduleHistory[0]).toEqual({
      version: 2,
      changeReason: 'More practice on feedback conversations',
      changes: [{ field: 'contactHours', before: '16', after: '18' }],
    });
    expect(errorCode(await admin.request(PUBLISH, { input: { moduleId: jm2.id, lockVersion: 99 } }))).toBe(
      'NOTHING_TO_PUBLISH',
    );
  });

  it('gives STALE_WRITE to the second of two saves that started from the same draft, never a lost update', async () => {
    const ee = await as('COORDINATOR', 'EE');
    const created = (await ee.request<{ createModule: ModuleShape }>(CREATE, { input: nationalInput('EE-RACE') })).data!
      .createModule;
    const results = await Promise.all(
      [10, 20, 30].map((hours) =>
        ee.request(SAVE, { input: { moduleId: created.id, lockVersion: created.lockVersion, contactHours: hours } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'STALE_WRITE')).toHaveLength(2);
    const [draft] = await t.db.getRepository(ModuleVersion).findBy({ moduleId: created.id });
    expect(draft.lockVersion).toBe(created.lockVersion + 1);
    expect(await t.db.getRepository(AuditEvent).countBy({ operation: 'saveModuleDraft', targetId: created.id })).toBe(
      1,
    );
  });

  it('creates only one draft n+1 when two editors start from the published version at once', async () => {
    const admin = await as('ADMIN');
    const [jm3] = (await admin.request<{ modules: ModuleShape[] }>(LIST, { filter: { search: 'JM3' } })).data!.modules;
    const results = await Promise.all(
      [1, 2].map((n) =>
        admin.request(SAVE, { input: { moduleId: jm3.id, lockVersion: jm3.lockVersion, selfStudyHours: n } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(await t.db.getRepository(ModuleVersion).countBy({ moduleId: jm3.id, status: 'DRAFT' })).toBe(1);
  });
});
