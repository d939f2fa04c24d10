import { catalogues } from '@tandem/shared-i18n';
import { createI18n, preloadCatalogue } from './i18n';

describe('createI18n', () => {
  afterEach(() => window.localStorage.clear());

  it('switches to a language only once its catalogue is loaded, so no English shows in between', async () => {
    const i18n = createI18n('en');
    const seen: string[] = [];
    i18n.on('languageChanged', (code: string) => seen.push(`${code}: ${i18n.t('app.tagline')}`));

    await i18n.changeLanguage('lv');

    expect(seen).toEqual([`lv: ${catalogues.lv.app.tagline}`]);
    expect(i18n.resolvedLanguage).toBe('lv');
    expect(document.documentElement.lang).toBe('lv');
  });

  it('renders a preloaded initial language at once', async () => {
    await preloadCatalogue('et');
    const i18n = createI18n('et');

    expect(i18n.language).toBe('et');
    expect(i18n.t('app.tagline')).toBe(catalogues.et.app.tagline);
  });

  it('falls back to English only for a language whose catalogue is not here, so an Estonian page fetches no English', async () => {
    await preloadCatalogue('et');

    expect(createI18n('et').languages).toEqual(['et']);
    expect(createI18n('lt').languages).toEqual(['lt', 'en']);
  });
});
