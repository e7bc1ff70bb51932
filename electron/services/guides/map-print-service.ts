import type { z } from 'zod';
import { bbox as turfBbox } from '@turf/turf';
import type { GetMapPrintSchema, MapPrint, mapPrintApi } from '../../../shared/api/map-print.js';
import { MAX_PRINTED_PLACES } from '../../../shared/api/map-print.js';
import { CATEGORY_IDS, getCategory } from '../../../shared/model/typology.js';
import { localizedTexts } from '../../../shared/model/language-texts.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { requireContentLanguage } from './guide-language.js';

// A printed map's contents (shared/api/map-print.ts): an area with its surroundings, or a box,
// with the places in it (from the RTree), the areas and routes crossing it, the links between
// places drawn, and the names in the language asked for.

export type MapPrintService = ServiceOf<typeof mapPrintApi, 'getMapPrint'>;

type Box = [number, number, number, number];

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The area's box grown by a tenth each way: the print shows the area in its streets. */
function around(box: Box): Box {
  const dx = Math.max((box[2] - box[0]) * 0.1, 0.0005);
  const dy = Math.max((box[3] - box[1]) * 0.1, 0.0005);
  return [box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy];
}

const MAX_LATITUDE = 85;
const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
const latitudeOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/** The box widened (east-west or north-south, about its middle) to `aspect` as Web Mercator draws it. */
export function widenedTo(box: Box, aspect: number): Box {
  let [west, south, east, north] = box;
  const width = ((east - west) * Math.PI) / 180;
  const height = mercatorY(north) - mercatorY(south);
  if (width < aspect * height) {
    const grow = (((aspect * height - width) / 2) * 180) / Math.PI;
    [west, east] = [Math.max(-180, west - grow), Math.min(180, east + grow)];
  } else {
    const middle = (mercatorY(north) + mercatorY(south)) / 2;
    const half = width / aspect / 2;
    south = Math.max(-MAX_LATITUDE, latitudeOf(middle - half));
    north = Math.min(MAX_LATITUDE, latitudeOf(middle + half));
  }
  return [west, south, east, north];
}

export function createMapPrintService(
  context: ServiceContext,
  sources: { attribution(): string[]; projectName(): string },
): MapPrintService {
  const { store } = context;
  return {
    async getMapPrint({ areaId, box, language, aspect }: z.output<typeof GetMapPrintSchema>): Promise<MapPrint> {
      const content = requireContentLanguage(store, language);
      const texts = (feature: Parameters<typeof localizedTexts>[0]) => localizedTexts(feature, content);
      const area = areaId === undefined ? null : context.requireArea(areaId, 'areaId');
      const asked: Box = area ? around(turfBbox(area.geometry) as Box) : box!;
      const shown = aspect ? widenedTo(asked, aspect) : asked;
      const [west, south, east, north] = shown;
      const inBox = store.places.inBox({ west, south, east, north }, CATEGORY_IDS);
      const kept = inBox.slice(0, MAX_PRINTED_PLACES);
      const named = content === null ? kept : store.places.getMany(kept.map((place) => place.id));
      const places = named.map((place) => ({
        id: place.id,
        name: texts(place).name,
        category: place.category,
        family: getCategory(place.category).family,
        longitude: place.longitude,
        latitude: place.latitude,
      }));
      const positions = new Map(
        places.map((place) => [place.id, [place.longitude, place.latitude] as [number, number]]),
      );
      return {
        projectName: sources.projectName(),
        language: content,
        area: area ? { id: area.id, ...texts(area), kind: area.kind } : null,
        bounds: shown,
        places,
        placesLeftOut: inBox.length - kept.length,
        areas: store.quarters
          .list()
          .filter((quarter) => overlaps(turfBbox(quarter.geometry) as Box, shown))
          .map((quarter) => ({
            id: quarter.id,
            name: texts(quarter).name,
            kind: quarter.kind,
            geometry: quarter.geometry,
            printed: quarter.id === area?.id,
          })),
        routes: store.routes
          .list()
          .filter((route) => route.geometry.coordinates.length > 1)
          .filter((route) => overlaps(turfBbox(route.geometry) as Box, shown))
          .map((route) => ({ id: route.id, name: texts(route).name, line: route.geometry })),
        links: store.links.list().flatMap((link) => {
          const from = positions.get(link.fromPlaceId);
          const to = positions.get(link.toPlaceId);
          return from && to ? [{ id: link.id, type: link.type, from, to }] : [];
        }),
        attribution: sources.attribution(),
      };
    },
  };
}
