import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Api,
  DeletePlaceResult,
  MapPlaces,
  MethodInput,
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
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { compactPlaces } from './compact-places.js';

// The project's data as the renderer holds it. Each list is replaced as a whole when it is read
// again, so memoised GeoJSON follows by identity. Every mutation goes to the backend first, then
// reads again the lists it can have changed: the backend stays the one source of truth.
// Opening a project reads the small lists and the map's lean answer (`places:map:query`) first;
// the full list of places (every field: tens of MB for 100,000 places) is read once the map has
// drawn (`loadPlaces`), so it never delays the map's first paint; a small project's at once.

/** How long opening a project waits for the map's first paint before reading the places anyway. */
const PLACES_FALLBACK_MS = 60_000;
/** Up to this many places the full list (about 300 bytes a place) is read without waiting for the map. */
const SMALL_PROJECT_PLACES = 5_000;

export type MapPlacesQuery = MethodInput<'mapPlaces'>;

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
  /** Counts every change the backend confirmed (edits, undo, redo): views of derived data refetch on it. */
  revision: number;
  status: 'loading' | 'ready' | 'failed';
  loadError: Notice | null;
}

export interface ProjectActions {
  reload(): Promise<void>;
  /** The map has drawn: read the full list of places now (opening waits for this, or a minute). */
  loadPlaces(): void;
  /** Reads again everything an import can add to, and returns the fresh lists. */
  refreshAfterImport(): Promise<Pick<ProjectData, 'places' | 'quarters' | 'routes'>>;
  createPlace(input: PlaceInput): Promise<Place>;
  updatePlace(id: number, changes: PlaceChanges): Promise<Place>;
  deletePlace(id: number): Promise<DeletePlaceResult>;
  createLink(input: LinkInput): Promise<Link>;
  /** Reads these lists again (after an edit made straight through the API), and the undo state. */
  refresh(lists: readonly Lists[]): Promise<unknown>;
  updateLink(id: number, changes: LinkChanges): Promise<Link>;
  deleteLink(id: number): Promise<void>;
  createGroup(input: GroupInput): Promise<Group>;
  addGroupMember(member: GroupMember): Promise<Group>;
  removeGroupMember(member: GroupMember): Promise<Group>;
  createEvent(input: EventInput): Promise<ClusterEvent>;
  updateEvent(id: number, changes: EventChanges): Promise<ClusterEvent>;
  deleteEvent(id: number): Promise<void>;
  createCustomField(input: CustomFieldDefinitionInput): Promise<CustomFieldDefinition>;
  updateCustomField(id: number, changes: CustomFieldDefinitionChanges): Promise<CustomFieldDefinition>;
  deleteCustomField(id: number): Promise<void>;
  /** Undoes the last edit, then reads again everything it can have changed. */
  undo(): Promise<UndoResult>;
  redo(): Promise<UndoResult>;
}

export type Lists =
  'project' | 'places' | 'quarters' | 'routes' | 'links' | 'groups' | 'events' | 'customFieldDefinitions' | 'undoState';

/** After undo or redo: which lists a changed table feeds. */
const LISTS_OF_TABLE: Record<string, readonly Lists[]> = {
  places: ['places', 'routes', 'project'],
  quarters: ['quarters', 'project'],
  routes: ['routes', 'project'],
  route_stops: ['routes'],
  links: ['links', 'project'],
  cluster_groups: ['groups'],
  group_places: ['groups'],
  group_quarters: ['groups'],
  events: ['events'],
  event_participants: ['events'],
  custom_field_definitions: ['customFieldDefinitions'],
  // Names and descriptions in further languages travel with their features.
  places_translations: ['places'],
  quarters_translations: ['quarters'],
  routes_translations: ['routes'],
  events_translations: ['events'],
};

const EMPTY: ProjectData = {
  project: null,
  places: [],
  placesLoaded: false,
  mapPlaces: null,
  mapReady: false,
  quarters: [],
  routes: [],
  links: [],
  groups: [],
  events: [],
  customFieldDefinitions: [],
  undoState: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  revision: 0,
  status: 'loading',
  loadError: null,
};

/** A promise resolved from outside, once (later calls do nothing). */
function createSignal(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve: () => resolve() };
}

export interface ProjectDataOptions {
  /**
   * The facets for the map's lean first paint, or null when the workspace filter needs fields the
   * lean answer leaves out (tags, custom fields, dates, areas, groups): then the map waits for the
   * full list. Read when the project (re)loads.
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
  const [data, setData] = useState<ProjectData>(EMPTY);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  /** Resolved by loadPlaces (the map has drawn); opening the project waits for it. */
  const placesWanted = useRef(createSignal());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const refresh = useCallback(
    async (lists: readonly Lists[]): Promise<Partial<ProjectData>> => {
      const read = await Promise.all(
        lists.map(async (list) => {
          switch (list) {
            case 'project':
              return ['project', await api.getProject({})] as const;
            case 'places':
              return ['places', compactPlaces(await api.listPlaces({}))] as const;
            case 'quarters':
              return ['quarters', await api.listQuarters({})] as const;
            case 'routes':
              return ['routes', await api.listRoutes({})] as const;
            case 'links':
              return ['links', await api.listLinks({})] as const;
            case 'groups':
              return ['groups', await api.listGroups({})] as const;
            case 'events':
              return ['events', await api.listEvents({})] as const;
            case 'customFieldDefinitions':
              return ['customFieldDefinitions', await api.listCustomFields({})] as const;
            case 'undoState':
              return ['undoState', await api.getUndoState({})] as const;
          }
        }),
      );
      const fresh: Partial<ProjectData> = {};
      for (const [list, value] of read) (fresh as Record<Lists, unknown>)[list] = value;
      // The full list replaces the map's lean answer: let it go (tens of MB at 100,000 places).
      if (fresh.places) Object.assign(fresh, { placesLoaded: true, mapPlaces: null });
      if (mounted.current) setData((current) => ({ ...current, ...fresh }));
      return fresh;
    },
    [api],
  );

