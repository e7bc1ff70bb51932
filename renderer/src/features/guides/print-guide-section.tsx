import './guide.css';
import { useId, useState } from 'react';
import { guideLanguages } from '../../../../shared/api/guides.js';
import { guideUiMessages as m } from '../../../../shared/i18n/messages/ui/guides.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { useT } from '../../i18n/i18n-context.js';
import { useContentLanguages } from '../languages/content-languages-context.js';
import { languageName } from '../languages/language-name.js';
import type { GuideLayout, PaperName } from './guide-options.js';

// The route panel's "Printed guide": paper, layout and language, then the guide's print view in a
// window of its own (a browser tab in serve mode, a window of the app on the desktop), which
// prints itself once drawn. The same view `itinera guide` prints to PDF.

const PAPERS: PaperName[] = ['a4', 'a5', 'letter'];
const LAYOUTS: GuideLayout[] = ['leaflet', 'booklet'];

/** `language`: the content language chosen (null: the project's own texts, in no known language). */
export function printViewUrl(
  route: number,
  options: { paper: PaperName; layout: GuideLayout; language: string | null; primary: string | null; locale: string },
): string {
  const { language, primary } = options;
  const params = new URLSearchParams({ print: 'guide', route: String(route), paper: options.paper });
  params.set('layout', options.layout);
  const { content, locale } = guideLanguages(language, primary, options.locale);
  params.set('lang', locale);
  if (content) params.set('content', content);
  params.set('autoprint', '1');
  return `${window.location.pathname}?${params.toString()}`;
}

export function PrintGuideSection({ route }: { route: Route }) {
  const t = useT();
  const id = useId();
  const { languages } = useContentLanguages();
  const codes = languages ? [languages.primary, ...languages.further].filter((code): code is string => !!code) : [];
  const [paper, setPaper] = useState<PaperName>('a4');
  const [layout, setLayout] = useState<GuideLayout>('leaflet');
  const [chosen, setChosen] = useState<string | null>(null);
  const language = chosen ?? codes[0] ?? null;
  return (
    <details className="route-print" data-testid="guide-print-section">
      <summary>{t.t(m.printSection)}</summary>
      <div className="route-print__fields">
        <label htmlFor={`${id}-paper`}>{t.t(m.paper)}</label>
        <select id={`${id}-paper`} value={paper} onChange={(event) => setPaper(event.target.value as PaperName)}>
          {PAPERS.map((name) => (
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
      <button
        type="button"
        className="button"
        data-testid="print-guide-button"
        aria-describedby={`${id}-hint`}
        onClick={() =>
          window.open(
            printViewUrl(route.id, { paper, layout, language, primary: languages?.primary ?? null, locale: t.locale }),
            '_blank',
          )
        }
      >
        {t.t(m.openPrintView)}
      </button>
      <p id={`${id}-hint`} className="hint">
        {t.t(m.printHint)}
      </p>
    </details>
  );
}
