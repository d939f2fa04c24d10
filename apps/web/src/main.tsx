import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { reportCaughtError } from './modules/errors/report-caught-error';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root, { onCaughtError: reportCaughtError }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
