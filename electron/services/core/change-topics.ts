import type { ChangeTopic } from '../../../shared/api/changes.js';

// The one place that knows which topic a table of the project file feeds (live lists, see
// shared/api/changes.ts): the renderer depends on topics and never sees a table name.

const TOPICS_OF_TABLE: ReadonlyMap<string, readonly ChangeTopic[]> = new Map(
  Object.entries({
    places: ['places'],
    quarters: ['areas'],
    routes: ['routes'],
    route_stops: ['routes'],
    links: ['links'],
    cluster_groups: ['groups'],
    group_places: ['groups'],
    group_quarters: ['groups'],
    group_routes: ['groups'],
    events: ['events'],
    event_participants: ['events'],
    custom_field_definitions: ['fields'],
    // Names and descriptions in further languages travel with their features.
    places_translations: ['places'],
    quarters_translations: ['areas'],
    routes_translations: ['routes'],
    events_translations: ['events'],
    attachments: ['attachments'],
    annotations: ['annotations'],
    // The settings hold the project's name and sample flag, and its map style.
    settings: ['project', 'styling'],
    itinera_operations: ['edits'],
    itinera_history: ['edits'],
    report_snapshots: ['snapshots'],
    // The shared workspace: its connection, what waits to be sent, the conflicts.
    itinera_sync_state: ['workspace'],
    itinera_sync_base: ['workspace'],
    itinera_sync_conflicts: ['workspace'],
    network_nodes: ['network'],
    network_edges: ['network'],
    basemap_tiles: ['basemaps'],
    basemap_metadata: ['basemaps'],
    basemap_files: ['basemaps'],
    basemap_file_tiles: ['basemaps'],
    // Which OpenStreetMap tags become which category: read by the import only, no list shows it.
    osm_category_mapping: [],
  } satisfies Record<string, readonly ChangeTopic[]>),
);

/** Tables named by a pattern: one per feature type, or one per added raster basemap file. */
const TOPICS_OF_PATTERN: readonly [RegExp, readonly ChangeTopic[]][] = [
  [/^(places|quarters|routes|events|cluster_groups)_attachments$/, ['attachments']],
  [/^(places|quarters|routes|events|cluster_groups)_annotations$/, ['annotations']],
  [/^basemap_raster_\d+$/, ['basemaps']],
];

/** The topics a table feeds; none for a table Itinera does not know (another tool's layer). */
export function topicsOfTable(table: string): readonly ChangeTopic[] {
  const known = TOPICS_OF_TABLE.get(table);
  if (known) return known;
  return TOPICS_OF_PATTERN.find(([pattern]) => pattern.test(table))?.[1] ?? [];
}

/** The topics changed tables feed, each once, in a stable order. */
export function topicsOfTables(tables: Iterable<string>): ChangeTopic[] {
  const topics = new Set<ChangeTopic>();
  for (const table of tables) for (const topic of topicsOfTable(table)) topics.add(topic);
  return [...topics].sort();
}
