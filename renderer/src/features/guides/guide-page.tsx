import './guide.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BasemapInfo } from '../../../../shared/api/contract.js';
import type { RouteGuide } from '../../../../shared/api/guides.js';
import { guideUiMessages as m } from '../../../../shared/i18n/messages/ui/guides.js';
import { useApi } from '../../api/api-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { NATURAL_EARTH_ATTRIBUTION } from '../../map/world-basemap-style.js';
import { formatDuration, formatLength } from '../routes/route-format.js';
import { GuideAccessNotes } from './guide-access-notes.js';
import { GuideStopSection } from './guide-stop.js';
import { PAPERS, pageStyle, type GuideOptions } from './guide-options.js';
import { usePrintPhotos } from './print-photos.js';
import { addGuideOverlay } from './guide-map-layers.js';
import { PrintMap, type DrawnMap } from './print-map.js';
import { MapFrame } from './map-frame.js';
import { QrCode } from './qr-code.js';
import { reportWhenReady } from './print-ready.js';

// A printed route guide (issue #16): a cover with the route's map, its totals, what it asks of
// walkers and a QR code, then a section per stop with its photo, texts and the way on. The print
// view of the desktop app, of serve mode and of `itinera guide`; nothing of the app's chrome.

export function GuidePage({ options }: { options: GuideOptions }) {
  const api = useApi();
  const t = useT();
  const [loaded, setLoaded] = useState<{ guide: RouteGuide; basemap: BasemapInfo | null } | Error | null>(null);
  const [map, setMap] = useState<DrawnMap | Error | null>(null);
  useEffect(() => {
    Promise.all([api.getRouteGuide({ routeId: options.routeId, language: options.content }), api.getProject({})]).then(
      ([guide, project]) => setLoaded({ guide, basemap: project.basemap }),
      (error: unknown) => setLoaded(error instanceof Error ? error : new Error(String(error))),
    );
  }, [api, options.routeId, options.content]);
  const guide = loaded instanceof Error ? null : (loaded?.guide ?? null);
  const photos = usePrintPhotos(guide);
  const paper = PAPERS[options.paper];
  const failure = loaded instanceof Error ? loaded : map instanceof Error ? map : null;
  const ready = Boolean(guide && map && photos.settled);
  useEffect(
    () => reportWhenReady({ failure, ready, autoprint: options.autoprint }),
    [failure, ready, options.autoprint],
  );
  const style = useMemo(() => pageStyle(options), [options]);
  // The route's name is the document's title (a PDF's title, a window's).
  useEffect(() => {
    if (guide) document.title = guide.route.name;
  }, [guide]);
  const overlay = useCallback((drawn: MapLibreMap) => guide && addGuideOverlay(drawn, guide), [guide]);

  if (failure)
    return (
      <p role="alert" data-testid="print-failed">
        {t.t(m.failed, { reason: failure.message })}
      </p>
    );
  if (!loaded || !guide) return <p role="status">{t.t(m.preparing)}</p>;
  const { route, stops } = guide;
  const basemap = (loaded as { basemap: BasemapInfo | null }).basemap;
  // The world basemap is drawn only where the project has no street basemap (print-map.tsx).
  const attribution = basemap ? guide.attribution : [...guide.attribution, NATURAL_EARTH_ATTRIBUTION];
  const qrText = options.qrUrl ?? guide.startUri;
  return (
    <main className={`guide guide--${options.layout}`} lang={guide.language ?? undefined} data-testid="guide">
      <style>{style}</style>
      <section className="guide-cover" data-testid="guide-cover" data-fits-page={route.name}>
        <p className="guide-cover__kicker">{t.t(m.kicker, { mode: route.mode, project: guide.projectName })}</p>
        <h1 className="guide-cover__title">{route.name}</h1>
        {route.description && <p className="guide-cover__description">{route.description}</p>}
        <MapFrame map={map instanceof Error ? null : map} widthMm={paper.textWidth} attribution={attribution}>
          <PrintMap
            bounds={guide.bounds}
            overlay={overlay}
            basemap={basemap}
            widthMm={paper.textWidth}
            heightMm={paper.mapHeight}
            label={t.t(m.mapLabel, { name: route.name, count: stops.length })}
            onDrawn={setMap}
          />
        </MapFrame>
        <dl className="guide-facts" data-testid="guide-facts">
          <div>
            <dt>{t.t(m.length)}</dt>
            <dd>{formatLength(t, route.lengthMetres)}</dd>
          </div>
          <div>
            <dt>{t.t(m.time, { mode: route.mode })}</dt>
            <dd>{formatDuration(t, route.durationSeconds)}</dd>
          </div>
          {route.ascentMetres !== null && route.descentMetres !== null && (
            <>
              <div>
                <dt>{t.t(m.ascent)}</dt>
                <dd>{t.t(m.metres, { metres: route.ascentMetres })}</dd>
              </div>
              <div>
                <dt>{t.t(m.descent)}</dt>
                <dd>{t.t(m.metres, { metres: route.descentMetres })}</dd>
              </div>
            </>
          )}
          <div>
            <dt>{t.t(m.stopCount, { count: stops.length })}</dt>
            <dd>{stops[0] ? t.t(m.start, { name: stops[0].name }) : ''}</dd>
          </div>
        </dl>
        <div className="guide-cover__foot">
          <div className="guide-cover__notes">
            <GuideAccessNotes accessibility={guide.accessibility} />
            {stops.some((stop) => stop.next?.straight) && <p>{t.t(m.straight)}</p>}
          </div>
          <figure className="guide-qr">
            <QrCode text={qrText} sizeMm={22} label={t.t(m.qrLabel, { url: qrText })} />
            <figcaption>{t.t(m.qrCaption)}</figcaption>
          </figure>
        </div>
      </section>
      {stops.map((stop) => (
        <GuideStopSection
          key={stop.number}
          stop={stop}
          photo={photos.urls.get(stop.number) ?? null}
          fitsPage={options.layout === 'booklet'}
        />
      ))}
      <footer className="guide-end">
        <p>{t.t(m.end)}</p>
        <p className="guide-end__made">{t.t(m.made, { date: t.date(new Date()) })}</p>
      </footer>
    </main>
  );
}
