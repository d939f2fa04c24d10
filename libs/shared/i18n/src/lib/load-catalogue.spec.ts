import { LOCALES } from '@tandem/shared-domain';
import { catalogues } from './catalogues';
import { loadCatalogue } from './load-catalogue';

// The web app reads the lazy loaders, the API and the journeys the synchronous record: both must
// give the same texts, or a journey would check a page against other words than it shows.
describe('loadCatalogue', () => {
  it.each(LOCALES)('gives the same catalogue for %s as the synchronous record', async (locale) => {
    expect(await loadCatalogue(locale)).toEqual(catalogues[locale]);
  });
});
