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
import { mapPrintOptionsOf } from './features/guides/map-print-options.js';
import { MapPrintPage } from './features/guides/map-print-page.js';
import { I18nProvider } from './i18n/i18n-context.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const { api, live } = connectBackend();
// A print view (?print=guide… or ?print=map…) is a page of its own, without the app around it.
const guide = guideOptionsOf(window.location.search);
const mapPrint = guide ? null : mapPrintOptionsOf(window.location.search);

function Page() {
  if (guide) return <GuidePage options={guide} />;
  if (mapPrint) return <MapPrintPage options={mapPrint} />;
  return <App />;
}

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api} live={live}>
      <I18nProvider>
        <Page />
      </I18nProvider>
    </ApiProvider>
  </StrictMode>,
);
