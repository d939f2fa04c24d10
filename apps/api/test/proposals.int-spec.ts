import { AuditEvent } from '../src/audit/audit-event.entity';
import { GlossaryTermRelation } from '../src/modules/glossary/glossary-term.entity';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { cast } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

interface Proposal {
  id: string;
  kind: string;
  targetId: string;
  resourceKind: string | null;
  title: string;
  language: string | null;
  status: string;
  decision: string | null;
  reason: string | null;
  reviewerName: string | null;
  decidedAt: string | null;
}
interface Term {
  id: string;
  related: { id: string; term: string }[];
}

const MINE = `query { myProposals { id kind targetId resourceKind title language status decision reason reviewerName decidedAt } }`;
const PROPOSE = `mutation P($input: ProposeResourceInput!) { proposeResource(input: $input) { id } }`;
const REVIEW = `mutation R($id: ID!, $decision: ResourceDecision!, $reason: String) {
  reviewResource(id: $id, decision: $decision, reason: $reason) { id } }`;
const PROPOSE_TERM = `mutation P($input: SaveGlossaryTermInput!) { proposeGlossaryTerm(input: $input) { id } }`;
const SAVE_TERM = `mutation S($input: SaveGlossaryTermInput!) { saveGlossaryTerm(input: $input) { id related { id term } } }`;
const REVIEW_ENTRY = `mutation R($id: ID!, $language: String!) { reviewGlossaryEntry(id: $id, language: $language) { id } }`;

const resource = (title: string) => ({
  kind: 'CHECKLIST',
  countryCode: 'LV',
  titles: [
    { language: 'en', text: title },
    { language: 'lv', text: `${title} (lv)` },
  ],
  versions: [{ language: 'en', body: 'Step one, step two.' }],
});
const fieldsOf = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] ?? []) as { field: string; rule: string }[]).map(
    (f) => `${f.field}:${f.rule}`,
  );

