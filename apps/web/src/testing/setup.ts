import { cleanup } from '@testing-library/react';
import { DEFAULT_LOCALE } from '@tandem/shared-domain';
import { afterEach, vi } from 'vitest';
import { preloadCatalogue } from '../app/i18n';

// The app fetches English, like every language, before its first render (main.tsx); specs render
// at once, so the catalogue is here before each spec file runs.
await preloadCatalogue(DEFAULT_LOCALE);

// Spec files share one environment (`isolate: false` in vite.config.mts: a fresh jsdom and module
// graph per file cost three quarters of the run), so each test leaves nothing behind for the next
// file: rendered trees, fake clocks, spies and the remembered language.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  window.localStorage.clear();
  document.body.innerHTML = '';
});
