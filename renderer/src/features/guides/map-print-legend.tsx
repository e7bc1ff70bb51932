import type { MapPrint } from '../../../../shared/api/map-print.js';
import { mapPrintMessages as m } from '../../../../shared/i18n/messages/ui/map-print.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { CATEGORY_FAMILIES, LINK_TYPE_IDS } from '../../../../shared/model/typology.js';
import { useT } from '../../i18n/i18n-context.js';
import {
  FAMILY_COLOURS,
  LINK_TYPE_COLOURS,
  QUARTER_COLOUR,
  QUARTER_OUTLINE_COLOUR,
  ROUTE_COLOUR,
} from '../../map/family-colours.js';

// A printed map's legend: only what the map shows, with how many of each, in the map's colours,
// as vector shapes (sharp on paper). The kinds of place in the typology's order.

function Swatch({ shape, colour }: { shape: 'place' | 'link' | 'route' | 'area' | 'printed-area'; colour: string }) {
  return (
    <svg className="map-print-legend__swatch" viewBox="0 0 20 12" width="6mm" height="3.6mm" aria-hidden="true">
      {shape === 'place' && <circle cx="10" cy="6" r="4.5" fill={colour} stroke="#FFFFFF" strokeWidth="1.2" />}
      {shape === 'link' && <line x1="1" y1="6" x2="19" y2="6" stroke={colour} strokeWidth="2" />}
      {shape === 'route' && (
        <line x1="1" y1="6" x2="19" y2="6" stroke={colour} strokeWidth="3.5" strokeLinecap="round" />
      )}
      {(shape === 'area' || shape === 'printed-area') && (
        <rect
          x="1.5"
          y="1.5"
          width="17"
          height="9"
          fill={`${QUARTER_COLOUR}${shape === 'area' ? '22' : '44'}`}
          stroke={colour}
          strokeWidth={shape === 'area' ? 1.2 : 2.4}
        />
      )}
    </svg>
  );
}

export function MapPrintLegend({ print }: { print: MapPrint }) {
  const t = useT();
  const families = new Map<string, number>();
  for (const place of print.places) families.set(place.family, (families.get(place.family) ?? 0) + 1);
  const linkTypes = new Map<string, number>();
  for (const link of print.links) linkTypes.set(link.type, (linkTypes.get(link.type) ?? 0) + 1);
  const printedArea = print.areas.find((area) => area.printed);
  const others = print.areas.length - (printedArea ? 1 : 0);
  const empty = print.places.length === 0 && print.areas.length === 0 && print.routes.length === 0;
  return (
    <section className="map-print-legend" aria-labelledby="map-print-legend-title" data-testid="map-print-legend">
      <h2 id="map-print-legend-title">{t.t(m.legend)}</h2>
      {empty && <p>{t.t(m.nothing)}</p>}
      <ul>
        {CATEGORY_FAMILIES.filter((family) => families.has(family)).map((family) => (
          <li key={family} data-testid="map-print-legend-family" data-family={family}>
            <Swatch shape="place" colour={FAMILY_COLOURS[family]} />
            <span>{typologyLabel(t, 'family', family)}</span>
            <span className="map-print-legend__count">{t.number(families.get(family)!)}</span>
          </li>
        ))}
        {LINK_TYPE_IDS.filter((type) => linkTypes.has(type)).map((type) => (
          <li key={type} data-testid="map-print-legend-link" data-link-type={type}>
            <Swatch shape="link" colour={LINK_TYPE_COLOURS[type]} />
            <span>{typologyLabel(t, 'linkType', type)}</span>
            <span className="map-print-legend__count">{t.number(linkTypes.get(type)!)}</span>
          </li>
        ))}
        {printedArea && (
          <li>
            <Swatch shape="printed-area" colour={QUARTER_OUTLINE_COLOUR} />
            <span>{t.t(m.printedArea, { name: printedArea.name })}</span>
          </li>
        )}
        {others > 0 && (
          <li>
            <Swatch shape="area" colour={QUARTER_OUTLINE_COLOUR} />
            <span>{t.t(m.otherAreas, { count: others })}</span>
          </li>
        )}
        {print.routes.length > 0 && (
          <li>
            <Swatch shape="route" colour={ROUTE_COLOUR} />
            <span>
              {t.t(m.routes, { count: print.routes.length, names: t.list(print.routes.map((route) => route.name)) })}
            </span>
          </li>
        )}
      </ul>
      {print.placesLeftOut > 0 && <p>{t.t(m.leftOut, { count: print.placesLeftOut })}</p>}
    </section>
  );
}
