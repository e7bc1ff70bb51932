import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  Api,
  DeletePlaceResult,
  MapPlaces,
  ProjectInfo,
  UndoResult,
  UndoState,
} from '../../../../shared/api/contract.js';
import type {
  ClusterEvent,
  CustomFieldDefinition,
  CustomFieldDefinitionChanges,
  CustomFieldDefinitionInput,
  EventChanges,
  EventInput,
  Group,
  GroupInput,
  GroupMember,
  Link,
  LinkChanges,
  LinkInput,
  Place,
  PlaceChanges,
  PlaceInput,
  Quarter,
  Route,
} from '../../../../shared/model/schemas.js';
import { useLiveQuery, useLiveStore } from '../../api/api-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { mapPlacesList, projectLists, type MapPlacesQuery } from './project-lists.js';

// The project's data as the renderer holds it: live lists (project-lists.ts), each read again
// when a change event names one of its topics, whoever changed it (this window, another tab or
// program). Each list is replaced as a whole, so memoised GeoJSON follows by identity. Writes go
// to the backend and resolve once the lists they changed are read again (api/create-api.ts):
// the backend stays the one source of truth, and nothing here refreshes by hand.
// Opening a project reads the small lists and the map's lean answer (`places:map:query`) first;
// the full list of places (every field: tens of MB for 100,000 places) is read once the map has
// drawn (`loadPlaces`), so it never delays the map's first paint; a small project's at once.

/** How long opening a project waits for the map's first paint before reading the places anyway. */
const PLACES_FALLBACK_MS = 60_000;
/** Up to this many places the full list (about 300 bytes a place) is read without waiting for the map. */
const SMALL_PROJECT_PLACES = 5_000;

export type { MapPlacesQuery } from './project-lists.js';

export interface ProjectData {
  project: ProjectInfo | null;
  places: Place[];
  /** Whether `places` has been read (until then it is empty; the map may draw `mapPlaces`). */
  placesLoaded: boolean;
  /** The map's lean answer read when the project opened, and the facets it was asked for. */
  mapPlaces: { places: MapPlaces; query: MapPlacesQuery } | null;
  /** Whether everything but the full list of places has been read (the map can draw). */
  mapReady: boolean;
  quarters: Quarter[];
  routes: Route[];
  links: Link[];
  groups: Group[];
  events: ClusterEvent[];
  customFieldDefinitions: CustomFieldDefinition[];
  /** What Undo and Redo would do now. */
  undoState: UndoState;
  status: 'loading' | 'ready' | 'failed';
  loadError: Notice | null;
}

/** The project's writes (each resolves once the lists it changed are read again). */
export interface ProjectActions {
  /** Reads every list again (after a failed load). */
  reload(): void;
  /** The map has drawn: read the full list of places now (opening waits for this, or a minute). */
  loadPlaces(): void;
  createPlace(input: PlaceInput): Promise<Place>;
  updatePlace(id: number, changes: PlaceChanges): Promise<Place>;
  deletePlace(id: number): Promise<DeletePlaceResult>;
  createLink(input: LinkInput): Promise<Link>;
  updateLink(id: number, changes: LinkChanges): Promise<Link>;
  deleteLink(id: number): Promise<unknown>;
  createGroup(input: GroupInput): Promise<Group>;
  addGroupMember(member: GroupMember): Promise<Group>;
  removeGroupMember(member: GroupMember): Promise<Group>;
  createEvent(input: EventInput): Promise<ClusterEvent>;
  updateEvent(id: number, changes: EventChanges): Promise<ClusterEvent>;
  deleteEvent(id: number): Promise<unknown>;
  createCustomField(input: CustomFieldDefinitionInput): Promise<CustomFieldDefinition>;
  updateCustomField(id: number, changes: CustomFieldDefinitionChanges): Promise<CustomFieldDefinition>;
  deleteCustomField(id: number): Promise<unknown>;
  undo(): Promise<UndoResult>;
  redo(): Promise<UndoResult>;
}

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
// One empty list per kind, so "nothing yet" keeps its identity from render to render.
const NONE: never[] = [];

export interface ProjectDataOptions {
  /**
   * The facets for the map's lean first paint, or null when the workspace filter needs fields the
   * lean answer leaves out (tags, custom fields, dates, areas, groups): then the map waits for the
   * full list. Read when the project opens.
   */
  mapPlacesQuery(): MapPlacesQuery | null;
}

