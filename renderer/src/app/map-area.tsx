import { useCallback, useState } from 'react';
import type { PlaceChanges, Quarter } from '../../../shared/model/schemas.js';
import { tableMessages } from '../../../shared/i18n/messages/ui/table.js';
import { analysisMessages } from '../../../shared/i18n/messages/ui/analysis.js';
import { AnalysisDock } from '../features/analytics/analysis-dock.js';
import { useAnalysis } from '../features/analytics/analysis-context.js';
import { FilterBar } from '../features/filter/filter-bar.js';
import { useOpenArea } from '../features/areas/use-open-area.js';
import { useOpenRoute } from '../features/routes/use-open-route.js';
import { AttributeTable } from '../features/table/attribute-table.js';
import { FileDropZone } from '../features/transfer/file-drop-zone.js';
import { useTransfer } from '../features/transfer/transfer-context.js';
import { useT } from '../i18n/i18n-context.js';
import { flyToPosition } from '../map/camera.js';
import { useMapHandle } from '../map/map-handle.js';
import { DrawingToolbar } from './map-tools/drawing-toolbar.js';
import { useSelection } from './map-tools/map-tools-context.js';
import { useNotices } from './notices.js';
import { useWorkspace } from './project/workspace-context.js';
import { ProjectMap } from './project-map.js';

/**
 * The map side of the window: the filter bar with the Table and Analysis buttons, the map with its
 * tools and the analysis dock beside it, the table.
 */
export function MapArea() {
  const t = useT();
  const workspace = useWorkspace();
  const { data, actions, ready, filterContext, latest } = workspace;
  const { selectedPlaceId, selectPlace } = useSelection();
  const openRoute = useOpenRoute();
  const { importing, startImport } = useTransfer();
  const { setError } = useNotices();
  const mapRef = useMapHandle();
  const [tableOpen, setTableOpen] = useState(false);
  const analysis = useAnalysis();
  const [tableHeight, setTableHeight] = useState(() => Math.round(window.innerHeight * 0.38));
  const placesInside = useCallback(
    (quarter: Quarter) => filterContext.placesInQuarter(quarter.id)?.size ?? 0,
    [filterContext],
  );
  const onSelectRow = useCallback(
    (id: number) => {
      selectPlace(id);
      const place = latest.current.data.places.find((entry) => entry.id === id);
      if (place && mapRef.current) flyToPosition(mapRef.current, place.longitude, place.latitude);
    },
    [latest, mapRef, selectPlace],
  );
  const openArea = useOpenArea();
  const onEditPlace = useCallback((id: number, changes: PlaceChanges) => actions.updatePlace(id, changes), [actions]);
  return (
    <main className="map-area">
      <div className="map-toolbar">
        <FilterBar />
        <button
          type="button"
          className={`button button--small${tableOpen ? ' button--active' : ''}`}
          aria-pressed={tableOpen}
          title={t.t(tableMessages.buttonTitle)}
          data-testid="table-button"
          disabled={!ready}
          onClick={() => setTableOpen((open) => !open)}
        >
          {t.t(tableMessages.button)}
        </button>
        <button
          type="button"
          className={`button button--small${analysis.open ? ' button--active' : ''}`}
          aria-pressed={analysis.open}
          title={t.t(analysisMessages.buttonTitle)}
          data-testid="analysis-button"
          disabled={!ready}
          onClick={() => (analysis.open ? analysis.close() : analysis.show())}
        >
          {t.t(analysisMessages.button)}
        </button>
      </div>
      <div className="map-area__body">
        <div className="map-area__map">
          <FileDropZone disabled={!ready || importing} onFile={startImport} onRejected={setError}>
            <ProjectMap />
            <DrawingToolbar />
          </FileDropZone>
        </div>
        <AnalysisDock />
      </div>
      {tableOpen && (
        <AttributeTable
          places={workspace.visiblePlaces}
          totalPlaces={data.places.length}
          quarters={data.quarters}
          routes={data.routes}
          links={workspace.visibleLinks}
          placesById={workspace.placesById}
          placesInside={placesInside}
          groups={data.groups}
          events={data.events}
          customFields={data.customFieldDefinitions}
          selectedPlaceId={selectedPlaceId}
          onSelectPlace={onSelectRow}
          onSelectQuarter={openArea}
          onSelectRoute={openRoute}
          onEditPlace={onEditPlace}
          height={tableHeight}
          onResize={setTableHeight}
          onClose={() => setTableOpen(false)}
        />
      )}
    </main>
  );
}
