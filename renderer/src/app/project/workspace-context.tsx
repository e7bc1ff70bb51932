import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { compilePlaceFilter, type FilterContext } from '../../../../shared/filter/place-filter.js';
import type { Link, Place } from '../../../../shared/model/schemas.js';
import { useApi, useLiveStore } from '../../api/api-context.js';
import {
  createQuarterMembership,
  filterPlaces,
  leanMapQuery,
  withoutFacet,
  type PlaceFilter,
} from '../../features/filter/filter.js';
import { usePlaceFilter, type PlaceFilterActions } from '../../features/filter/use-place-filter.js';
import { setProjectLoaded } from '../../map/e2e-hooks.js';
import type { ProjectContent } from '../../map/added-bounds.js';
import { IS_E2E } from '../../util/e2e-flag.js';
import { projectLists } from './project-lists.js';
import { useProjectData, type ProjectActions, type ProjectData } from './use-project-data.js';

// The open project as every part of the window sees it: the data read from the backend, the one
// workspace filter, and what the filter lets through (the map, the table, the nearby lists and
// the legend's counts all read the same `visiblePlaces`).

export interface Workspace {
  data: ProjectData;
  actions: ProjectActions;
  placesById: ReadonlyMap<number, Place>;
  /** Everything is read (the full list of places included). */
  ready: boolean;
  filter: PlaceFilter;
  filterActions: PlaceFilterActions;
  filterContext: FilterContext;
  /** Who is inside each area, per list of places (memoised). */
  membership: ReturnType<typeof createQuarterMembership>;
  visiblePlaces: readonly Place[];
  visiblePlacesById: ReadonlyMap<number, Place>;
  /** The links drawn: both their places are shown. */
  visibleLinks: readonly Link[];
  /** The places the filter's other facets let through: the legend counts these per kind. */
  legendPlaces: readonly Place[];
  /** The latest data and filter, for work that ends later (an import). */
  latest: RefObject<{ data: ProjectData; filter: PlaceFilter }>;
  /**
   * The places, areas and routes as the live lists hold them this moment, before React renders
   * them: after `await` of a write they include it (what an import added, to show it).
   */
  contentNow(): ProjectContent;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const live = useLiveStore();
  const { filter, filterActions } = usePlaceFilter();
  const latestFilter = useRef(filter);
  latestFilter.current = filter;
  const { data, actions, placesById } = useProjectData(api, {
    mapPlacesQuery: () => leanMapQuery(latestFilter.current),
  });
  const latest = useRef({ data, filter });
  latest.current = { data, filter };

  useEffect(() => {
    if (IS_E2E) setProjectLoaded(data.status === 'ready');
  }, [data.status]);

  const membership = useMemo(createQuarterMembership, []);
  const filterContext = membership(data.places, data.quarters, data.groups, data.events);
  const visiblePlaces = filterPlaces(data.places, filter, filterContext);
  const legendPlaces = useMemo(
    () =>
      filter.families === undefined
        ? visiblePlaces
        : data.places.filter(compilePlaceFilter(withoutFacet(filter, 'families'), filterContext)),
    [filter, visiblePlaces, data.places, filterContext],
  );
  const visiblePlacesById = useMemo(
    () => (visiblePlaces === data.places ? placesById : new Map(visiblePlaces.map((place) => [place.id, place]))),
    [visiblePlaces, data.places, placesById],
  );
  const visibleLinks = useMemo(
    () =>
      visiblePlaces === data.places
        ? data.links
        : data.links.filter((link) => visiblePlacesById.has(link.fromPlaceId) && visiblePlacesById.has(link.toPlaceId)),
    [data.links, data.places, visiblePlaces, visiblePlacesById],
  );

  const contentNow = useCallback(
    (): ProjectContent => ({
      places: live.state<Place[]>(projectLists.places.key).data ?? [],
      quarters: live.state<ProjectData['quarters']>(projectLists.quarters.key).data ?? [],
      routes: live.state<ProjectData['routes']>(projectLists.routes.key).data ?? [],
    }),
    [live],
  );

  const value = useMemo<Workspace>(
    () => ({
      data,
      actions,
      placesById,
      ready: data.status === 'ready',
      filter,
      filterActions,
      filterContext,
      membership,
      visiblePlaces,
      visiblePlacesById,
      visibleLinks,
      legendPlaces,
      latest,
      contentNow,
    }),
    [
      data,
      actions,
      placesById,
      filter,
      filterActions,
      filterContext,
      membership,
      visiblePlaces,
      visiblePlacesById,
      visibleLinks,
      legendPlaces,
      contentNow,
    ],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace() needs a <WorkspaceProvider> above it');
  return workspace;
}
