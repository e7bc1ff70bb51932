import { useCallback, useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type {
  ClusterEvent,
  CustomFieldDefinition,
  Group,
  Link,
  Place,
  PlaceChanges,
  Quarter,
  Route,
} from '../../../../shared/model/schemas.js';
import type { CustomFieldTypeId } from '../../../../shared/model/typology.js';
import { tableMessages as m } from '../../../../shared/i18n/messages/ui/table.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { useDebouncedValue } from '../../util/use-debounced-value.js';
import { DataGrid, type GridSort } from './data-grid.js';
import { routeColumns } from './route-columns.js';
import { sortRows } from './sort-rows.js';
import {
  eventColumns,
  linkColumns,
  placeColumns,
  quarterColumns,
  rowHaystack,
  type Column,
  type QuarterRow,
} from './table-columns.js';

// The attribute table docked under the map: every place (as the workspace filter lets through),
// the areas, routes, links and events, in a virtualised grid that sorts, narrows by a quick text filter and
// edits places in place. Selection is shared with the map both ways.

export type TableTab = 'places' | 'areas' | 'routes' | 'links' | 'events';

export interface AttributeTableProps {
  /** The places the workspace filter lets through. */
  places: readonly Place[];
  totalPlaces: number;
  quarters: readonly Quarter[];
  routes: readonly Route[];
  /** The links drawn (both ends shown). */
  links: readonly Link[];
  placesById: ReadonlyMap<number, Place>;
  /** The number of places inside each area (counted on demand, when the tab is shown). */
  placesInside(quarter: Quarter): number;
  groups: readonly Group[];
  events: readonly ClusterEvent[];
  /** Custom field definitions: a column each (values the places hold without one get one too). */
  customFields: readonly CustomFieldDefinition[];
  selectedPlaceId: number | null;
  onSelectPlace(id: number): void;
  onSelectQuarter(quarter: Quarter): void;
  /** Opens the route's panel (and shows it on the map). */
  onSelectRoute(route: Route): void;
  onEditPlace(id: number, changes: PlaceChanges): Promise<unknown>;
  height: number;
  onResize(height: number): void;
  onClose(): void;
}

const TABS: readonly TableTab[] = ['places', 'areas', 'routes', 'links', 'events'];
const TAB_LABELS = {
  places: m.tabPlaces,
  areas: m.tabAreas,
  routes: m.tabRoutes,
  links: m.tabLinks,
  events: m.tabEvents,
} as const;

function nextSort(current: GridSort | null, columnId: string): GridSort | null {
  if (current?.columnId !== columnId) return { columnId, direction: 'ascending' };
  return current.direction === 'ascending' ? { columnId, direction: 'descending' } : null;
}

/** Rows narrowed by the quick filter (every shown column's text) and sorted by one column. */
function useRows<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  query: string,
  sort: GridSort | null,
  locale: string,
) {
  const haystacks = useMemo(
    () => (query ? rows.map((row) => rowHaystack(columns, row)) : null),
    [rows, columns, query !== ''],
  );
  const narrowed = useMemo(() => {
    if (!query || !haystacks) return rows;
    const needle = query.toLowerCase();
    return rows.filter((_, index) => haystacks[index]?.includes(needle));
  }, [rows, haystacks, query]);
  return useMemo(() => {
    const column = sort ? columns.find((entry) => entry.id === sort.columnId) : undefined;
    return sort && column ? sortRows(narrowed, column.sortKey, sort.direction, locale) : narrowed;
  }, [narrowed, columns, sort, locale]);
}

