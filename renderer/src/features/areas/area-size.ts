import { polygonAreaSquareMetres } from '../../../../shared/geo/polygon-area.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import type { PolygonGeometry, Quarter } from '../../../../shared/model/schemas.js';

// An area's size as planners give it: in hectares (densities are counted per hectare), written by
// Intl in the reader's language ("12.4 ha", "12,4 ha"); three significant digits for small areas.

export function hectaresOf(polygon: PolygonGeometry): number {
  return polygonAreaSquareMetres(polygon) / 10_000;
}

export function formatHectares(t: Translator, hectares: number): string {
  return t.number(
    hectares,
    hectares >= 100
      ? { style: 'unit', unit: 'hectare', maximumFractionDigits: 0 }
      : { style: 'unit', unit: 'hectare', maximumSignificantDigits: 3 },
  );
}

/** Of the areas with these ids, the smallest (where areas overlap, the one a click means), or null. */
export function smallestArea(ids: readonly number[], quarters: readonly Quarter[]): number | null {
  let best: number | null = null;
  let bestSize = Infinity;
  for (const id of new Set(ids)) {
    const quarter = quarters.find((entry) => entry.id === id);
    if (!quarter) continue;
    const size = polygonAreaSquareMetres(quarter.geometry);
    if (size < bestSize) {
      best = id;
      bestSize = size;
    }
  }
  return best;
}