  /** After an edit: the lists it changed, the undo state, and a new revision. */
  const afterEdit = useCallback(
    async (lists: readonly Lists[]): Promise<Partial<ProjectData>> => {
      const fresh = await refresh([...new Set<Lists>([...lists, 'undoState'])]);
      if (mounted.current) setData((current) => ({ ...current, revision: current.revision + 1 }));
      return fresh;
    },
    [api],
  );

  const reload = useCallback(async () => {
    setData((current) => ({ ...current, status: 'loading', loadError: null }));
    try {
      const query = optionsRef.current.mapPlacesQuery();
      const readMapPlaces = async () => {
        if (!query) return;
        const places = await api.mapPlaces(query).catch(() => null);
        // NOTE: without the lean answer the map simply waits for the full list.
        if (places && mounted.current) setData((current) => ({ ...current, mapPlaces: { places, query } }));
      };
      const [lists] = await Promise.all([
        refresh(['project', 'quarters', 'routes', 'links', 'groups', 'events', 'customFieldDefinitions', 'undoState']),
        readMapPlaces(),
      ]);
      if (mounted.current) setData((current) => ({ ...current, mapReady: true }));
      // A small project's full list costs less than the wait: read it at once.
      const small = (lists.project?.counts.places ?? 0) <= SMALL_PROJECT_PLACES;
      const fallback = window.setTimeout(
        () => placesWanted.current.resolve(),
        query && !small ? PLACES_FALLBACK_MS : 0,
      );
      try {
        await placesWanted.current.promise;
      } finally {
        window.clearTimeout(fallback);
      }
      await refresh(['places']);
      if (mounted.current) setData((current) => ({ ...current, status: 'ready' }));
    } catch (error) {
      if (mounted.current) setData((current) => ({ ...current, status: 'failed', loadError: errorNotice(error) }));
    }
  }, [refresh]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const actions = useMemo<ProjectActions>(
    () => ({
      reload,
      loadPlaces: () => placesWanted.current.resolve(),
      // An edit made straight through the API is an undo step too: read the undo state again.
      refresh: afterEdit,
      async refreshAfterImport() {
        const fresh = await refresh(['project', 'places', 'quarters', 'routes']);
        return { places: fresh.places ?? [], quarters: fresh.quarters ?? [], routes: fresh.routes ?? [] };
      },
      async createPlace(input) {
        const place = await api.createPlace(input);
        await afterEdit(['places', 'project']);
        return place;
      },
      async updatePlace(id, changes) {
        const place = await api.updatePlace({ id, changes });
        const moved = changes.longitude !== undefined || changes.latitude !== undefined;
        // Routes are drawn through their stops, so moving a place redraws them on the backend.
        await afterEdit(moved ? ['places', 'routes', 'project'] : ['places']);
        return place;
      },
      async deletePlace(id) {
        const result = await api.deletePlace({ id });
        await afterEdit(['places', 'links', 'routes', 'groups', 'events', 'project']);
        return result;
      },
      async createLink(input) {
        const link = await api.createLink(input);
        await afterEdit(['links', 'project']);
        return link;
      },
      async updateLink(id, changes) {
        const link = await api.updateLink({ id, changes });
        await afterEdit(['links']);
        return link;
      },
      async deleteLink(id) {
        await api.deleteLink({ id });
        await afterEdit(['links', 'project']);
      },
      async createGroup(input) {
        const group = await api.createGroup(input);
        await afterEdit(['groups']);
        return group;
      },
      async addGroupMember(member) {
        const group = await api.addGroupMember(member);
        await afterEdit(['groups']);
        return group;
      },
      async removeGroupMember(member) {
        const group = await api.removeGroupMember(member);
        await afterEdit(['groups']);
        return group;
      },
      async createEvent(input) {
        const event = await api.createEvent(input);
        await afterEdit(['events']);
        return event;
      },
      async updateEvent(id, changes) {
        const event = await api.updateEvent({ id, changes });
        await afterEdit(['events']);
        return event;
      },
      async deleteEvent(id) {
        await api.deleteEvent({ id });
        await afterEdit(['events']);
      },
      async createCustomField(input) {
        const definition = await api.createCustomField(input);
        await afterEdit(['customFieldDefinitions']);
        return definition;
      },
      async updateCustomField(id, changes) {
        const definition = await api.updateCustomField({ id, changes });
        // A rename moves the places' values too.
        await afterEdit(['customFieldDefinitions', 'places']);
        return definition;
      },
      async deleteCustomField(id) {
        await api.deleteCustomField({ id });
        await afterEdit(['customFieldDefinitions']);
      },
      async undo() {
        // A refused undo (nothing to undo, or changed since) still changes the stacks' state.
        const result = await api.undo({}).catch(async (error: unknown) => {
          await refresh(['undoState']);
          throw error;
        });
        await afterEdit(result.tables.flatMap((table) => LISTS_OF_TABLE[table] ?? []));
        return result;
      },
      async redo() {
        // A refused redo (nothing to redo, or changed since) still changes the stacks' state.
        const result = await api.redo({}).catch(async (error: unknown) => {
          await refresh(['undoState']);
          throw error;
        });
        await afterEdit(result.tables.flatMap((table) => LISTS_OF_TABLE[table] ?? []));
        return result;
      },
    }),
    [api, afterEdit, refresh, reload],
  );

  const placesById = useMemo(() => new Map(data.places.map((place) => [place.id, place])), [data.places]);

  return { data, actions, placesById };
}
