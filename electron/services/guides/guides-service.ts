import type { z } from 'zod';
import type {
  GetRouteGuideSchema,
  GuidePhoto,
  GuideStop,
  GuideWays,
  guidesApi,
  RouteGuide,
} from '../../../shared/api/guides.js';
import type { RouteDetails } from '../../../shared/api/routes.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { directionMessages } from '../../../shared/i18n/messages/directions.js';
import { contentLanguageCodes, localizedTexts } from '../../../shared/model/content-languages.js';
import type { Place, Route } from '../../../shared/model/schemas.js';
import { directionMessage } from '../../../shared/routing/direction-text.js';
import type { NetworkEdgeRecord } from '../../../shared/routing/network-records.js';
import { routeSurfaces } from '../../../shared/routing/route-surfaces.js';
import { stopSegments } from '../../../shared/routing/stop-segments.js';
import type { ServiceContext } from '../core/service-context.js';
import { requireContentLanguage } from './guide-language.js';
import type { ServiceOf } from '../core/service-of.js';

// A printed route guide's contents (shared/api/guides.ts): the route with its totals and climbs,
// each stop's texts in the guide's language with its photo and the way on to the next stop, the
// steps, surfaces and wheelchair access along the way (from the network's tags), and whom the
// basemap is owed to. The print view lays them out.

export type GuidesService = ServiceOf<typeof guidesApi, 'getRouteGuide'>;

/** Image types a page shows (the print view draws the photo; other attachments are documents). */
const IMAGE_TYPES = /^image\/(jpeg|png|webp|gif|avif)$/;

export interface GuideSources {
  /** The route with its elevation (route-queries.ts). */
  details(id: number): Promise<RouteDetails>;
  /** Whom the street basemap and the basemap files shown are owed to. */
  attribution(): string[];
  projectName(): string;
  /** The edges of the network routes follow (the route planner's), or null when the project has none. */
  edges(): readonly NetworkEdgeRecord[] | null;
}

function photoOf(context: ServiceContext, placeId: number): GuidePhoto | null {
  const photo = context.store.attachments
    .listFor('place', placeId)
    .find((attachment) => attachment.inline && IMAGE_TYPES.test(attachment.contentType));
  return photo
    ? { attachmentId: photo.id, caption: photo.caption, credit: photo.credit, license: photo.license }
    : null;
}

/** The turns to the stop reached by these legs, then the arrival (as the route panel lists them). */
function directionsTo(route: Route, legIndexes: number[], stopName: string) {
  const steps = [];
  for (const index of legIndexes) {
    const leg = route.legs[index];
    if (!leg) continue;
    if (leg.kind === 'network') steps.push(...leg.directions.map(directionMessage));
    else
      steps.push(messageRef(directionMessages.straightLeg, { stop: stopName, metres: Math.round(leg.lengthMetres) }));
  }
  steps.push(messageRef(directionMessages.arrive, { stop: stopName }));
  return steps;
}

/** The surfaces and wheelchair access of the route's ways; null when the map knows none of them. */
function waysOf(route: Route, edges: readonly NetworkEdgeRecord[] | null): GuideWays | null {
  const sums = routeSurfaces(edges, route.legs);
  if (sums.matchedMetres === 0) return null;
  return {
    totalMetres: Math.round(sums.totalMetres),
    unpavedMetres: Math.round(sums.unpavedMetres),
    cobblesMetres: Math.round(sums.cobblesMetres),
    noWheelchairMetres: Math.round(sums.noWheelchairMetres),
    limitedWheelchairMetres: Math.round(sums.limitedWheelchairMetres),
    unknownSurfaceMetres: Math.round(sums.noSurfaceTagMetres + sums.unmatchedMetres),
  };
}

function boundsOf(positions: Iterable<readonly number[]>): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    box[0] = Math.min(box[0], x!);
    box[1] = Math.min(box[1], y!);
    box[2] = Math.max(box[2], x!);
    box[3] = Math.max(box[3], y!);
  }
  return box;
}

export function createGuidesService(context: ServiceContext, sources: GuideSources): GuidesService {
  const { store } = context;
  return {
    async getRouteGuide({ routeId, language }: z.output<typeof GetRouteGuideSchema>): Promise<RouteGuide> {
      const asked = requireContentLanguage(store, language);
      const languages = store.contentLanguages.get();
      const { route, elevation } = await sources.details(routeId);
      const texts = (feature: Parameters<typeof localizedTexts>[0]) => localizedTexts(feature, asked);
      const places = route.stops.map((stop) => store.places.get(stop.placeId) as Place);
      const names = places.map((place) => texts(place).name);
      const segments = new Map(stopSegments(route.legs, elevation?.legs).map((segment) => [segment.toStop, segment]));
      const stops: GuideStop[] = route.stops.map((stop, index) => {
        const place = places[index]!;
        const segment = segments.get(index + 1);
        const openingHours = place.customFields['opening_hours'];
        return {
          number: index + 1,
          placeId: place.id,
          ...texts(place),
          category: place.category,
          address: place.address,
          website: place.website,
          openingHours: typeof openingHours === 'string' && openingHours.trim() !== '' ? openingHours : null,
          longitude: place.longitude,
          latitude: place.latitude,
          photo: photoOf(context, place.id),
          visitMinutes: stop.visitMinutes,
          next: segment
            ? {
                lengthMetres: segment.lengthMetres,
                durationSeconds: segment.durationSeconds,
                directions: directionsTo(route, segment.legIndexes, names[index + 1]!),
                straight: segment.straightReasons.length > 0,
              }
            : null,
        };
      });
      const steps = route.legs.flatMap((leg) =>
        leg.kind === 'network' ? leg.directions.filter((step) => step.highway === 'steps') : [],
      );
      const first = stops[0];
      return {
        projectName: sources.projectName(),
        language,
        route: {
          id: route.id,
          ...texts(route),
          mode: route.mode,
          lengthMetres: route.lengthMetres,
          durationSeconds: elevation?.durationSeconds ?? route.durationSeconds,
          ascentMetres: elevation?.ascentMetres ?? null,
          descentMetres: elevation?.descentMetres ?? null,
        },
        legs: route.legs.map((leg) => ({ kind: leg.kind, line: { type: 'LineString', coordinates: leg.coordinates } })),
        stops,
        accessibility: {
          steps: { count: steps.length, metres: steps.reduce((sum, step) => sum + step.distanceMetres, 0) },
          ways: waysOf(route, sources.edges()),
        },
        bounds: boundsOf([...route.geometry.coordinates, ...stops.map((stop) => [stop.longitude, stop.latitude])]),
        attribution: sources.attribution(),
        languages: languages.primary === null ? [null] : contentLanguageCodes(languages),
        startUri: first ? `geo:${first.latitude.toFixed(6)},${first.longitude.toFixed(6)}` : '',
      };
    },
  };
}
