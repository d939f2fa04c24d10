import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
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

// The first render waits for the catalogue of the initial language (English is in the bundle; a
// translation is a chunk of its own), so the page does not flash in English. Should the fetch
// fail, the app still renders, in English, and tries again on the next language change.
void preloadCatalogue(initialLocale())
  .catch(() => undefined)
  .then(() => render(root));
