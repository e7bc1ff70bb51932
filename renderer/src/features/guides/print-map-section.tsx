import './guide.css';
import { useId, useState } from 'react';
import { readerGuideLanguages } from '../../../../shared/api/guides.js';
import type { MapPrintRequest } from '../../../../shared/api/printing.js';
import { mapPrintMessages as m } from '../../../../shared/i18n/messages/ui/map-print.js';
import { useT } from '../../i18n/i18n-context.js';
import { useContentLanguages } from '../languages/content-languages-context.js';
import { MAP_PAPERS, type MapPaperName, type Orientation } from './map-print-options.js';
import { PrintActions, safeFileName } from './print-actions.js';

// "Printed map": paper and orientation of a sheet of the area (with its report card when asked)
// or of the map's current view, printed by the print view in a window of its own or saved as PDF
// on this computer. The same view `itinera print-map` prints.

const ORIENTATIONS: Orientation[] = ['landscape', 'portrait'];

export function PrintMapSection({
  where,
  name,
  testId,
}: {
  /** The area printed, or the box (the map's current view). */
  where: { areaId: number } | { box: [number, number, number, number] };
  /** The PDF's file name (the sheet's title: the area's name, or the project's map). */
  name: string;
  testId: string;
}) {
  const t = useT();
  const id = useId();
  const { languages } = useContentLanguages();
  const [paper, setPaper] = useState<MapPaperName>('a4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [report, setReport] = useState(false);
  const areaId = 'areaId' in where ? where.areaId : null;
  // The names in the reader's language where the project has it, else the project's own.
  const { content, locale } = readerGuideLanguages(languages ?? { primary: null, further: [] }, t.locale);
  const request: MapPrintRequest = {
    view: 'map',
    areaId,
    box: 'box' in where ? where.box : null,
    paper,
    orientation,
    title: null,
    content,
    report: areaId !== null && report,
    locale,
  };
  return (
    <details className="route-print" data-testid={testId}>
      <summary>{t.t(m.printSection)}</summary>
      <div className="route-print__fields">
        <label htmlFor={`${id}-paper`}>{t.t(m.paper)}</label>
        <select id={`${id}-paper`} value={paper} onChange={(event) => setPaper(event.target.value as MapPaperName)}>
          {MAP_PAPERS.map((option) => (
            <option key={option} value={option}>
              {t.t(m.paperName, { paper: option })}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-orientation`}>{t.t(m.orientation)}</label>
        <select
          id={`${id}-orientation`}
          value={orientation}
          onChange={(event) => setOrientation(event.target.value as Orientation)}
        >
          {ORIENTATIONS.map((option) => (
            <option key={option} value={option}>
              {t.t(m.orientationName, { orientation: option })}
            </option>
          ))}
        </select>
        {areaId !== null && (
          <label className="route-print__check">
            <input type="checkbox" checked={report} onChange={(event) => setReport(event.target.checked)} />
            {t.t(m.withReport)}
          </label>
        )}
      </div>
      <PrintActions
        files={{ request, fileName: `${safeFileName(name)}.pdf` }}
        openLabel={t.t(areaId === null ? m.printView : m.open)}
        testId="print-map"
        hintId={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {t.t(m.hint)}
      </p>
    </details>
  );
}
