import type { MethodInput } from '../../../../shared/api/contract.js';
import { liveQuery } from '../../api/live-store.js';
import { compactPlaces } from './compact-places.js';

// The project's lists as live queries (api/live-store.ts): each is read again only when a change
// event names a topic it depends on. A change to links reads the links again, never the places.

export type MapPlacesQuery = MethodInput<'mapPlaces'>;

export const projectLists = {
  /** Name, counts, extent, street basemap and network: the counts follow every list they count. */
  project: liveQuery(
    'project',
    ['project', 'places', 'areas', 'routes', 'links', 'groups', 'events', 'basemaps', 'network'],
    (api) => api.getProject({}),
  ),
  /** Every field of every place (tens of MB at 100,000 places), sharing repeated values. */
  places: liveQuery('places', ['places'], async (api) => compactPlaces(await api.listPlaces({}))),
  quarters: liveQuery('areas', ['areas'], (api) => api.listQuarters({})),
  routes: liveQuery('routes', ['routes'], (api) => api.listRoutes({})),
  links: liveQuery('links', ['links'], (api) => api.listLinks({})),
  groups: liveQuery('groups', ['groups'], (api) => api.listGroups({})),
  events: liveQuery('events', ['events'], (api) => api.listEvents({})),
  customFieldDefinitions: liveQuery('fields', ['fields'], (api) => api.listCustomFields({})),
  undoState: liveQuery('undo-state', ['edits'], (api) => api.getUndoState({})),
};

/** The map's lean answer for its first paint (ids, positions, names, codes), for these facets. */
export function mapPlacesList(query: MapPlacesQuery) {
  return liveQuery(`map-places ${JSON.stringify(query)}`, ['places'], (api) => api.mapPlaces(query));
}
