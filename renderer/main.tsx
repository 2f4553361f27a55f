import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { initI18n } from './i18n/index.js';
import { getPlatform } from './platform/index.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('lexgap: the page has no #root element');

await initI18n();

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App platform={getPlatform()} />
    </ErrorBoundary>
  </StrictMode>,
);
