import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { DEFAULT_LOCALE } from '@tandem/shared-domain';
import { initialLocale, preloadCatalogue } from './app/i18n';
import { reportCaughtError } from './modules/errors/report-caught-error';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

function render(container: HTMLElement): void {
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The first render waits for the catalogue of the initial language (each language is a chunk of its
// own, English too), so the page does not flash in another language. Should the fetch fail, the app
// renders in English, and tries again on the next language change.
void preloadCatalogue(initialLocale())
  .catch(() => preloadCatalogue(DEFAULT_LOCALE))
  .catch(() => undefined)
  .then(() => render(root));
