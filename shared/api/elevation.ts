import { z } from 'zod';
import { LatitudeSchema, LongitudeSchema } from '../model/schemas.js';
import { method } from './method.js';

// Heights from the project's elevation file (a raster-dem basemap file).

export const ElevationAtSchema = z.object({ longitude: LongitudeSchema, latitude: LatitudeSchema }).strict();

export interface ElevationAt {
  /** Metres above sea level; null when the project has no elevation data there. */
  metres: number | null;
  /** Whether the project has an elevation file at all. */
  hasElevationFile: boolean;
}

export const elevationApi = {
  elevationAt: method<typeof ElevationAtSchema, ElevationAt>('elevation:point:query', ElevationAtSchema),
};
