/**
 * `npm run bench:dictionary`: the dictionary search at 100,000 terms (BENCH_TERMS) in five languages. In a
 * separate database (on DATABASE_URL's server, else a throw-away embedded PostgreSQL on BENCH_PG_PORT) it
 * migrates, loads the demo, COPYs the terms, then prints p50/p95/max of `glossaryTerms(search)`'s service
 * call for queries typed without diacritics and with a small typo. Goal: p95 under 50 ms.
 */
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../audit/audit.service';
import { GlossaryRepository } from '../../modules/glossary/glossary.repository';
import { GlossaryService } from '../../modules/glossary/glossary.service';
import { measure, runBench, seededRandom, timed, withBenchDatabase } from './bench-harness';
import { copyRows } from './copy-in';

const TERMS = Number(process.env['BENCH_TERMS'] ?? 100_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 100);
const DATABASE = 'tandem_bench_dictionary';
const DOMAINS = ['WBL', 'CONSTRUCTION', 'ICT', 'METALWORK', 'TOURISM'];

/**
 * Letters of each language (with its diacritics) from which syllables are built: consonant, vowel,
 * and sometimes a closing consonant. Some thousand syllables per language give words whose trigrams
 * spread as a real term base's do (a handful of syllables would make every query match thousands).
 */
const ALPHABETS: Record<string, { consonants: string[]; vowels: string[] }> = {
  en: { consonants: [...'bcdfghjklmnprstvwy', 'sh', 'ch', 'th', 'st', 'tr'], vowels: [...'aeiou', 'ea', 'oo', 'ai'] },
  et: { consonants: [...'hjklmnprstvdgb', 'š', 'ž'], vowels: [...'aeiouõäöü', 'aa', 'ee', 'uu', 'ää'] },
  lv: { consonants: [...'bcčdfgģhjkķlļmnņprsštvzž'], vowels: [...'aāeēiīouū', 'ie', 'ai'] },
  lt: { consonants: [...'bcčdfghjklmnprsštvzž', 'dž'], vowels: [...'aąeęėiįyouųū', 'ie', 'uo'] },
  ru: { consonants: [...'бвгджзклмнпрстфхцчшщ'], vowels: [...'аеёиоуыэюя'] },
};
const CODAS = ['', '', '', 'n', 's', 'r', 't', 'l', 'k', 'm'];
const RU_CODAS = ['', '', '', 'н', 'с', 'р', 'т', 'л', 'к', 'й', 'ь'];
const LANGUAGES = Object.keys(ALPHABETS);

const { random, int, pick } = seededRandom(20_618);
const syllable = (lang: string) =>
  pick(ALPHABETS[lang].consonants) + pick(ALPHABETS[lang].vowels) + pick(lang === 'ru' ? RU_CODAS : CODAS);
const word = (lang: string) => Array.from({ length: int(2, 4) }, () => syllable(lang)).join('');
const phrase = (lang: string) => Array.from({ length: int(1, 3) }, () => word(lang)).join(' ');

/** What a person types on a keyboard without the language's layout: no diacritics (ё → е, й → и as unaccent does). */
const withoutDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
/** One small typo: a letter dropped, doubled or two swapped, in a word longer than four letters. */
function withTypo(text: string): string {
  const at = int(1, Math.max(1, text.length - 3));
  const kind = int(0, 2);
  if (kind === 0) return text.slice(0, at) + text.slice(at + 1);
  if (kind === 1) return text.slice(0, at) + text[at] + text.slice(at);
  return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
}

