import { LOCALES } from '@tandem/shared-domain';
import { INTL_LOCALES, negotiateLocale } from './locale';
import { resources } from './catalogues';

describe('negotiateLocale', () => {
  it('takes the first supported language of the browser list', () => {
    expect(negotiateLocale(['fi-FI', 'lv-LV', 'en-US'])).toBe('lv');
    expect(negotiateLocale(['RU'])).toBe('ru');
    expect(negotiateLocale(['lt_LT'])).toBe('lt');
  });

  it('falls back to English, or to the given fallback, when nothing matches', () => {
    expect(negotiateLocale(['de-DE', null, undefined, ''])).toBe('en');
    expect(negotiateLocale([], 'et')).toBe('et');
  });
});

describe('locales', () => {
  it('have a catalogue and an Intl locale that the runtime supports', () => {
    for (const locale of LOCALES) {
      expect(resources[locale].translation).toBeDefined();
      expect(Intl.DateTimeFormat.supportedLocalesOf(INTL_LOCALES[locale])).toEqual([INTL_LOCALES[locale]]);
    }
  });
});
