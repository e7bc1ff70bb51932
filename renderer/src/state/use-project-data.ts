import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Api, DeletePlaceResult, ProjectInfo } from '../../../shared/api/contract.js';
import type {
  Link,
  LinkInput,
  Place,
  PlaceChanges,
  PlaceInput,
  Quarter,
  Route,
} from '../../../shared/model/schemas.js';
import { errorText } from '../util/error-text.js';

// The project's data as the renderer holds it. Each list is replaced as a whole when it is read
// again, so memoised GeoJSON follows by identity. Every mutation goes to the backend first, then
// reads again the lists it can have changed: the backend stays the one source of truth.

export interface ProjectData {
  project: ProjectInfo | null;
  places: Place[];
  quarters: Quarter[];
  routes: Route[];
  links: Link[];
  status: 'loading' | 'ready' | 'failed';
  loadError: string | null;
}

export interface ProjectActions {
  reload(): Promise<void>;
  /** Reads again everything an import can add to, and returns the fresh lists. */
  refreshAfterImport(): Promise<Pick<ProjectData, 'places' | 'quarters' | 'routes'>>;
  createPlace(input: PlaceInput): Promise<Place>;
  updatePlace(id: number, changes: PlaceChanges): Promise<Place>;
  deletePlace(id: number): Promise<DeletePlaceResult>;
  createLink(input: LinkInput): Promise<Link>;
  /** Reads these lists again (after an edit made straight through the API). */
  refresh(lists: readonly Lists[]): Promise<unknown>;
}

export type Lists = 'project' | 'places' | 'quarters' | 'routes' | 'links';

const EMPTY: ProjectData = {
  project: null,
  places: [],
  quarters: [],
  routes: [],
  links: [],
  status: 'loading',
  loadError: null,
};

export function useProjectData(api: Api): {
  data: ProjectData;
  actions: ProjectActions;
  placesById: Map<number, Place>;
} {
  const [data, setData] = useState<ProjectData>(EMPTY);
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
              return ['places', await api.listPlaces({})] as const;
            case 'quarters':
              return ['quarters', await api.listQuarters({})] as const;
            case 'routes':
              return ['routes', await api.listRoutes({})] as const;
            case 'links':
              return ['links', await api.listLinks({})] as const;
          }
        }),
      );
      const fresh: Partial<ProjectData> = {};
      for (const [list, value] of read) (fresh as Record<Lists, unknown>)[list] = value;
      if (mounted.current) setData((current) => ({ ...current, ...fresh }));
      return fresh;
    },
    [api],
  );

  const reload = useCallback(async () => {
    setData((current) => ({ ...current, status: 'loading', loadError: null }));
    try {
      await refresh(['project', 'places', 'quarters', 'routes', 'links']);
      if (mounted.current) setData((current) => ({ ...current, status: 'ready' }));
    } catch (error) {
      if (mounted.current) setData((current) => ({ ...current, status: 'failed', loadError: errorText(error) }));
    }
  }, [refresh]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const actions = useMemo<ProjectActions>(
    () => ({
      reload,
      refresh,
      async refreshAfterImport() {
        const fresh = await refresh(['project', 'places', 'quarters', 'routes']);
        return { places: fresh.places ?? [], quarters: fresh.quarters ?? [], routes: fresh.routes ?? [] };
      },
      async createPlace(input) {
        const place = await api.createPlace(input);
        await refresh(['places', 'project']);
        return place;
      },
      async updatePlace(id, changes) {
        const place = await api.updatePlace({ id, changes });
        const moved = changes.longitude !== undefined || changes.latitude !== undefined;
        // Routes are drawn through their stops, so moving a place redraws them on the backend.
        await refresh(moved ? ['places', 'routes', 'project'] : ['places']);
        return place;
      },
      async deletePlace(id) {
        const result = await api.deletePlace({ id });
        await refresh(['places', 'links', 'routes', 'project']);
        return result;
      },
      async createLink(input) {
        const link = await api.createLink(input);
        await refresh(['links', 'project']);
        return link;
      },
    }),
    [api, refresh, reload],
  );

  const placesById = useMemo(() => new Map(data.places.map((place) => [place.id, place])), [data.places]);

  return { data, actions, placesById };
}
