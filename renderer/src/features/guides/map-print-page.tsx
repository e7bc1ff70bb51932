import './guide.css';
import './map-print.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ScopedReportCard } from '../../../../shared/api/analytics.js';
import type { BasemapInfo } from '../../../../shared/api/contract.js';
import type { MapPrint } from '../../../../shared/api/map-print.js';
import { analyticsMessages } from '../../../../shared/i18n/messages/ui/analytics.js';
import { mapPrintMessages as m } from '../../../../shared/i18n/messages/ui/map-print.js';
import { useApi } from '../../api/api-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { NATURAL_EARTH_ATTRIBUTION } from '../../map/world-basemap-style.js';
import { ReportCardFigures } from '../analytics/report-card-figures.js';
import { MapFrame } from './map-frame.js';
import { addMapPrintOverlay } from './map-print-layers.js';
import { MapPrintLegend } from './map-print-legend.js';
import { mapSheet, type MapPrintOptions } from './map-print-options.js';
import { PrintMap, type DrawnMap } from './print-map.js';
import { reportWhenReady } from './print-ready.js';

// A printed map (issue #16): an area of the project or a box, on one sheet: title, the map at
// print resolution with its scale bar, north arrow and attribution, the legend of what it shows,
// the date, and the area's report card when asked for. Nothing of the app's chrome.

interface Loaded {
  print: MapPrint;
  basemap: BasemapInfo | null;
  card: ScopedReportCard | null;
}

export function MapPrintPage({ options }: { options: MapPrintOptions }) {
  const api = useApi();
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | Error | null>(null);
  const [map, setMap] = useState<DrawnMap | Error | null>(null);
  const sheet = useMemo(() => mapSheet(options), [options]);
  useEffect(() => {
    const { areaId, box, content, report } = options;
    const where = areaId !== null ? { areaId } : { box: box! };
    // The extent widened to the map's shape: the places listed are the places drawn.
    const aspect = sheet.mapWidthMm / sheet.mapHeightMm;
    Promise.all([
      api.getMapPrint({ ...where, language: content, aspect }),
      api.getProject({}),
      report && areaId !== null ? api.reportCard({ scope: { kind: 'area', areaId } }) : null,
    ]).then(
      ([print, project, card]) => setLoaded({ print, basemap: project.basemap, card }),
      (error: unknown) => setLoaded(error instanceof Error ? error : new Error(String(error))),
    );
  }, [api, options, sheet]);
  const print = loaded instanceof Error ? null : (loaded?.print ?? null);
  const failure = loaded instanceof Error ? loaded : map instanceof Error ? map : null;
  const ready = Boolean(print && map);
  useEffect(
    () => reportWhenReady({ failure, ready, autoprint: options.autoprint }),
    [failure, ready, options.autoprint],
  );
  const overlay = useCallback((drawn: MapLibreMap) => print && addMapPrintOverlay(drawn, print), [print]);
  const title = print && (options.title ?? print.area?.name ?? t.t(m.projectTitle, { project: print.projectName }));
  // The sheet's title is the document's (a PDF's title, a window's).
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (failure)
    return (
      <p role="alert" data-testid="print-failed">
        {t.t(m.failed, { reason: failure.message })}
      </p>
    );
  if (!loaded || !print || !title) return <p role="status">{t.t(m.preparing)}</p>;
  const { basemap, card } = loaded as Loaded;
  const attribution = basemap ? print.attribution : [...print.attribution, NATURAL_EARTH_ATTRIBUTION];
  const decimals = (value: number | null, digits = 2) =>
    value === null ? t.t(analyticsMessages.notAvailable) : t.number(value, { maximumFractionDigits: digits });
  const percent = (value: number | null) =>
    value === null
      ? t.t(analyticsMessages.notAvailable)
      : t.number(value, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <main className="guide map-print" lang={print.language ?? undefined} data-testid="map-print">
      <style>{sheet.pageRule}</style>
      <section
        className={`map-print__sheet map-print__sheet--${sheet.side}`}
        style={{ width: `${sheet.widthMm}mm`, height: `${sheet.heightMm}mm` }}
        data-testid="map-print-sheet"
        data-fits-page={title}
      >
        <header className="map-print__header">
          <h1 data-testid="map-print-title">{title}</h1>
          <p>{t.t(m.subtitle, { project: print.projectName, date: t.date(new Date()) })}</p>
        </header>
        <div className="map-print__body">
          <MapFrame map={map instanceof Error ? null : map} widthMm={sheet.mapWidthMm} attribution={attribution}>
            <PrintMap
              bounds={print.bounds}
              overlay={overlay}
              basemap={basemap}
              widthMm={sheet.mapWidthMm}
              heightMm={sheet.mapHeightMm}
              label={t.t(m.mapLabel, { title, count: print.places.length })}
              padding={0}
              onDrawn={setMap}
            />
          </MapFrame>
          <div className="map-print__side">
            <MapPrintLegend print={print} />
            {card && (
              <section className="map-print__report" aria-labelledby="map-print-report" data-testid="map-print-report">
                <h2 id="map-print-report">{t.t(analyticsMessages.title)}</h2>
                <ReportCardFigures card={card} decimals={decimals} percent={percent} />
              </section>
            )}
          </div>
        </div>
      </section>
    </main>
  );
}
