import { AUDIT_OPERATIONS, ERROR_CODES, LOCALES, VALIDATION_RULES, type Locale } from '@tandem/shared-domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogues, flattenCatalogue, untranslated } from './catalogues';
import { icuSignature, integerPluralCategories, sampleValues } from './icu-signature';
import { intlLocale } from './locale';

const english = flattenCatalogue(catalogues.en);
const translations = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

describe('the English catalogue', () => {
  it('has texts', () => {
    expect(Object.keys(english).length).toBeGreaterThan(50);
  });

  it('explains every error code of the API (errors.code.<CODE>)', () => {
    expect(ERROR_CODES.filter((code) => !(`errors.code.${code}` in english))).toEqual([]);
  });

  it('says every validation rule of the API as the API says it in English (validation.<rule>)', () => {
    const texts = Object.fromEntries(
      Object.keys(VALIDATION_RULES).map((rule) => [rule, english[`validation.${rule}`]]),
    );
    expect(texts).toEqual(VALIDATION_RULES);
  });

  it('has no validation text for a rule the API does not have', () => {
    const named = Object.keys(english).filter((key) => key.startsWith('validation.'));
    expect(named.filter((key) => !Object.hasOwn(VALIDATION_RULES, key.slice(11)))).toEqual([]);
  });

  it('names every operation the audit log records (audit.operations.<name>)', () => {
    expect(AUDIT_OPERATIONS.filter((op) => !(`audit.operations.${op}` in english))).toEqual([]);
  });

  it('names no audit operation that the API cannot record', () => {
    const named = Object.keys(english).filter((key) => key.startsWith('audit.operations.'));
    expect(named.filter((key) => !(AUDIT_OPERATIONS as readonly string[]).includes(key.slice(17)))).toEqual([]);
  });
});

describe.each(translations)('the %s catalogue', (locale) => {
  const translated = flattenCatalogue(catalogues[locale]);

  it('has every key of the English catalogue', () => {
    const missing = Object.keys(english).filter((key) => !(key in translated));
    expect(missing).toEqual([]);
  });

  it('has no key that the English catalogue lacks', () => {
    const extra = Object.keys(translated).filter((key) => !(key in english));
    expect(extra).toEqual([]);
  });

  it('uses the same ICU arguments as English in every text', () => {
    const differing = Object.keys(english)
      .filter((key) => key in translated)
      .filter((key) => {
        const en = icuSignature(english[key], 'en').arguments;
        const tr = icuSignature(translated[key], intlLocale(locale)).arguments;
        return JSON.stringify(sorted(en)) !== JSON.stringify(sorted(tr));
      })
      .map((key) => `${key}: "${english[key]}" vs "${translated[key]}"`);
    expect(differing).toEqual([]);
  });

  it('marks every text that is still English in untranslated.json', () => {
    const marked = new Set([...untranslated.sameInEveryLanguage, ...untranslated[locale]]);
    const unmarked = Object.keys(english).filter((key) => translated[key] === english[key] && !marked.has(key));
    expect(unmarked).toEqual([]);
  });

  it('lists in untranslated.json only keys that exist and are still English', () => {
    const stale = [...untranslated.sameInEveryLanguage, ...untranslated[locale]].filter(
      (key) => !(key in english) || translated[key] !== english[key],
    );
    expect(stale).toEqual([]);
  });
});

describe.each(LOCALES)('the %s texts', (locale) => {
  const texts = flattenCatalogue(catalogues[locale]);
  const tag = intlLocale(locale);

  it('are valid ICU messages that format with sample values', () => {
    const broken: string[] = [];
    for (const [key, text] of Object.entries(texts)) {
      try {
        const formatted = new IntlMessageFormat(text, tag, undefined, { ignoreTag: true }).format(
          sampleValues(icuSignature(text, tag)),
        );
        if (typeof formatted !== 'string' || formatted.trim() === '') broken.push(`${key}: empty`);
      } catch (e) {
        broken.push(`${key}: ${(e as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it(`give every plural the forms whole numbers need in ${locale}`, () => {
    const needed = integerPluralCategories(tag);
    const incomplete: string[] = [];
    for (const [key, text] of Object.entries(texts)) {
      for (const plural of icuSignature(text, tag).plurals) {
        if (plural.ordinal) continue;
        const missing = needed.filter((category) => !plural.options.includes(category));
        if (missing.length) incomplete.push(`${key} (${plural.argument}) lacks ${missing.join(', ')}`);
      }
    }
    expect(incomplete).toEqual([]);
  });
});

function sorted(record: Record<string, string>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}
