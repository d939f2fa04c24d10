import { GlossaryEntry, GlossaryTerm } from '../src/modules/glossary/glossary-term.entity';
import { Resource } from '../src/modules/resources/resource.entity';
import { StudyVisit } from '../src/modules/study-visits/study-visit.entity';
import { errorCode, GqlResponse } from './support/gql-client';
import { cast } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface Term {
  id: string;
  domain: string;
  entries: { language: string; term: string; status: string }[];
  missingLanguages: string[];
}
interface ResourceNode {
  id: string;
  kind: string;
  title: string;
  languages: string[];
  status: string;
}

const TERM = `id domain entries { language term status } missingLanguages`;
const SAVE_TERM = `mutation S($input: SaveGlossaryTermInput!) { saveGlossaryTerm(input: $input) { ${TERM} } }`;
const PROPOSE_TERM = `mutation P($input: SaveGlossaryTermInput!) { proposeGlossaryTerm(input: $input) { ${TERM} } }`;
const SEARCH_TERMS = `query G($search: String) { glossaryTerms(search: $search) { id entries { language term } } }`;
const PROPOSE = `mutation P($input: ProposeResourceInput!) { proposeResource(input: $input) { id kind title languages status } }`;
const REVIEW = `mutation R($id: ID!, $decision: ResourceDecision!, $reason: String) {
  reviewResource(id: $id, decision: $decision, reason: $reason) { id status reviewReason } }`;
const SEARCH = `query Q($search: String) { resources(filter: { search: $search }) { totalCount edges { node { id kind title languages } } } }`;

const fieldsOf = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] ?? []) as { field: string }[]).map((f) => f.field);

