import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context.js';
import { connectBackend } from './api/create-api.js';
import { App } from './app/app.js';
import { I18nProvider } from './i18n/i18n-context.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const { api, live } = connectBackend();

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api} live={live}>
      <I18nProvider>
        <App />
      </I18nProvider>
    </ApiProvider>
  </StrictMode>,
);
