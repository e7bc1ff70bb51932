import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { BasemapInfo } from '../../../../shared/api/contract.js';
import { readSessionToken } from '../../api/session-token.js';
import { LAYER } from '../../map/map-ids.js';
import { createMapStyle } from '../../map/map-style.js';
import { tileRequestTransformer } from '../../map/tile-requests.js';
import { BASEMAP_PALETTES, showStreetBasemap } from '../basemaps/street-basemap.js';
import { scaleBar, type ScaleBar } from './scale-bar.js';

// A printed map (a guide's, an area's), drawn once at print resolution and kept as an image: MapLibre renders the
// basemap and what the print adds over it (`overlay`) into an off-screen canvas of the printed size
// times PRINT_PIXEL_RATIO, the page shows the picture (the PDF holds an image, not a WebGL canvas)
// and the map is removed. The scale bar is computed from the drawn map's zoom at its centre.

/** 300 dots per inch on paper, where a CSS pixel is 1/96 inch. */
export const PRINT_PIXEL_RATIO = 300 / 96;

/**
 * With the project's street basemap, only its streets under the route (the world basemap's
 * countries would take MapLibre seconds to prepare, unseen at a route's zoom); without, the
 * app's world basemap.
 */
function printStyle(basemap: BasemapInfo | null): StyleSpecification {
  if (!basemap) return createMapStyle();
  const paint = { 'background-color': BASEMAP_PALETTES.light.land };
  return { version: 8, sources: {}, layers: [{ id: 'print-background', type: 'background', paint }] };
}

export interface DrawnMap {
  image: string;
  scale: ScaleBar;
}

/**
 * Draws the guide's map in `widthMm` × `heightMm` of paper; `onDrawn` gets the picture and its
 * scale bar (up to a quarter of the map's width), or an error.
 */
export function PrintMap({
  bounds,
  overlay,
  basemap,
  widthMm,
  heightMm,
  label,
  padding = 48,
  onDrawn,
}: {
  /** [west, south, east, north] the map shows at least. */
  bounds: [number, number, number, number];
  /** Adds what is drawn over the basemap (sources and layers); the same function for the same picture. */
  overlay(map: MapLibreMap): void;
  basemap: BasemapInfo | null;
  widthMm: number;
  heightMm: number;
  /** What the picture shows, for screen readers. */
  label: string;
  /** Pixels kept free around `bounds` (0: the map shows exactly them, where their shape is the map's). */
  padding?: number;
  onDrawn(result: DrawnMap | Error): void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [image, setImage] = useState<{ src: string; bounds: string } | null>(null);
  const drawnRef = useRef(onDrawn);
  drawnRef.current = onDrawn;
  useEffect(() => {
    if (!container.current) return;
    const origin = window.location.origin;
    const map = new MapLibreMap({
      container: container.current,
      style: printStyle(basemap),
      bounds,
      fitBoundsOptions: { padding },
      interactive: false,
      attributionControl: false,
      maplibreLogo: false,
      fadeDuration: 0,
      pixelRatio: PRINT_PIXEL_RATIO,
      // NOTE: no multisampling: at three device pixels per CSS pixel it adds nothing on paper, and
      // software WebGL (a machine without a GPU) spent 2 of the guide's 12 seconds on it.
      canvasContextAttributes: { antialias: false, preserveDrawingBuffer: true },
      transformRequest: tileRequestTransformer(origin, readSessionToken()),
    });
    let done = false;
    let removed = false;
    const remove = () => {
      if (removed) return;
      removed = true;
      map.remove();
    };
    map.on('error', (event) => {
      // A tile that cannot be read leaves a gap (as on screen); anything else stops the print.
      if (done || (event as { sourceId?: string }).sourceId) return;
      done = true;
      drawnRef.current(event.error instanceof Error ? event.error : new Error(String(event.error)));
    });
    map.once('load', () => {
      showStreetBasemap(map, { info: basemap, theme: 'light', origin, beforeLayer: LAYER.quarterFill });
      overlay(map);
      map.once('idle', () => {
        if (done) return;
        done = true;
        const picture = map.getCanvas().toDataURL('image/jpeg', 0.92);
        const scale = scaleBar(map.getZoom(), map.getCenter().lat, widthMm / 4);
        // The drawn extent, for whoever checks the scale bar against it (an e2e test).
        setImage({ src: picture, bounds: map.getBounds().toArray().flat().join(',') });
        remove();
        drawnRef.current({ image: picture, scale });
      });
    });
    return () => {
      done = true;
      remove();
    };
    // NOTE: drawn once per guide and size: the picture stays.
  }, [bounds, overlay, basemap, widthMm, heightMm, padding]);
  return (
    <div
      className="print-map"
      style={{ width: `${widthMm}mm`, height: `${heightMm}mm` }}
      data-testid="print-map"
      data-bounds={image?.bounds}
    >
      {image ? (
        <img src={image.src} alt={label} width="100%" height="100%" data-testid="print-map-image" />
      ) : (
        <div ref={container} className="print-map__canvas" aria-hidden="true" />
      )}
    </div>
  );
}