describe('toolbox, vocational dictionary and study visits', () => {
  let t: TestApp;
  const as = cast(() => t, {
    admin: { role: 'ADMIN' },
    'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE' },
    'coordinator.lv': { role: 'COORDINATOR', countryCode: 'LV' },
    'coordinator.lv2': { role: 'COORDINATOR', countryCode: 'LV' },
    'trainer.lv': { role: 'TRAINER', countryCode: 'LV' },
    tutor: { role: 'TUTOR', preferredLanguage: 'lv' },
    'tutor.ee': { role: 'TUTOR' },
  });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('the dictionary', () => {
    let safety: string;
    beforeAll(async () => {
      const admin = await as('admin');
      const res = await admin.request<{ saveGlossaryTerm: Term }>(SAVE_TERM, {
        input: {
          domain: 'CONSTRUCTION',
          entries: [
            { language: 'en', term: 'occupational safety', partOfSpeech: 'NOUN', synonyms: ['work safety'] },
            { language: 'et', term: 'tööohutus', partOfSpeech: 'NOUN' },
            { language: 'lv', term: 'darba drošība', partOfSpeech: 'NOUN' },
            { language: 'lt', term: 'darbų saugos žinios', partOfSpeech: 'PHRASE' },
          ],
        },
      });
      expect(res.errors).toBeUndefined();
      safety = res.data!.saveGlossaryTerm.id;
      expect(res.data!.saveGlossaryTerm.missingLanguages).toEqual(['ru']);
      const mentor = await admin.request(SAVE_TERM, {
        input: {
          domain: 'WBL',
          entries: [
            { language: 'en', term: 'workplace mentoring' },
            { language: 'ru', term: 'наставничество на рабочем месте' },
            { language: 'et', term: 'töökohapõhine juhendamine' },
          ],
        },
      });
      expect(mentor.errors).toBeUndefined();
    });

    it.each([
      ['darba drosiba', 'lv'],
      ['DARBA DROŠĪBA', 'lv'],
      ['zinios', 'lt'],
      ['tooohutus', 'et'],
      ['work safety', 'en'],
      ['mentorng', 'en'],
      ['НАСТАВНИЧЕСТВО', 'ru'],
      ['tookohapohine', 'et'],
    ])('finds "%s" (diacritics, case and small typos ignored) for a tutor', async (search, language) => {
      const res = await (await as('tutor')).request<{ glossaryTerms: Term[] }>(SEARCH_TERMS, { search });
      expect(res.errors).toBeUndefined();
      expect(res.data!.glossaryTerms.length).toBeGreaterThan(0);
      expect(res.data!.glossaryTerms[0].entries.some((e) => e.language === language)).toBe(true);
    });

    it('finds nothing for an unrelated word', async () => {
      const res = await (await as('tutor')).request<{ glossaryTerms: Term[] }>(SEARCH_TERMS, { search: 'xylophone' });
      expect(res.data!.glossaryTerms).toEqual([]);
    });

    it('refuses a tutor editing a term; a tutor proposes the missing language instead', async () => {
      const tutor = await as('tutor');
      const edit = await tutor.request(SAVE_TERM, {
        input: { id: safety, domain: 'CONSTRUCTION', entries: [{ language: 'en', term: 'changed' }] },
      });
      expect(errorCode(edit)).toBe('FORBIDDEN');
      const proposed = await tutor.request<{ proposeGlossaryTerm: Term }>(PROPOSE_TERM, {
        input: { id: safety, domain: 'CONSTRUCTION', entries: [{ language: 'ru', term: 'охрана труда' }] },
      });
      expect(proposed.errors).toBeUndefined();
      const ru = proposed.data!.proposeGlossaryTerm.entries.find((e) => e.language === 'ru');
      expect(ru).toEqual({ language: 'ru', term: 'охрана труда', status: 'PROPOSED' });
      expect(proposed.data!.proposeGlossaryTerm.entries.find((e) => e.language === 'en')?.term).toBe(
        'occupational safety',
      );
    });

    it('lets a coordinator of a country edit a term and mark a proposed entry reviewed (the dictionary has no country)', async () => {
      const proposed = await (
        await as('tutor')
      ).request<{ proposeGlossaryTerm: Term }>(PROPOSE_TERM, {
        input: { domain: 'ICT', entries: [{ language: 'et', term: 'pilvteenus' }] },
      });
      expect(proposed.errors).toBeUndefined();
      const id = proposed.data!.proposeGlossaryTerm.id;
      const coordinator = await as('coordinator.ee');
      const reviewed = await coordinator.request<{ reviewGlossaryEntry: Term }>(
        `mutation V($id: ID!, $language: String!) { reviewGlossaryEntry(id: $id, language: $language) { ${TERM} } }`,
        { id, language: 'et' },
      );
      expect(reviewed.errors).toBeUndefined();
      expect(reviewed.data!.reviewGlossaryEntry.entries).toEqual([
        { language: 'et', term: 'pilvteenus', status: 'REVIEWED' },
      ]);
      const saved = await (
        await as('coordinator.lv')
      ).request<{ saveGlossaryTerm: Term }>(SAVE_TERM, {
        input: { id, domain: 'ICT', entries: [{ language: 'lv', term: 'mākoņpakalpojums' }] },
      });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveGlossaryTerm.entries.map((e) => [e.language, e.status])).toEqual([
        ['et', 'REVIEWED'],
        ['lv', 'REVIEWED'],
      ]);
      const refused = await (
        await as('trainer.lv')
      ).request(
        `mutation V($id: ID!, $language: String!) { reviewGlossaryEntry(id: $id, language: $language) { id } }`,
        {
          id,
          language: 'lv',
        },
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
    });

    it('refuses a proposal over an existing entry or with bad input, and stores nothing', async () => {
      const tutor = await as('tutor');
      const before = await t.db.getRepository(GlossaryTerm).count();
      const over = await tutor.request(PROPOSE_TERM, {
        input: { id: safety, domain: 'CONSTRUCTION', entries: [{ language: 'en', term: 'mine now' }] },
      });
      expect(errorCode(over)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(over)).toEqual(['entries.0.language']);
      const bad = await tutor.request(PROPOSE_TERM, {
        input: { domain: 'WBL', entries: [{ language: 'fi', term: ' ' }] },
      });
      expect(errorCode(bad)).toBe('VALIDATION_FAILED');
      const twice = await tutor.request(PROPOSE_TERM, {
        input: {
          domain: 'WBL',
          entries: [
            { language: 'en', term: 'a' },
            { language: 'en', term: 'b' },
          ],
        },
      });
      expect(fieldsOf(twice)).toEqual(['entries.1.language']);
      expect(await t.db.getRepository(GlossaryTerm).count()).toBe(before);
      expect(await t.db.getRepository(GlossaryEntry).findOneBy({ termId: safety, language: 'en' })).toMatchObject({
        term: 'occupational safety',
      });
    });
  });

  describe('the toolbox', () => {
    const lvResource = {
      kind: 'HANDBOOK_CHAPTER',
      countryCode: 'LV',
      titles: [
        { language: 'en', text: 'Occupational safety on the building site' },
        { language: 'lv', text: 'Darba drošība būvlaukumā' },
      ],
      summaries: [{ language: 'lv', text: 'Kā mācekli sagatavot darbam būvlaukumā.' }],
      versions: [
        { language: 'en', body: 'Before the first day on site, the tutor walks the learner through the risks.' },
        { language: 'lv', body: 'Pirms pirmās dienas būvlaukumā pamācītājs izstāsta mācekļa riskus.' },
      ],
      audience: ['COMPANY_TUTOR'],
    };

    it('lets a trainer propose; a coordinator of EE cannot approve an LV resource, LV can; then a tutor finds it', async () => {
      const proposed = await (
        await as('trainer.lv')
      ).request<{ proposeResource: ResourceNode }>(PROPOSE, {
        input: lvResource,
      });
      expect(proposed.errors).toBeUndefined();
      const { id, status } = proposed.data!.proposeResource;
      expect(status).toBe('PROPOSED');

      const tutor = await as('tutor');
      const hidden = await tutor.request<{ resources: { totalCount: number } }>(SEARCH, { search: 'buvlaukuma' });
      expect(hidden.data!.resources.totalCount).toBe(0);

      const ee = await (await as('coordinator.ee')).request(REVIEW, { id, decision: 'APPROVE' });
      expect(errorCode(ee)).toBe('FORBIDDEN');
      expect((await t.db.getRepository(Resource).findOneByOrFail({ id })).status).toBe('PROPOSED');

      const byTutor = await tutor.request(REVIEW, { id, decision: 'APPROVE' });
      expect(errorCode(byTutor)).toBe('FORBIDDEN');

      const lv = await (await as('coordinator.lv')).request(REVIEW, { id, decision: 'APPROVE' });
      expect(lv.errors).toBeUndefined();

      const found = await tutor.request<{ resources: { totalCount: number; edges: { node: ResourceNode }[] } }>(
        SEARCH,
        { search: 'darba drosiba' },
      );
      expect(found.errors).toBeUndefined();
      expect(found.data!.resources.totalCount).toBe(1);
      expect(found.data!.resources.edges[0].node).toEqual({
        id,
        kind: 'HANDBOOK_CHAPTER',
        title: 'Darba drošība būvlaukumā',
        languages: ['en', 'lv'],
      });
      const english = await (
        await as('tutor.ee')
      ).request<{ resources: { edges: { node: ResourceNode }[] } }>(SEARCH, { search: 'BUVLAUKUMA' });
      expect(english.data!.resources.edges[0].node.title).toBe('Occupational safety on the building site');
    });

    it('decides once when two coordinators decide at the same time; a rejection needs a reason', async () => {
      const proposed = await (
        await as('tutor')
      ).request<{ proposeResource: ResourceNode }>(PROPOSE, {
        input: { ...lvResource, titles: [{ language: 'en', text: 'Checklist for the first week' }] },
      });
      const id = proposed.data!.proposeResource.id;
      const noReason = await (await as('coordinator.lv')).request(REVIEW, { id, decision: 'REJECT' });
      expect(fieldsOf(noReason)).toEqual(['reason']);
      const [a, b] = await Promise.all([
        (await as('coordinator.lv')).request(REVIEW, { id, decision: 'APPROVE' }),
        (await as('coordinator.lv2')).request(REVIEW, { id, decision: 'REJECT', reason: 'Duplicate' }),
      ]);
      const codes = [errorCode(a), errorCode(b)].sort();
      expect(codes).toEqual(['ALREADY_DECIDED', undefined].sort());
    });

    it('refuses a proposal without an English title or with an unknown tag, and stores nothing', async () => {
      const before = await t.db.getRepository(Resource).count();
      const trainer = await as('trainer.lv');
      const noEnglish = await trainer.request(PROPOSE, {
        input: { ...lvResource, titles: [{ language: 'lv', text: 'Tikai latviski' }] },
      });
      expect(errorCode(noEnglish)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(noEnglish)).toEqual(['titles']);
      const badTag = await trainer.request(PROPOSE, {
        input: { ...lvResource, competenceIds: ['00000000-0000-4000-8000-000000000000'] },
      });
      expect(fieldsOf(badTag)).toEqual(['competenceIds.0']);
      // An unknown enum value is refused by GraphQL itself, before any resolver runs.
      const badKind = await trainer.request(PROPOSE, { input: { ...lvResource, kind: 'POEM' } });
      expect(errorCode(badKind)).toBe('BAD_USER_INPUT');
      const empty = await trainer.request(PROPOSE, { input: { ...lvResource, versions: [{ language: 'en' }] } });
      expect(fieldsOf(empty)).toEqual(['versions.0']);
      expect(await t.db.getRepository(Resource).count()).toBe(before);
    });
  });

  describe('study visits', () => {
    it('lists visits with participants; who went writes the report', async () => {
      const visit = await t.db.getRepository(StudyVisit).save({
        title: 'Study visit: WBL tutor training in Finland',
        hostCountry: 'FI',
        hostOrganisations: ['Omnia'],
        startsOn: '2026-04-13',
        endsOn: '2026-04-16',
        agenda: [{ day: '2026-04-13', time: '09:00', title: 'Welcome', place: 'Espoo' }],
      });
      const tutor = await as('tutor');
      const applied = await tutor.request<{ applyToStudyVisit: { myStatus: string } }>(
        `mutation A($id: ID!) { applyToStudyVisit(id: $id) { myStatus } }`,
        { id: visit.id },
      );
      expect(applied.data!.applyToStudyVisit.myStatus).toBe('APPLIED');
      const me = await tutor.request<{ me: { id: string } }>(`query { me { id } }`);
      const personId = me.data!.me.id;
      const write = `mutation W($id: ID!) { contributeToStudyVisitReport(id: $id, whatISaw: "Apprentices at work", whatIWillTransfer: "Weekly feedback") { id } }`;
      expect(errorCode(await tutor.request(write, { id: visit.id }))).toBe('FORBIDDEN');
      const setStatus = `mutation S($id: ID!, $personId: ID!) { setStudyVisitParticipantStatus(id: $id, personId: $personId, status: WENT) { id } }`;
      expect(errorCode(await tutor.request(setStatus, { id: visit.id, personId }))).toBe('FORBIDDEN');
      expect(
        (await (await as('coordinator.lv')).request(setStatus, { id: visit.id, personId })).errors,
      ).toBeUndefined();
      expect((await tutor.request(write, { id: visit.id })).errors).toBeUndefined();
      const list = await tutor.request<{
        studyVisits: { id: string; title: string; hostCountry: string; participants: { person: { id: string } }[] }[];
      }>(`query { studyVisits { id title hostCountry participants { person { id } } } }`);
      expect(list.data!.studyVisits).toEqual([
        { id: visit.id, title: visit.title, hostCountry: 'FI', participants: [{ person: { id: personId } }] },
      ]);
    });
  });
});
