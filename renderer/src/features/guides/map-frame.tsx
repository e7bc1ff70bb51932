import type { ReactNode } from 'react';
import { guideUiMessages as m } from '../../../../shared/i18n/messages/ui/guides.js';
import { useT } from '../../i18n/i18n-context.js';
import { formatLength } from '../routes/route-format.js';
import type { DrawnMap } from './print-map.js';

// What a printed map carries around its picture: a scale bar of a round length and the scale, a
// north arrow (Itinera's maps are never rotated: north is up), and whom the map data is owed to.
// All as text and vector shapes, sharp at any print resolution.

export function MapFrame({
  map,
  widthMm,
  attribution,
  children,
}: {
  map: DrawnMap | null;
  widthMm: number;
  attribution: string[];
  children: ReactNode;
}) {
  const t = useT();
  return (
    <figure className="map-frame" style={{ width: `${widthMm}mm` }}>
      <div className="map-frame__map">
        {children}
        <svg
          className="map-frame__north"
          viewBox="0 0 24 36"
          width="7mm"
          height="10.5mm"
          role="img"
          aria-label={t.t(m.northLabel)}
          data-testid="north-arrow"
        >
          <path d="M12 2 L20 26 L12 21 L4 26 Z" fill="#2B2B2B" stroke="#FFFFFF" strokeWidth="1.5" />
          <text x="12" y="35" textAnchor="middle" fontSize="10" fontWeight="600" fill="#2B2B2B">
            {t.t(m.north)}
          </text>
        </svg>
        {map && (
          <div className="map-frame__scale" data-testid="scale-bar" data-metres={map.scale.metres}>
            <div
              className="map-frame__bar"
              style={{ width: `${map.scale.millimetres}mm` }}
              data-testid="scale-bar-line"
            />
            <span className="map-frame__scale-text">
              <span>{formatLength(t, map.scale.metres)}</span>
              <span>{t.t(m.scale, { scale: map.scale.scale })}</span>
            </span>
          </div>
        )}
      </div>
      <figcaption className="map-frame__attribution" data-testid="map-attribution">
        {t.t(m.mapData, { sources: t.list(attribution) })}
      </figcaption>
    </figure>
  );
}
