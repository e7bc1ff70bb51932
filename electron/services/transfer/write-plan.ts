import type { Geometry } from 'geojson';
import { encodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import type { PlannedQuarter, PlannedRoute } from '../../../shared/codecs/import/plan-import.js';
import type { MessageRef } from '../../../shared/i18n/define-messages.js';
import type { Translations } from '../../../shared/model/schemas.js';
import type { PlaceRecord, ProjectStore } from '../../store/project-store.js';
import type { ValidPlan } from './validate-plan.js';

// Writing a checked import plan into the project (inside the caller's transaction): places,
// areas and routes, then the groups that keep the parts of multi-part features together.

/** A note on how a layer was read or imported, for the command line's output. */
export interface LayerNote {
  layer: string;
  note: MessageRef;
}

/**
 * Translations without those in the project's primary language that repeat the feature's own
 * texts (an export writes `name:<primary>` beside `name`, so a round trip would store them twice).
 */
function withoutPrimaryCopy<Feature extends { name: string; description: string; translations?: Translations }>(
  feature: Feature,
  primary: string | null,
): Feature {
  const copy = primary === null ? undefined : feature.translations?.[primary];
  if (!copy || copy.name !== feature.name || (copy.description !== '' && copy.description !== feature.description))
    return feature;
  const { [primary as string]: _copy, ...others } = feature.translations!;
  return { ...feature, translations: Object.keys(others).length > 0 ? others : undefined };
}

/** The places of a plan as they are written (primary-language copies left out). */
export function placeRecords(plan: ValidPlan, primary: string | null): PlaceRecord[] {
  return plan.places.map((place) =>
    place.translations ? withoutPrimaryCopy(place as typeof place & { translations: Translations }, primary) : place,
  );
}

/** Writes one layer's plan: its features, then the groups that keep multi-part ones together. */
export function writePlan(
  store: ProjectStore,
  plan: ValidPlan,
  primary: string | null,
  writePlaces: (records: PlaceRecord[]) => number[],
): void {
  const placeIds = writePlaces(placeRecords(plan, primary));
  writeAreasRoutesGroups(
    store,
    plan,
    primary,
    (index) => placeIds[index],
    (index) => plan.places[index]?.group,
  );
}

/** An area's or a route's geometry, or its GeoPackage blob (encoded by an import's reading worker). */
type Shape<Feature extends { geometry: Geometry }> = Omit<Feature, 'geometry'> & {
  geometry: Feature['geometry'] | Uint8Array;
};

/** A plan without its places (only their number), areas and routes maybe encoded already. */
export type PlanRest = Omit<ValidPlan, 'places' | 'quarters' | 'routes'> & {
  places: ArrayLike<unknown>;
  quarters: Shape<PlannedQuarter>[];
  routes: Shape<PlannedRoute>[];
};

const encoded = (geometry: Geometry | Uint8Array): Uint8Array =>
  geometry instanceof Uint8Array ? geometry : encodeGeometry(geometry);

/**
 * The rest of a plan once its places are written: areas, routes, and the groups of multi-part
 * features; `placeId(i)` and `placeGroup(i)` tell the id and the group of the plan's i-th place.
 */
export function writeAreasRoutesGroups(
  store: ProjectStore,
  plan: PlanRest,
  primary: string | null,
  placeId: (index: number) => number | undefined,
  placeGroup: (index: number) => number | undefined,
): void {
  const members = plan.groups.map(() => ({ place: [] as number[], quarter: [] as number[], route: [] as number[] }));
  if (plan.groups.length > 0)
    for (let index = 0; index < plan.places.length; index++) {
      const group = placeGroup(index);
      if (group !== undefined) members[group]?.place.push(placeId(index) as number);
    }
  for (const quarter of plan.quarters.map((entry) => withoutPrimaryCopy(entry, primary))) {
    const id = store.quarters.insertEncoded(
      {
        name: quarter.name,
        kind: 'cultural-quarter',
        description: quarter.description,
        customFields: quarter.customFields,
        translations: quarter.translations,
      },
      encoded(quarter.geometry),
    );
    // The uuid the file brought (an export's), unless an area here has it.
    if (quarter.uuid) store.identity.adopt('quarters', [[id, quarter.uuid]]);
    if (quarter.group !== undefined) members[quarter.group]?.quarter.push(id);
  }
  for (const route of plan.routes.map((entry) => withoutPrimaryCopy(entry, primary))) {
    // A line from a file (a GPX track, a KML path) stays as drawn: not routed.
    const id = store.routes.insertEncoded(
      {
        name: route.name,
        mode: 'walk',
        description: route.description,
        stopPlaceIds: [],
        visitMinutes: [],
        vias: [],
        speedKmh: null,
        startTime: null,
        customFields: route.customFields,
        translations: route.translations,
      },
      encoded(route.geometry),
      [],
    );
    if (route.uuid) store.identity.adopt('routes', [[id, route.uuid]]);
    if (route.group !== undefined) members[route.group]?.route.push(id);
  }
  plan.groups.forEach((group, index) => {
    const parts = members[index];
    if (!parts || parts.place.length + parts.quarter.length + parts.route.length === 0) return;
    const { id } = store.groups.insert({ name: group.name, level: group.level, parentId: null, description: '' });
    for (const type of ['place', 'quarter', 'route'] as const)
      for (const memberId of parts[type]) store.groups.addMember(id, type, memberId);
  });
}
