import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { getPlatform } from './platform.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('lexgap: the page has no #root element');

createRoot(root).render(
  <StrictMode>
    <App platform={getPlatform()} />
  </StrictMode>,
);