export function useProjectData(
  api: Api,
  options: ProjectDataOptions,
): {
  data: ProjectData;
  actions: ProjectActions;
  placesById: Map<number, Place>;
} {
  const live = useLiveStore();
  const [leanQuery] = useState(() => options.mapPlacesQuery());
  /** The map has drawn (or a minute passed, or the project is small): read the full list. */
  const [placesWanted, setPlacesWanted] = useState(false);

  const project = useLiveQuery(projectLists.project);
  const quarters = useLiveQuery(projectLists.quarters);
  const routes = useLiveQuery(projectLists.routes);
  const links = useLiveQuery(projectLists.links);
  const groups = useLiveQuery(projectLists.groups);
  const events = useLiveQuery(projectLists.events);
  const customFieldDefinitions = useLiveQuery(projectLists.customFieldDefinitions);
  const undoState = useLiveQuery(projectLists.undoState);
  const places = useLiveQuery(placesWanted ? projectLists.places : null);
  const placesLoaded = places.status === 'ready';
  // The lean answer is let go once the full list is in (tens of MB at 100,000 places).
  const leanList = useMemo(() => (leanQuery ? mapPlacesList(leanQuery) : null), [leanQuery]);
  const lean = useLiveQuery(placesLoaded ? null : leanList);

  const small = [project, quarters, routes, links, groups, events, customFieldDefinitions, undoState];
  const smallRead = small.every((list) => list.status !== 'loading');
  // NOTE: without the lean answer (none asked, or it failed) the map simply waits for the full list.
  const mapReady = smallRead && (leanList === null || lean.status !== 'loading' || placesLoaded);
  const placeCount = project.data?.counts.places;

  useEffect(() => {
    if (placesWanted || !mapReady) return;
    // A small project's full list costs less than the wait: read it at once.
    const wait = leanList && (placeCount ?? 0) > SMALL_PROJECT_PLACES ? PLACES_FALLBACK_MS : 0;
    const timer = window.setTimeout(() => setPlacesWanted(true), wait);
    return () => window.clearTimeout(timer);
  }, [placesWanted, mapReady, leanList, placeCount]);

  const failed = [...small, places].find((list) => list.status === 'failed');
  const status = failed ? 'failed' : smallRead && placesLoaded ? 'ready' : 'loading';
  const data = useMemo<ProjectData>(
    () => ({
      project: project.data ?? null,
      places: places.data ?? NONE,
      placesLoaded,
      mapPlaces: leanQuery && lean.data ? { places: lean.data, query: leanQuery } : null,
      mapReady,
      quarters: quarters.data ?? NONE,
      routes: routes.data ?? NONE,
      links: links.data ?? NONE,
      groups: groups.data ?? NONE,
      events: events.data ?? NONE,
      customFieldDefinitions: customFieldDefinitions.data ?? NONE,
      undoState: undoState.data ?? NO_UNDO,
      status,
      loadError: failed ? errorNotice(failed.error) : null,
    }),
    [
      project,
      places,
      placesLoaded,
      lean,
      leanQuery,
      mapReady,
      quarters,
      routes,
      links,
      groups,
      events,
      customFieldDefinitions,
      undoState,
      status,
      failed,
    ],
  );

  const loadPlaces = useCallback(() => setPlacesWanted(true), []);
  const actions = useMemo<ProjectActions>(
    () => ({
      reload: () => live.refreshAll(),
      loadPlaces,
      createPlace: (input) => api.createPlace(input),
      updatePlace: (id, changes) => api.updatePlace({ id, changes }),
      deletePlace: (id) => api.deletePlace({ id }),
      createLink: (input) => api.createLink(input),
      updateLink: (id, changes) => api.updateLink({ id, changes }),
      deleteLink: (id) => api.deleteLink({ id }),
      createGroup: (input) => api.createGroup(input),
      addGroupMember: (member) => api.addGroupMember(member),
      removeGroupMember: (member) => api.removeGroupMember(member),
      createEvent: (input) => api.createEvent(input),
      updateEvent: (id, changes) => api.updateEvent({ id, changes }),
      deleteEvent: (id) => api.deleteEvent({ id }),
      createCustomField: (input) => api.createCustomField(input),
      updateCustomField: (id, changes) => api.updateCustomField({ id, changes }),
      deleteCustomField: (id) => api.deleteCustomField({ id }),
      undo: () => api.undo({}),
      redo: () => api.redo({}),
    }),
    [api, live, loadPlaces],
  );

  const placesById = useMemo(() => new Map(data.places.map((place) => [place.id, place])), [data.places]);

  return { data, actions, placesById };
}