async function main(): Promise<void> {
  console.log(`Dictionary benchmark: ${TERMS} terms in five languages in database ${DATABASE}`);
  await withBenchDatabase(DATABASE, 54398, async (db, client) => {
    const terms: string[][] = [];
    const entries: (string | null)[][] = [];
    const samples: { id: string; term: string; language: string }[] = [];
    for (let i = 0; i < TERMS; i++) {
      const id = randomUUID();
      terms.push([id, pick(DOMAINS)]);
      for (const language of LANGUAGES) {
        // Most concepts have all five languages; some lack one (shown as missing, never filled).
        if (language !== 'en' && random() < 0.05) continue;
        const term = phrase(language);
        const synonyms = random() < 0.2 ? [phrase(language)] : [];
        entries.push([
          id,
          language,
          term,
          'NOUN',
          `Definition of ${term}`,
          `{${synonyms.map((s) => `"${s}"`).join(',')}}`,
        ]);
        if (i % 250 === 0) samples.push({ id, term, language });
      }
    }
    await timed(`terms (${terms.length})`, () => copyRows(client, 'glossary_term', ['id', 'domain'], terms));
    await client.query(
      `CREATE TEMP TABLE bench_entry (term_id uuid, language text, term text, part_of_speech text, definition text, synonyms text[])`,
    );
    await timed(`entries (${entries.length}), copied`, () =>
      copyRows(
        client,
        'bench_entry',
        ['term_id', 'language', 'term', 'part_of_speech', 'definition', 'synonyms'],
        entries,
      ),
    );
    // search_text is folded in SQL, as the repository writes it (tandem_fold over unaccent).
    await timed('entries folded into glossary_entry', () =>
      client.query(
        `INSERT INTO glossary_entry (term_id, language, term, part_of_speech, definition, synonyms, status, search_text)
         SELECT term_id, language, term, part_of_speech, definition, synonyms, 'REVIEWED',
                tandem_fold(array_to_string(term || synonyms, ' '))
           FROM bench_entry`,
      ),
    );
    await timed('analyze', () => client.query('ANALYZE glossary_term; ANALYZE glossary_entry'));

    const service = new GlossaryService(db, new GlossaryRepository(), new AuditService());
    const first = (s: { term: string }) => withoutDiacritics(s.term.split(' ')[0]);
    const queries: Record<string, { id: string; q: string }[]> = {
      'no diacritics, one word': samples.map((s) => ({ id: s.id, q: first(s) })),
      'a typo in one word': samples
        .filter((s) => first(s).length > 5)
        .map((s) => ({ id: s.id, q: withTypo(first(s)) })),
      'no diacritics, whole term': samples
        .filter((s) => s.term.includes(' '))
        .map((s) => ({ id: s.id, q: withoutDiacritics(s.term) })),
    };
    console.log(
      `\nglossaryTerms(search), first 50, ${RUNS} runs each, a different sample term each run (${samples.length} sample terms):`,
    );
    for (const [label, list] of Object.entries(queries)) {
      let n = 0;
      let hits = 0;
      await measure(
        `${label} (e.g. "${list[0].q}")`,
        async () => {
          const { id, q } = list[n++ % list.length];
          if ((await service.list({ search: q, first: 50 })).some((v) => v.term.id === id)) hits++;
        },
        { runs: RUNS, warmUp: 0 },
      );
      console.log(`    the term the query was made from is among the results in ${hits} of ${RUNS} runs`);
    }
    // Terms shown in texts: a page of about 2,000 characters (Latvian words, three dictionary terms
    // written without diacritics) looked up in one glossaryMatches call.
    const latvian = samples.filter((s) => s.language === 'lv');
    let page = 0;
    let found = 0;
    await measure(
      `glossaryMatches, one page of ~2,000 characters with 3 terms (${latvian.length} sample terms)`,
      async () => {
        const wanted = [0, 1, 2].map((k) => latvian[(page * 3 + k) % latvian.length]);
        page++;
        const filler = () => Array.from({ length: 100 }, () => word('lv')).join(' ');
        const text = `${filler()}. ${wanted.map((w) => withoutDiacritics(w.term)).join('. ')}. ${filler()}.`;
        const matches = await service.matches({ texts: [text], language: 'lv' });
        found += wanted.filter((w) => matches.some((m) => m.view.term.id === w.id)).length;
      },
      { runs: RUNS, warmUp: 0 },
    );
    console.log(`    ${found} of ${RUNS * 3} terms written in the pages were found`);
    if (process.env['BENCH_EXPLAIN']) {
      const plan = await client.query(
        `EXPLAIN (ANALYZE, BUFFERS) SELECT e.term_id, max(word_similarity(tandem_fold($1), e.search_text)) AS score
           FROM glossary_entry e JOIN glossary_term t ON t.id = e.term_id
          WHERE e.search_text LIKE tandem_fold($2) OR tandem_fold($1) <% e.search_text
          GROUP BY e.term_id ORDER BY score DESC LIMIT 50`,
        [queries['a typo in one word'][0].q, `%${queries['a typo in one word'][0].q}%`],
      );
      console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
  });
}

runBench(main);
