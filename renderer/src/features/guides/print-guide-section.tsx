import './guide.css';
import { useId, useState } from 'react';
import { guideLanguages } from '../../../../shared/api/guides.js';
import type { GuidePrintRequest } from '../../../../shared/api/printing.js';
import { guideUiMessages as m } from '../../../../shared/i18n/messages/ui/guides.js';
import { contentLanguageCodes } from '../../../../shared/model/language-texts.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { useT } from '../../i18n/i18n-context.js';
import { useContentLanguages } from '../languages/content-languages-context.js';
import { languageName } from '../languages/language-name.js';
import { PAPERS, type GuideLayout, type PaperName } from './guide-options.js';
import { PrintActions, safeFileName, type PrintFile } from './print-actions.js';

// The route panel's "Printed guide": paper, layout and language, then the guide's print view in a
// window of its own (a browser tab in serve mode, a window of the app on the desktop), which
// prints itself once drawn, or Save PDF (one language, or each of the project's). The same view
// `itinera guide` prints to PDF.

const LAYOUTS: GuideLayout[] = ['leaflet', 'booklet'];

export function PrintGuideSection({ route }: { route: Route }) {
  const t = useT();
  const id = useId();
  const { languages } = useContentLanguages();
  const codes = languages ? contentLanguageCodes(languages) : [];
  const [paper, setPaper] = useState<PaperName>('a4');
  const [layout, setLayout] = useState<GuideLayout>('leaflet');
  const [chosen, setChosen] = useState<string | null>(null);
  const language = chosen ?? codes[0] ?? null;
  /** The guide in content language `code` (null: the project's own texts, in no known language). */
  const guideIn = (code: string | null): PrintFile => {
    const request: GuidePrintRequest = {
      view: 'guide',
      routeId: route.id,
      paper,
      layout,
      qrUrl: null,
      ...guideLanguages(code, languages?.primary ?? null, t.locale),
    };
    return { request, fileName: `${safeFileName(route.name)}${code ? ` (${code})` : ''}.pdf` };
  };
  return (
    <details className="route-print" data-testid="guide-print-section">
      <summary>{t.t(m.printSection)}</summary>
      <div className="route-print__fields">
        <label htmlFor={`${id}-paper`}>{t.t(m.paper)}</label>
        <select id={`${id}-paper`} value={paper} onChange={(event) => setPaper(event.target.value as PaperName)}>
          {(Object.keys(PAPERS) as PaperName[]).map((name) => (
            <option key={name} value={name}>
              {t.t(m.paperName, { paper: name })}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-layout`}>{t.t(m.layout)}</label>
        <select id={`${id}-layout`} value={layout} onChange={(event) => setLayout(event.target.value as GuideLayout)}>
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {t.t(m.layoutName, { layout: name })}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-language`}>{t.t(m.language)}</label>
        <select
          id={`${id}-language`}
          value={language ?? ''}
          onChange={(event) => setChosen(event.target.value)}
          data-testid="guide-language-select"
        >
          {codes.length === 0 && <option value="">{t.t(m.projectTexts)}</option>}
          {codes.map((code) => (
            <option key={code} value={code}>
              {languageName(t, code)}
            </option>
          ))}
        </select>
      </div>
      <PrintActions
        files={guideIn(language)}
        everyLanguage={codes.map(guideIn)}
        openLabel={t.t(m.openPrintView)}
        testId="print-guide"
        hintId={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {t.t(m.printHint)}
      </p>
    </details>
  );
}
