import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/api/contract.js';
import type { ExportResult, ImportResult } from '../../../shared/api/transfer.js';
import type { LinkInput, PlaceChanges } from '../../../shared/model/schemas.js';
import type { CategoryId } from '../../../shared/model/typology.js';
import { useApi } from '../api/api-context.js';
import { messageText, strings } from '../i18n/strings.js';
import { addedContent, contentBounds } from '../map/added-bounds.js';
import { MapView } from '../map/map-view.js';
import { useBasemapTheme } from '../features/basemaps/use-basemap-theme.js';
import { useBasemapFiles } from '../features/basemaps/use-basemap-files.js';
import { BasemapsControl } from '../features/basemaps/basemaps-control.js';
import { revealBounds, revealBoundsIfOutOfView } from '../map/reveal-bounds.js';
import {
  createStableLinks,
  createStablePlaces,
  leanPositions,
  quarterLabelsToGeoJson,
  quartersToGeoJson,
  routesToGeoJson,
} from '../map/project-geojson.js';
import { compilePlaceFilter } from '../../../shared/filter/place-filter.js';
import type { Quarter } from '../../../shared/model/schemas.js';
import {
  createQuarterMembership,
  filterPlaces,
  leanMapQuery,
  sameLeanMapQuery,
  withoutFacet,
} from '../features/filter/filter.js';
import { useImport } from '../features/transfer/use-import.js';
import { useOsmImport } from '../features/osm/use-osm-import.js';
import { OSM_EXTRACT_NAME } from '../../../shared/api/limits.js';
import { usePlaceFilter } from '../features/filter/use-place-filter.js';
import { useClusterLists } from './project/use-cluster-lists.js';
import { useProjectData } from './project/use-project-data.js';
import { useMapStyle } from '../features/styling/use-map-style.js';
import { useMapTools } from './map-tools/use-map-tools.js';
import { NewAreaForm, NewLinkForm, NewRouteForm } from './map-tools/draw-forms.js';
import { DrawingToolbar } from './map-tools/drawing-toolbar.js';
import { creativeFirmsToGeoJson } from '../features/styling/styling-geojson.js';
import { EMPTY_COLLECTION } from '../map/project-geojson.js';
import type { CategoryFamily } from '../../../shared/model/typology.js';
import { IS_E2E } from '../util/e2e-flag.js';
import { setProjectLoaded } from '../map/e2e-hooks.js';
import { errorText } from '../util/error-text.js';
import { ErrorMessage } from './error-message.js';
import { ExportDialog } from '../features/transfer/export-dialog.js';
import { FileDropZone } from '../features/transfer/file-drop-zone.js';
import { FilterBar } from '../features/filter/filter-bar.js';
import { ImportDialog } from '../features/transfer/import-dialog.js';
import { OsmImportDialog } from '../features/osm/osm-import-dialog.js';
import { Legend } from '../features/styling/legend.js';
import { NewPlaceForm } from '../features/places/new-place-form.js';
import { PlacePanel } from '../features/places/place-panel.js';
import { SearchBox } from '../features/search/search-box.js';
import { SidebarHeader } from './sidebar-header.js';
import { SidebarToolbar } from './sidebar-toolbar.js';
import { StatusMessage } from './status-message.js';
import { AttributeTable } from '../features/table/attribute-table.js';
import { useMenuCommand } from '../util/use-menu-command.js';
import { CustomFieldsManager } from '../features/fields/custom-fields-manager.js';
import { UndoRedoButtons } from '../features/edits/undo-redo-buttons.js';
import { useUndoCommands } from '../features/edits/use-undo-commands.js';

/** Positions are stored to 7 decimals (about 1 cm): more is noise from the pointer. */
function roundPosition([longitude, latitude]: [number, number]): [number, number] {
  return [Math.round(longitude * 1e7) / 1e7, Math.round(latitude * 1e7) / 1e7];
}

