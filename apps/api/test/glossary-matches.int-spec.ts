import { errorCode, GqlClient } from './support/gql-client';
import { cast } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

const SAVE = `mutation S($input: SaveGlossaryTermInput!) { saveGlossaryTerm(input: $input) { id } }`;
const MATCHES = `query M($texts: [String!]!, $language: String!) {
  glossaryMatches(texts: $texts, language: $language) {
    phrase termId term { id missingLanguages entries { language term } }
  }
}`;

interface Match {
  phrase: string;
  termId: string;
  term: { id: string; missingLanguages: string[]; entries: { language: string; term: string }[] };
}

describe('dictionary terms found in texts (glossaryMatches)', () => {
  let t: TestApp;
  const as = cast(() => t, { admin: { role: 'ADMIN' }, tutor: { role: 'TUTOR', countryCode: 'LV' } });
  let safety: string;
  let workplace: string;

  const matches = async (texts: string[], language: string) => {
    const res = await (await as('tutor')).request<{ glossaryMatches: Match[] }>(MATCHES, { texts, language });
    expect(res.errors).toBeUndefined();
    return res.data!.glossaryMatches;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await as('admin');
    const save = async (input: unknown) => {
      const res = await admin.request<{ saveGlossaryTerm: { id: string } }>(SAVE, { input });
      expect(res.errors).toBeUndefined();
      return res.data!.saveGlossaryTerm.id;
    };
    safety = await save({
      domain: 'WBL',
      entries: [
        { language: 'en', term: 'occupational safety' },
        { language: 'lv', term: 'darba drošība' },
        { language: 'et', term: 'tööohutus' },
      ],
    });
    workplace = await save({
      domain: 'WBL',
      entries: [
        { language: 'en', term: 'workplace' },
        { language: 'lv', term: 'darbavieta' },
      ],
    });
  });
  afterAll(() => t.close());

  it('finds a term written without diacritics, with the words as written and all its languages', async () => {
    const found = await matches(['Pirmajā dienā runājam par Darba drosiba un instruktāžu.'], 'lv');
    const match = found.find((m) => m.termId === safety);
    expect(match).toMatchObject({ phrase: 'Darba drosiba', term: { id: safety } });
    expect(match!.term.entries).toEqual([
      { language: 'en', term: 'occupational safety' },
      { language: 'et', term: 'tööohutus' },
      { language: 'lv', term: 'darba drošība' },
    ]);
    expect(match!.term.missingLanguages).toEqual(['lt', 'ru']);
  });

  it('matches whole words only, not across a sentence break, and only in the given language', async () => {
    // "darba" and "drošība" stand apart; "darbavietas" is not "darbavieta"; "workplace" is English.
    const found = await matches(['Drošs darba. Drošība darbavietas workplace pirmsdarbavieta'], 'lv');
    expect(found.map((m) => m.termId)).not.toContain(safety);
    expect(found.map((m) => m.termId)).not.toContain(workplace);
    // Over a line break inside a paragraph a phrase still counts; each text of the batch is read.
    const batch = await matches(['Nekas.', 'Par darba\ndrošību? Nē: darba\ndrošība.', 'Mana darbavieta.'], 'lv');
    expect(batch.map((m) => [m.phrase, m.termId])).toEqual(
      expect.arrayContaining([
        ['darba drošība', safety],
        ['darbavieta', workplace],
      ]),
    );
  });

  it('looks the phrases up through the index on (language, tandem_fold(term))', async () => {
    // The tables of a test are tiny, so the planner would read them whole; without that option it
    // shows whether the index can serve the look-up at all.
    const plan = await t.db.transaction(async (m) => {
      await m.query(`SET LOCAL enable_seqscan = off`);
      return (await m.query(
        `EXPLAIN (FORMAT JSON) WITH c AS MATERIALIZED (SELECT DISTINCT p AS phrase, tandem_fold(p) AS folded FROM unnest($1::text[]) p)
         SELECT c.phrase, e.term_id FROM glossary_entry e JOIN c ON c.folded = tandem_fold(e.term)
          WHERE e.language = $2 AND tandem_fold(e.term) = ANY((SELECT array_agg(folded) FROM c)::text[])`,
        [['darba drosiba', 'darba'], 'lv'],
      )) as unknown;
    });
    expect(JSON.stringify(plan)).toContain('ix_glossary_entry_folded_term');
  });

  it('refuses oversize input and changes nothing', async () => {
    const tutor = await as('tutor');
    const long = await tutor.request(MATCHES, { texts: ['darba drošība '.repeat(3000)], language: 'lv' });
    expect(errorCode(long)).toBe('VALIDATION_FAILED');
    const many = await tutor.request(MATCHES, { texts: Array.from({ length: 101 }, () => 'x'), language: 'lv' });
    expect(errorCode(many)).toBe('VALIDATION_FAILED');
    // Few characters but more distinct phrases than a page has.
    const words = Array.from({ length: 6000 }, (_, i) => `w${i}`).join(' ');
    const phrases = await tutor.request(MATCHES, { texts: [words], language: 'lv' });
    expect(errorCode(phrases)).toBe('VALIDATION_FAILED');
    const language = await tutor.request(MATCHES, { texts: ['darba drošība'], language: 'fi' });
    expect(errorCode(language)).toBe('VALIDATION_FAILED');
  });

  it('is refused to someone not signed in', async () => {
    const res = await new GqlClient(t.baseUrl).request(MATCHES, { texts: ['darba drošība'], language: 'lv' });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});
