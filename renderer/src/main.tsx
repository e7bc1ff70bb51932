import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context.js';
import { connectBackend } from './api/create-api.js';
import { App } from './app/app.js';
import { guideOptionsOf } from './features/guides/guide-options.js';
import { GuidePage } from './features/guides/guide-page.js';
import { I18nProvider } from './i18n/i18n-context.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const { api, live } = connectBackend();
// A print view (?print=guide…) is a page of its own: the guide, without the app around it.
const guide = guideOptionsOf(window.location.search);

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api} live={live}>
      <I18nProvider>{guide ? <GuidePage options={guide} /> : <App />}</I18nProvider>
    </ApiProvider>
  </StrictMode>,
);