export function App() {
  const api = useApi();
  const { filter, filterActions } = usePlaceFilter();
  const latestFilter = useRef(filter);
  latestFilter.current = filter;
  const { data, actions, placesById } = useProjectData(api, {
    mapPlacesQuery: () => leanMapQuery(latestFilter.current),
  });
  const mapRef = useRef<MapLibreMap | null>(null);
  const [selectedPlaceId, setSelectedPlaceId] = useState<number | null>(null);
  // The Place tool is the add mode: the map's tools (use-map-tools.ts) own which tool is on.
  const selectPlaceRef = useRef<(id: number | null) => void>(() => {});
  const selectPlaceLater = useCallback((id: number | null) => selectPlaceRef.current(id), []);
  const [draftPosition, setDraftPosition] = useState<[number, number] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [basemapTheme, toggleBasemapTheme] = useBasemapTheme();
  const basemapFiles = useBasemapFiles(
    api,
    data.project?.fileName,
    useCallback((file: { bounds: [number, number, number, number] | null }) => {
      if (file.bounds && mapRef.current) revealBoundsIfOutOfView(mapRef.current, file.bounds);
    }, []),
  );
  useMenuCommand(
    'export',
    useCallback(() => setExporting(true), []),
  );
  const [managingFields, setManagingFields] = useState<CategoryId | null>(null);
  const [undoing, setUndoing] = useState(false);
  const undoOrRedo = useCallback(
    async (direction: 'undo' | 'redo') => {
      if (undoing) return;
      setUndoing(true);
      try {
        const result = await actions[direction]();
        setMapError(null);
        setStatus(
          direction === 'undo'
            ? strings.undone(messageText(result.label) ?? '')
            : strings.redone(messageText(result.label) ?? ''),
        );
      } catch (error) {
        setMapError((direction === 'undo' ? strings.undoFailed : strings.redoFailed)(errorText(error)));
      } finally {
        setUndoing(false);
      }
    },
    [actions, undoing],
  );
  useUndoCommands(
    () => void undoOrRedo('undo'),
    () => void undoOrRedo('redo'),
  );
  const mapStyle = useMapStyle(api, data.project?.fileName);
  const [previewColours, setPreviewColours] = useState<Partial<Record<CategoryFamily, string>>>({});
  const familyColours = useMemo(
    () => ({ ...mapStyle.familyColours, ...previewColours }),
    [mapStyle.familyColours, previewColours],
  );
  const [heatmap, setHeatmap] = useState(false);
  const onPreviewColour = useCallback((family: CategoryFamily, colour: string) => {
    setPreviewColours((current) => ({ ...current, [family]: colour }));
  }, []);
  const onCommitColour = useCallback(
    (family: CategoryFamily, colour: string) => {
      mapStyle.setFamilyColour(family, colour).then(
        () => setMapError(null),
        (error: unknown) => setMapError(strings.colourSaveFailed(errorText(error))),
      );
      // The saved style (or, on failure, the old colour) takes over from the preview.
      setPreviewColours((current) => {
        const { [family]: _done, ...rest } = current;
        return rest;
      });
    },
    [mapStyle],
  );
  const latestData = useRef(data);
  latestData.current = data;

  const [tableOpen, setTableOpen] = useState(false);
  const [tableHeight, setTableHeight] = useState(() => Math.round(window.innerHeight * 0.38));
  const membership = useMemo(createQuarterMembership, []);
  const latestMembership = useRef(membership);

  const selectedPlace = selectedPlaceId === null ? null : (placesById.get(selectedPlaceId) ?? null);

  useEffect(() => {
    if (IS_E2E) setProjectLoaded(data.status === 'ready');
  }, [data.status]);

  // A place that vanished (deleted elsewhere) is no longer selected.
  useEffect(() => {
    if (data.status === 'ready' && selectedPlaceId !== null && !placesById.has(selectedPlaceId))
      setSelectedPlaceId(null);
  }, [data.status, placesById, selectedPlaceId]);

  // One filter for the map, the table, the nearby list and the legend's counts.
  const clusterLists = useClusterLists(api, data.places);
  const filterContext = membership(data.places, data.quarters, clusterLists.groups, clusterLists.events);
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
  // Until the full list arrives the map draws the lean answer, if it was read for this filter.
  const leanQuery = leanMapQuery(filter);
  const leanPlaces =
    !data.placesLoaded && data.mapPlaces && leanQuery && sameLeanMapQuery(data.mapPlaces.query, leanQuery)
      ? data.mapPlaces.places
      : null;
  const stablePlaces = useMemo(createStablePlaces, []);
  const places = stablePlaces(leanPlaces ?? visiblePlaces);
  const mapDataReady = data.mapReady && (leanPlaces !== null || data.status === 'ready');
  const tools = useMapTools({
    api,
    actions,
    quarters: data.quarters,
    visiblePlaces,
    placesById,
    selectPlace: selectPlaceLater,
    setStatus,
    setError: setMapError,
  });
  const addMode = tools.tool === 'place';
  const { setTool } = tools;
  const setAddMode = useCallback((on: boolean) => setTool(on ? 'place' : 'browse'), [setTool]);
  // A link is drawn when both its places are shown.
  const visibleLinks = useMemo(
    () =>
      visiblePlaces === data.places
        ? data.links
        : data.links.filter((link) => visiblePlacesById.has(link.fromPlaceId) && visiblePlacesById.has(link.toPlaceId)),
    [data.links, data.places, visiblePlaces, visiblePlacesById],
  );
  const stableLinks = useMemo(createStableLinks, []);
  const links = stableLinks(data.links, leanPlaces ? leanPositions(leanPlaces) : visiblePlacesById);
  const routes = routesToGeoJson(data.routes);
  const quarters = quartersToGeoJson(data.quarters);
  const quarterLabels = quarterLabelsToGeoJson(data.quarters);
  const creativeFirms = heatmap ? creativeFirmsToGeoJson(visiblePlaces) : EMPTY_COLLECTION;

  const cancelAdding = useCallback(() => {
    if (addMode) setAddMode(false);
    setDraftPosition(null);
  }, [addMode, setAddMode]);

  const selectPlace = useCallback(
    (id: number | null) => {
      cancelAdding();
      setStatus(null);
      setSelectedPlaceId(id);
    },
    [cancelAdding],
  );
  selectPlaceRef.current = selectPlace;

  const { tool, canDelete, deleteSelection } = tools;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && (addMode || draftPosition)) {
        event.preventDefault();
        cancelAdding();
      } else if (event.key === 'Escape' && tool !== 'browse') {
        // Esc cancels a drawing (or a link half made) and leaves the tool.
        event.preventDefault();
        setTool('browse');
      } else if (
        (event.key === 'Delete' || event.key === 'Backspace') &&
        canDelete &&
        !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)
      ) {
        event.preventDefault();
        void deleteSelection();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [addMode, draftPosition, cancelAdding, tool, setTool, canDelete, deleteSelection]);

  const flyToPlace = useCallback((longitude: number, latitude: number) => {
    const map = mapRef.current;
    if (!map) return;
    map.flyTo({ center: [longitude, latitude], zoom: Math.max(map.getZoom(), 16), essential: true });
  }, []);

  const onPickSearchHit = useCallback(
    (hit: SearchHit) => {
      selectPlace(hit.place.id);
      flyToPlace(hit.place.longitude, hit.place.latitude);
    },
    [flyToPlace, selectPlace],
  );

  const onSelectRow = useCallback(
    (id: number) => {
      selectPlace(id);
      const place = latestData.current.places.find((entry) => entry.id === id);
      if (place) flyToPlace(place.longitude, place.latitude);
    },
    [flyToPlace, selectPlace],
  );

  const onSelectQuarter = useCallback((quarter: Quarter) => {
    const ring = quarter.geometry.coordinates[0] ?? [];
    const map = mapRef.current;
    if (!map || ring.length === 0) return;
    const longitudes = ring.map(([longitude]) => longitude);
    const latitudes = ring.map(([, latitude]) => latitude);
    map.fitBounds([Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)], {
      padding: 48,
      maxZoom: 18,
    });
  }, []);

  const placesInside = useCallback(
    (quarter: Quarter) => filterContext.placesInQuarter(quarter.id)?.size ?? 0,
    [filterContext],
  );

  const onEditPlace = useCallback((id: number, changes: PlaceChanges) => actions.updatePlace(id, changes), [actions]);

  const onPickPosition = useCallback(
    (position: [number, number]) => {
      setSelectedPlaceId(null);
      setDraftPosition(roundPosition(position));
      setAddMode(false);
    },
    [setAddMode],
  );

  const onMovePlace = useCallback(
    async (id: number, position: [number, number]) => {
      const [longitude, latitude] = roundPosition(position);
      try {
        await actions.updatePlace(id, { longitude, latitude });
        setMapError(null);
        setSelectedPlaceId(id);
        return true;
      } catch (error) {
        setMapError(strings.moveFailed(errorText(error)));
        return false;
      }
    },
    [actions],
  );

  const onCreatePlace = useCallback(
    async (input: { name: string; category: CategoryId }) => {
      if (!draftPosition) throw new Error('No position for the new place.');
      const [longitude, latitude] = draftPosition;
      const place = await actions.createPlace({ ...input, longitude, latitude });
      setDraftPosition(null);
      setSelectedPlaceId(place.id);
      return place;
    },
    [actions, draftPosition],
  );

  const onSavePlace = useCallback(
    (changes: PlaceChanges) => {
      if (selectedPlaceId === null) return Promise.reject(new Error(strings.placeGone));
      return actions.updatePlace(selectedPlaceId, changes);
    },
    [actions, selectedPlaceId],
  );

  const onDeletePlace = useCallback(async () => {
    if (!selectedPlace) return;
    const result = await actions.deletePlace(selectedPlace.id);
    setSelectedPlaceId(null);
    setStatus(strings.deleted(selectedPlace.name, result.linksRemoved));
  }, [actions, selectedPlace]);

  const onCreateLink = useCallback((input: LinkInput) => actions.createLink(input), [actions]);

  const onImported = useCallback(
    async (result: ImportResult, fileName: string) => {
      setMapError(null);
      const message = strings.importDone(fileName, result.added, result.skipped.length);
      setStatus(message);
      const before = latestData.current;
      let after: Awaited<ReturnType<typeof actions.refreshAfterImport>>;
      try {
        after = await actions.refreshAfterImport();
      } catch (error) {
        setMapError(strings.loadFailed(errorText(error)));
        return;
      }
      const added = addedContent(before, after);
      const matches = compilePlaceFilter(latestFilter.current, latestMembership.current(after.places, after.quarters));
      const hidden = added.places.filter((place) => !matches(place)).length;
      if (hidden > 0) setStatus(`${message} ${strings.importHiddenByFilter(hidden)}`);
      const bounds = contentBounds(added);
      if (bounds && mapRef.current) revealBounds(mapRef.current, bounds);
    },
    [actions],
  );
  const importer = useImport(api, onImported);
  // OpenStreetMap extracts import as a job (progress, cancel); the map and lists refresh after.
  const osmImporter = useOsmImport(api, (outcome) => {
    if (outcome.kind === 'cancelled') {
      setStatus(strings.osmImportCancelled(outcome.fileName));
      return;
    }
    setMapError(null);
    setStatus(strings.osmImportDone(outcome.summary));
    actions.refreshAfterImport().then(
      (after) => {
        const bounds = contentBounds(after);
        if (bounds && mapRef.current && outcome.summary.added > 0) revealBounds(mapRef.current, bounds);
      },
      (error: unknown) => setMapError(strings.loadFailed(errorText(error))),
    );
  });
  const startOsmImport = useCallback(
    (file: File) => {
      cancelAdding();
      setStatus(null);
      osmImporter.open(file);
    },
    [cancelAdding, osmImporter],
  );

  const onExported = useCallback((result: ExportResult) => {
    setExporting(false);
    setStatus(strings.exportDone(result.fileName, strings.exportSummary(result.counts)));
  }, []);

  const startImport = useCallback(
    (file: File) => {
      cancelAdding();
      setStatus(null);
      // A dropped OpenStreetMap extract goes to its own import (a job with progress).
      if (OSM_EXTRACT_NAME.test(file.name)) osmImporter.open(file);
      else importer.open(file);
    },
    [cancelAdding, importer, osmImporter],
  );

  const onDeleteLink = useCallback(
    async (id: number) => {
      await api.deleteLink({ id });
      await actions.refresh(['links', 'project']);
    },
    [actions, api],
  );

  const toggleAddMode = () => {
    if (addMode || draftPosition) {
      cancelAdding();
      return;
    }
    setSelectedPlaceId(null);
    setStatus(null);
    setAddMode(true);
  };

  // A project with only a basemap (an OSM import without places yet) opens on the basemap.
  const bounds = data.project?.bounds ?? data.project?.basemap?.bounds ?? null;
  const ready = data.status === 'ready';
  const importing = importer.state.step !== 'closed' || osmImporter.state.step !== 'closed';

  return (
    <div className="app">
      <aside className="sidebar" aria-label={strings.sidebarLabel}>
        <SidebarHeader project={data.project} />
        <SearchBox placesVersion={data.places} onPick={onPickSearchHit} />
        <SidebarToolbar
          ready={ready}
          addMode={addMode}
          importing={importing}
          onToggleAddMode={toggleAddMode}
          onCancelAdding={cancelAdding}
          onImportFile={startImport}
          onImportOsmFile={startOsmImport}
          onExport={() => setExporting(true)}
        />
        <UndoRedoButtons
          state={data.undoState}
          busy={undoing || !ready}
          onUndo={() => void undoOrRedo('undo')}
          onRedo={() => void undoOrRedo('redo')}
        />

        {data.status === 'loading' && !data.project && <p className="hint">{strings.loading}</p>}
        {data.status === 'failed' && (
          <div className="load-failed">
            <ErrorMessage message={strings.loadFailed(data.loadError ?? strings.unknownError)} />
            <button type="button" className="button" onClick={() => void actions.reload()}>
              {strings.retry}
            </button>
          </div>
        )}
        <ErrorMessage message={mapError} onDismiss={() => setMapError(null)} />
        <StatusMessage message={status} onDismiss={() => setStatus(null)} />

        {tools.draftArea ? (
          <NewAreaForm onCreate={tools.createArea} onCancel={tools.cancelArea} />
        ) : tools.draftRoute ? (
          <NewRouteForm
            stops={tools.draftRoute.stopPlaceIds.map((id) => placesById.get(id)?.name ?? `#${id}`)}
            onCreate={tools.createRoute}
            onCancel={tools.cancelRoute}
          />
        ) : tools.linkFromId !== null && tools.linkToId !== null ? (
          <NewLinkForm
            fromName={placesById.get(tools.linkFromId)?.name ?? ''}
            toName={placesById.get(tools.linkToId)?.name ?? ''}
            onCreate={tools.createLink}
            onCancel={tools.cancelLink}
          />
        ) : draftPosition ? (
          <NewPlaceForm position={draftPosition} onCreate={onCreatePlace} onCancel={cancelAdding} />
        ) : selectedPlaceId !== null && !data.placesLoaded ? (
          // A place picked on the lean first paint: its panel needs the full list, which follows.
          <p className="hint">{strings.loading}</p>
        ) : selectedPlace ? (
          <PlacePanel
            place={selectedPlace}
            links={data.links}
            onSave={onSavePlace}
            onDelete={onDeletePlace}
            onClose={() => setSelectedPlaceId(null)}
            onCreateLink={onCreateLink}
            onSelectPlace={selectPlace}
            placesById={placesById}
            onDeleteLink={onDeleteLink}
            isShown={(id) => visiblePlacesById.has(id)}
            workspace={{ data, actions, placesById, onManageFields: setManagingFields }}
          />
        ) : (
          tool === 'browse' && (
            <p className="sidebar__hint" data-testid="selection-hint">
              {strings.selectPlaceHint}
            </p>
          )
        )}

        <Legend
          places={legendPlaces}
          links={visibleLinks}
          shownPlaces={visiblePlaces.length}
          filter={filter}
          filterActions={filterActions}
          familyColours={familyColours}
          onPreviewColour={onPreviewColour}
          onCommitColour={onCommitColour}
          heatmap={heatmap}
          onToggleHeatmap={() => setHeatmap((on) => !on)}
        />
      </aside>
      <main className="map-area">
        <div className="map-toolbar">
          <FilterBar
            filter={filter}
            filterActions={filterActions}
            places={data.places}
            quarters={data.quarters}
            groups={clusterLists.groups}
            shownPlaces={visiblePlaces.length}
          />
          <button
            type="button"
            className={`button button--small${tableOpen ? ' button--active' : ''}`}
            aria-pressed={tableOpen}
            title={strings.tableButtonTitle}
            data-testid="table-button"
            disabled={!ready}
            onClick={() => setTableOpen((open) => !open)}
          >
            {strings.tableButton}
          </button>
        </div>
        <div className="map-area__map">
          <FileDropZone disabled={!ready || importing} onFile={startImport} onRejected={setMapError}>
            <MapView
              mapRef={mapRef}
              dataReady={mapDataReady}
              onDataDrawn={actions.loadPlaces}
              places={places}
              links={links}
              routes={routes}
              quarters={quarters}
              quarterLabels={quarterLabels}
              bounds={bounds}
              selectedPlaceId={selectedPlaceId}
              familyColours={familyColours}
              heatmap={heatmap}
              creativeFirms={creativeFirms}
              addMode={addMode}
              draftPosition={draftPosition}
              drawTool={tools.drawTool}
              quarterList={data.quarters}
              drawResetKey={tools.drawResetKey}
              canDragPlaces={tool === 'browse' || tool === 'edit'}
              multiSelect={tool === 'edit'}
              pickedPlaceIds={tools.pickedPlaceIds}
              linkFromId={tools.linkFromId}
              toolHint={tools.toolHint}
              e2e={IS_E2E}
              onSelectPlace={tools.onMapPlaceClick}
              onPickPlaces={tools.onPickPlaces}
              onMovePlaces={tools.onMovePlaces}
              onAreaDrawn={tools.onAreaDrawn}
              onRouteDrawn={tools.onRouteDrawn}
              onAreaChanged={tools.onAreaChanged}
              onAreaSelected={tools.onAreaSelected}
              onPickPosition={onPickPosition}
              onMovePlace={onMovePlace}
              basemap={data.project?.basemap ?? null}
              basemapTheme={basemapTheme}
              onToggleBasemapTheme={toggleBasemapTheme}
              basemapFiles={basemapFiles.files}
            >
              <BasemapsControl controller={basemapFiles} />
            </MapView>
            <DrawingToolbar
              tool={tool}
              disabled={!ready}
              canDelete={canDelete}
              onTool={(next) => {
                setDraftPosition(null);
                setStatus(null);
                if (next !== 'browse' && next !== 'edit') setSelectedPlaceId(null);
                setTool(next);
              }}
              onDelete={() => void deleteSelection()}
            />
          </FileDropZone>
        </div>
        {tableOpen && (
          <AttributeTable
            places={visiblePlaces}
            totalPlaces={data.places.length}
            quarters={data.quarters}
            links={visibleLinks}
            placesById={placesById}
            placesInside={placesInside}
            groups={clusterLists.groups}
            events={clusterLists.events}
            customFields={clusterLists.customFields}
            selectedPlaceId={selectedPlaceId}
            onSelectPlace={onSelectRow}
            onSelectQuarter={onSelectQuarter}
            onEditPlace={onEditPlace}
            height={tableHeight}
            onResize={setTableHeight}
            onClose={() => setTableOpen(false)}
          />
        )}
      </main>
      <ImportDialog controller={importer} />
      <OsmImportDialog controller={osmImporter} quarters={data.quarters} />
      {managingFields && (
        <CustomFieldsManager
          category={managingFields}
          definitions={data.customFieldDefinitions}
          onCreate={(input) => actions.createCustomField(input)}
          onUpdate={(id, changes) => actions.updateCustomField(id, changes)}
          onDelete={(id) => actions.deleteCustomField(id)}
          onClose={() => setManagingFields(null)}
        />
      )}
      {exporting && (
        <ExportDialog
          filter={filter}
          shownPlaces={visiblePlaces.length}
          totalPlaces={data.places.length}
          onExported={onExported}
          onClose={() => setExporting(false)}
        />
      )}
    </div>
  );
}
