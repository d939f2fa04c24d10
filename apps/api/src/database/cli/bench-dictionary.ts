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

/** Syllables that make words looking like each language, with its diacritics. */
const SYLLABLES: Record<string, string[]> = {
  en: [
    'work',
    'safe',
    'ty',
    'men',
    'tor',
    'ing',
    'weld',
    'er',
    'train',
    'ee',
    'place',
    'ment',
    'skill',
    'tool',
    'as',
    'sess',
  ],
  et: ['töö', 'oh', 'tu', 'sõ', 'na', 'ju', 'hen', 'da', 'ja', 'kii', 'ver', 'õp', 'pe', 'kut', 'se', 'ää', 'rü'],
  lv: [
    'dar',
    'ba',
    'dro',
    'šī',
    'mā',
    'cī',
    'kva',
    'li',
    'fi',
    'kā',
    'ci',
    'ja',
    'prak',
    'ses',
    'va',
    'dī',
    'tājs',
    'ņe',
  ],
  lt: ['žin', 'ios', 'dar', 'bų', 'sau', 'ga', 'mo', 'ky', 'mas', 'vie', 'ta', 'įg', 'ū', 'džiai', 'ša', 'ką'],
  ru: ['ра', 'бо', 'та', 'без', 'опас', 'ность', 'на', 'став', 'ник', 'обу', 'че', 'ние', 'сва', 'рка', 'ёж', 'й'],
};

const { random, int, pick } = seededRandom(20_618);
const word = (lang: string) => Array.from({ length: int(2, 4) }, () => pick(SYLLABLES[lang])).join('');
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
    const samples: { language: string; term: string }[] = [];
    for (let i = 0; i < TERMS; i++) {
      const id = randomUUID();
      terms.push([id, pick(DOMAINS)]);
      for (const language of Object.keys(SYLLABLES)) {
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
        if (random() < 0.002) samples.push({ language, term });
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
    const queries = {
      diacritics: samples.map((s) => withoutDiacritics(s.term.split(' ')[0])),
      typo: samples
        .filter((s) => s.term.split(' ')[0].length > 5)
        .map((s) => withTypo(withoutDiacritics(s.term.split(' ')[0]))),
      phrase: samples.filter((s) => s.term.includes(' ')).map((s) => withoutDiacritics(s.term)),
    };
    const check = await service.list({ search: queries.diacritics[0], first: 50 });
    console.log(`  → "${queries.diacritics[0]}" finds ${check.length} terms (first: ${check[0]?.entries[0]?.term})`);
    const typoCheck = await service.list({ search: queries.typo[0], first: 50 });
    console.log(`  → typo "${queries.typo[0]}" finds ${typoCheck.length} terms`);
    console.log(
      `\nglossaryTerms(search), first 50, ${RUNS} runs each after 3 warm-up runs (${samples.length} sample terms):`,
    );
    for (const [label, list] of Object.entries(queries)) {
      let n = 0;
      await measure(
        `${label} (e.g. "${list[0]}")`,
        () => service.list({ search: list[n++ % list.length], first: 50 }),
        {
          runs: RUNS,
        },
      );
    }
    if (process.env['BENCH_EXPLAIN']) {
      const plan = await client.query(
        `EXPLAIN (ANALYZE, BUFFERS) SELECT e.term_id, max(word_similarity(tandem_fold($1), e.search_text)) AS score
           FROM glossary_entry e JOIN glossary_term t ON t.id = e.term_id
          WHERE e.search_text LIKE tandem_fold($2) OR tandem_fold($1) <% e.search_text
          GROUP BY e.term_id ORDER BY score DESC LIMIT 50`,
        [queries.typo[0], `%${queries.typo[0]}%`],
      );
      console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
  });
}

runBench(main);
