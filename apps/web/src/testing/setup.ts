import { DEFAULT_LOCALE } from '@tandem/shared-domain';
import { preloadCatalogue } from '../app/i18n';

// The app fetches English, like every language, before its first render (main.tsx); specs render
// at once, so the catalogue is here before each spec file runs.
await preloadCatalogue(DEFAULT_LOCALE);
