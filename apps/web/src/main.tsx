import './shared/lib/zodWithoutEval';
import '@mantine/core/styles.css';
import './shared/styles/touch.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/registerServiceWorker';
import { setUpI18n } from './i18n/i18n';

registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');
// The first render waits for the person's language, so that nobody sees the page in English first.
void setUpI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