describe('my proposals and related terms', () => {
  let t: TestApp;
  const as = cast(() => t, {
    admin: { role: 'ADMIN' },
    'coordinator.lv': { role: 'COORDINATOR', countryCode: 'LV', givenName: 'Ilze', familyName: 'Ozola' },
    tutor: { role: 'TUTOR', preferredLanguage: 'lv' },
    'other.tutor': { role: 'TUTOR' },
    trainer: { role: 'TRAINER', countryCode: 'LV' },
    manager: { role: 'MANAGER', organisationIn: 'LV' },
  });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('myProposals', () => {
    it('lists one’s own resources and dictionary entries newest first, with the decision, the reason and when', async () => {
      const tutor = await as('tutor');
      const first = await tutor.request<{ proposeResource: { id: string } }>(PROPOSE, {
        input: resource('First-week checklist'),
      });
      expect(first.errors).toBeUndefined();
      const term = await tutor.request<{ proposeGlossaryTerm: { id: string } }>(PROPOSE_TERM, {
        input: { domain: 'WBL', entries: [{ language: 'lv', term: 'prakses vieta' }] },
      });
      expect(term.errors).toBeUndefined();
      const second = await tutor.request<{ proposeResource: { id: string } }>(PROPOSE, {
        input: resource('Feedback talk template'),
      });
      const firstId = first.data!.proposeResource.id;
      const secondId = second.data!.proposeResource.id;
      const termId = term.data!.proposeGlossaryTerm.id;

      const coordinator = await as('coordinator.lv');
      const asked = await coordinator.request(REVIEW, {
        id: firstId,
        decision: 'REQUEST_CHANGES',
        reason: 'Add the safety briefing',
      });
      expect(asked.errors).toBeUndefined();
      expect((await coordinator.request(REVIEW_ENTRY, { id: termId, language: 'lv' })).errors).toBeUndefined();

      const mine = await tutor.request<{ myProposals: Proposal[] }>(MINE);
      expect(mine.errors).toBeUndefined();
      const list = mine.data!.myProposals;
      expect(list.map((p) => p.targetId)).toEqual([secondId, termId, firstId]);
      expect(list[0]).toMatchObject({ kind: 'RESOURCE', status: 'PENDING', decision: null, reason: null });
      expect(list[1]).toMatchObject({
        id: `${termId}:lv`,
        kind: 'GLOSSARY_ENTRY',
        title: 'prakses vieta',
        language: 'lv',
        status: 'APPROVED',
        decision: 'APPROVE',
      });
      expect(list[2]).toMatchObject({
        kind: 'RESOURCE',
        resourceKind: 'CHECKLIST',
        title: 'First-week checklist (lv)',
        status: 'CHANGES_REQUESTED',
        decision: 'REQUEST_CHANGES',
        reason: 'Add the safety briefing',
        reviewerName: 'Ilze Ozola',
      });
      expect(Date.parse(list[2].decidedAt!)).not.toBeNaN();
    });

    it('never shows another tutor’s proposals, nor an editor’s own saves as proposals', async () => {
      const other = await as('other.tutor');
      const before = await other.request<{ myProposals: Proposal[] }>(MINE);
      expect(before.errors).toBeUndefined();
      const mineBefore = before.data!.myProposals.length;
      await (await as('tutor')).request(PROPOSE, { input: resource('Only the tutor’s') });
      const after = await other.request<{ myProposals: Proposal[] }>(MINE);
      expect(after.data!.myProposals).toHaveLength(mineBefore);
      expect(after.data!.myProposals.some((p) => p.title.startsWith('Only the tutor'))).toBe(false);

      const admin = await as('admin');
      const saved = await admin.request(SAVE_TERM, {
        input: { domain: 'WBL', entries: [{ language: 'en', term: 'x' }] },
      });
      expect(saved.errors).toBeUndefined();
      expect((await admin.request<{ myProposals: Proposal[] }>(MINE)).data!.myProposals).toEqual([]);
    });

    it('is refused to a role that cannot propose and to someone not signed in', async () => {
      expect(errorCode(await (await as('manager')).request(MINE))).toBe('FORBIDDEN');
      expect(errorCode(await new GqlClient(t.baseUrl).request(MINE))).toBe('UNAUTHENTICATED');
    });
  });

  describe('related terms', () => {
    const save = async (who: 'admin' | 'coordinator.lv' | 'trainer', input: Record<string, unknown>) =>
      (await as(who)).request<{ saveGlossaryTerm: Term }>(SAVE_TERM, { input });
    let a: string;
    let b: string;
    let c: string;
    beforeAll(async () => {
      const ids: string[] = [];
      for (const term of ['apprentice', 'apprenticeship', 'journeyman']) {
        const res = await save('admin', { domain: 'WBL', entries: [{ language: 'en', term }] });
        expect(res.errors).toBeUndefined();
        ids.push(res.data!.saveGlossaryTerm.id);
      }
      [a, b, c] = ids;
    });

    it('an editor links and unlinks related terms (kept both ways), audited', async () => {
      const linked = await save('coordinator.lv', {
        id: a,
        domain: 'WBL',
        entries: [{ language: 'en', term: 'apprentice' }],
        relatedIds: [b, c, b],
      });
      expect(linked.errors).toBeUndefined();
      expect(linked.data!.saveGlossaryTerm.related.map((r) => r.term).sort()).toEqual(['apprenticeship', 'journeyman']);
      const back = await t.db.getRepository(GlossaryTermRelation).findBy({ relatedId: a });
      expect(back.map((r) => r.termId).sort()).toEqual([b, c].sort());

      const unlinked = await save('coordinator.lv', {
        id: a,
        domain: 'WBL',
        entries: [{ language: 'en', term: 'apprentice' }],
        relatedIds: [c],
      });
      expect(unlinked.data!.saveGlossaryTerm.related.map((r) => r.id)).toEqual([c]);
      expect(await t.db.getRepository(GlossaryTermRelation).countBy({ termId: b })).toBe(0);
      const audit = await t.db
        .getRepository(AuditEvent)
        .find({ where: { operation: 'saveGlossaryTerm', targetId: a }, order: { occurredAt: 'DESC' } });
      expect(audit[0].summary).toContain(`related terms: ${c}`);
    });

    it('refuses a self-link, an unknown term and more than 20, with typed errors, and changes nothing', async () => {
      const base = { id: b, domain: 'WBL', entries: [{ language: 'en', term: 'apprenticeship' }] };
      const self = await save('admin', { ...base, relatedIds: [c, b] });
      expect(errorCode(self)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(self)).toEqual(['relatedIds.1:selfLink']);
      const unknown = await save('admin', { ...base, relatedIds: ['8f7c1f0e-0000-4000-8000-000000000000'] });
      expect(errorCode(unknown)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(unknown)).toEqual(['relatedIds.0:notTerm']);
      const many = Array.from({ length: 21 }, (_, i) => `8f7c1f0e-0000-4000-8000-${String(i).padStart(12, '0')}`);
      expect(errorCode(await save('admin', { ...base, relatedIds: many }))).toBe('VALIDATION_FAILED');
      expect(await t.db.getRepository(GlossaryTermRelation).countBy({ termId: b })).toBe(0);
    });

    it('refuses a trainer (proposes, does not edit) setting related terms', async () => {
      const res = await save('trainer', {
        id: c,
        domain: 'WBL',
        entries: [{ language: 'en', term: 'journeyman' }],
        relatedIds: [a],
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
    });
  });
});