export function AttributeTable(props: AttributeTableProps) {
  const {
    places,
    quarters,
    routes,
    links,
    events,
    groups,
    customFields,
    placesById,
    selectedPlaceId,
    height,
    onResize,
    onClose,
  } = props;
  const t = useT();
  const [tab, setTab] = useState<TableTab>('places');
  const [queryText, setQueryText] = useState('');
  const query = useDebouncedValue(queryText.trim(), 150);
  const [sorts, setSorts] = useState<Record<TableTab, GridSort | null>>({
    places: null,
    areas: null,
    routes: null,
    links: null,
    events: null,
  });
  const [selectedQuarterId, setSelectedQuarterId] = useState<number | null>(null);
  const [selectedRouteId, setSelectedRouteId] = useState<number | null>(null);
  const [selectedLinkId, setSelectedLinkId] = useState<number | null>(null);
  const [selectedEventId, setSelectedEventId] = useState<number | null>(null);
  const tabsId = useId();

  const customFieldNames = useMemo(() => {
    const names = new Set<string>();
    for (const field of customFields) names.add(field.name);
    for (const place of places) for (const name in place.customFields) names.add(name);
    return [...names].sort();
  }, [places, customFields]);
  const customFieldTypes = useMemo(
    () => new Map<string, CustomFieldTypeId>(customFields.map((field) => [field.name, field.type])),
    [customFields],
  );
  // The groups a place belongs to directly, by name (nested groups show their own members).
  const groupsOf = useMemo(() => {
    if (groups.length === 0) return undefined;
    const byPlace = new Map<number, string[]>();
    for (const group of groups)
      for (const placeId of group.placeIds) byPlace.set(placeId, [...(byPlace.get(placeId) ?? []), group.name]);
    return (place: Place) => byPlace.get(place.id) ?? [];
  }, [groups]);
  const placeColumnList = useMemo(
    () => placeColumns(t, { customFieldNames, customFieldTypes, groupsOf }),
    [t, customFieldNames, customFieldTypes, groupsOf],
  );
  const eventColumnList = useMemo(() => eventColumns(t, (id) => placesById.get(id)?.name ?? `#${id}`), [t, placesById]);
  const quarterColumnList = useMemo(() => quarterColumns(t), [t]);
  const routeColumnList = useMemo(() => routeColumns(t), [t]);
  const linkColumnList = useMemo(() => linkColumns(t, (id) => placesById.get(id)?.name ?? `#${id}`), [t, placesById]);
  const quarterRows = useMemo<QuarterRow[]>(
    () => (tab === 'areas' ? quarters.map((quarter) => ({ quarter, placesInside: props.placesInside(quarter) })) : []),
    [tab, quarters, props.placesInside],
  );

  const placeRows = useRows(tab === 'places' ? places : [], placeColumnList, query, sorts.places, t.formattingLocale);
  const areaRows = useRows(quarterRows, quarterColumnList, query, sorts.areas, t.formattingLocale);
  const routeRows = useRows(tab === 'routes' ? routes : [], routeColumnList, query, sorts.routes, t.formattingLocale);
  const linkRows = useRows(tab === 'links' ? links : [], linkColumnList, query, sorts.links, t.formattingLocale);
  const eventRows = useRows(tab === 'events' ? events : [], eventColumnList, query, sorts.events, t.formattingLocale);

  const onSort = (columnId: string) => setSorts((current) => ({ ...current, [tab]: nextSort(current[tab], columnId) }));
  const placeId = useCallback((place: Place) => place.id, []);
  const quarterId = useCallback((row: QuarterRow) => row.quarter.id, []);
  const routeId = useCallback((route: Route) => route.id, []);
  const linkId = useCallback((link: Link) => link.id, []);
  const eventId = useCallback((event: ClusterEvent) => event.id, []);

  const total = {
    places: props.totalPlaces,
    areas: quarters.length,
    routes: routes.length,
    links: links.length,
    events: events.length,
  }[tab];
  const shown = { places: placeRows, areas: areaRows, routes: routeRows, links: linkRows, events: eventRows }[tab]
    .length;

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'places';
    setTab(next);
    document.getElementById(`${tabsId}-${next}`)?.focus();
  };

  return (
    <section className="attribute-table" aria-label={t.t(m.label)} data-testid="attribute-table" style={{ height }}>
      <ResizeHandle height={height} onResize={onResize} />
      <div className="attribute-table__bar">
        <div role="tablist" aria-label={t.t(m.label)} className="attribute-table__tabs">
          {TABS.map((entry) => (
            <button
              key={entry}
              id={`${tabsId}-${entry}`}
              type="button"
              role="tab"
              aria-selected={tab === entry}
              aria-controls={`${tabsId}-panel`}
              tabIndex={tab === entry ? 0 : -1}
              className="attribute-table__tab"
              data-testid={`table-tab-${entry}`}
              onClick={() => setTab(entry)}
              onKeyDown={onTabKeyDown}
            >
              {t.t(TAB_LABELS[entry])}
            </button>
          ))}
        </div>
        <input
          className="input attribute-table__quick-filter"
          type="search"
          aria-label={t.t(m.quickFilter)}
          placeholder={t.t(m.quickFilterPlaceholder)}
          value={queryText}
          data-testid="table-quick-filter"
          onChange={(event) => setQueryText(event.target.value)}
        />
        <span className="attribute-table__count" data-testid="table-row-count" role="status">
          {shown === total ? t.t(m.rowCountAll, { total }) : t.t(m.rowCount, { shown, total })}
        </span>
        <span className="attribute-table__hint" title={tab === 'places' ? t.t(m.editHint) : undefined}>
          {tab === 'places' ? t.t(m.editHint) : null}
        </span>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t.t(m.close)}
          title={t.t(m.close)}
          data-testid="table-close"
          onClick={onClose}
        >
          <span aria-hidden="true">{SYMBOLS.close}</span>
        </button>
      </div>
      <div
        className="attribute-table__body"
        role="tabpanel"
        id={`${tabsId}-panel`}
        aria-labelledby={`${tabsId}-${tab}`}
      >
        {tab === 'places' && (
          <DataGrid
            label={t.t(m.tabPlaces)}
            testId="table-grid"
            rows={placeRows}
            columns={placeColumnList}
            rowId={placeId}
            selectedId={selectedPlaceId}
            onSelect={(place) => props.onSelectPlace(place.id)}
            sort={sorts.places}
            onSort={onSort}
            onEdit={(place, changes) => props.onEditPlace(place.id, changes)}
          />
        )}
        {tab === 'areas' && (
          <DataGrid
            label={t.t(m.tabAreas)}
            testId="table-grid"
            rows={areaRows}
            columns={quarterColumnList}
            rowId={quarterId}
            selectedId={selectedQuarterId}
            onSelect={(row) => {
              setSelectedQuarterId(row.quarter.id);
              props.onSelectQuarter(row.quarter);
            }}
            sort={sorts.areas}
            onSort={onSort}
          />
        )}
        {tab === 'routes' && (
          <DataGrid
            label={t.t(m.tabRoutes)}
            testId="table-grid"
            rows={routeRows}
            columns={routeColumnList}
            rowId={routeId}
            selectedId={selectedRouteId}
            onSelect={(route) => {
              setSelectedRouteId(route.id);
              props.onSelectRoute(route);
            }}
            sort={sorts.routes}
            onSort={onSort}
          />
        )}
        {tab === 'links' && (
          <DataGrid
            label={t.t(m.tabLinks)}
            testId="table-grid"
            rows={linkRows}
            columns={linkColumnList}
            rowId={linkId}
            selectedId={selectedLinkId}
            onSelect={(link) => {
              setSelectedLinkId(link.id);
              props.onSelectPlace(link.fromPlaceId);
            }}
            sort={sorts.links}
            onSort={onSort}
          />
        )}
        {tab === 'events' && (
          <DataGrid
            label={t.t(m.tabEvents)}
            testId="table-grid"
            rows={eventRows}
            columns={eventColumnList}
            rowId={eventId}
            selectedId={selectedEventId}
            onSelect={(event) => {
              setSelectedEventId(event.id);
              if (event.venuePlaceId !== null) props.onSelectPlace(event.venuePlaceId);
            }}
            sort={sorts.events}
            onSort={onSort}
          />
        )}
      </div>
    </section>
  );
}

const MIN_HEIGHT = 140;

/** The table's top edge: drag it, or focus it and use the arrow keys, to change the height. */
function ResizeHandle({ height, onResize }: { height: number; onResize(height: number): void }) {
  const t = useT();
  const clamp = (value: number) => Math.round(Math.max(MIN_HEIGHT, Math.min(window.innerHeight * 0.7, value)));
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    const startY = event.clientY;
    const startHeight = height;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (moveEvent: globalThis.PointerEvent) => onResize(clamp(startHeight + startY - moveEvent.clientY));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  return (
    <div
      className="attribute-table__resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t.t(m.resize)}
      aria-valuenow={height}
      aria-valuemin={MIN_HEIGHT}
      aria-valuemax={Math.round(window.innerHeight * 0.7)}
      tabIndex={0}
      title={t.t(m.resize)}
      onPointerDown={onPointerDown}
      onKeyDown={(event) => {
        if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
          event.preventDefault();
          onResize(clamp(height + (event.key === 'ArrowUp' ? 40 : -40)));
        }
      }}
    />
  );
}
