import { useCallback } from 'react';
import { useApi } from '../api/api-context.js';
import { AreaMapLayer } from '../features/areas/area-map-layer.js';
import { BasemapFileLayers, StreetBasemapLayer } from '../features/basemaps/basemap-layers.js';
import { BasemapThemeToggle } from '../features/basemaps/basemap-theme-toggle.js';
import { BasemapsControl } from '../features/basemaps/basemaps-control.js';
import { useBasemapFiles } from '../features/basemaps/use-basemap-files.js';
import { useBasemapTheme } from '../features/basemaps/use-basemap-theme.js';
import { LinkDraftLine } from '../features/links/link-draft-line.js';
import { RouteMapLayer } from '../features/routes/route-map-layer.js';
import { useRoutes } from '../features/routes/routes-context.js';
import { useMapHandle } from '../map/map-handle.js';
import { MapView } from '../map/map-view.js';
import { revealBoundsIfOutOfView } from '../map/reveal-bounds.js';
import { ZoomToDataButton } from '../map/zoom-to-data-button.js';
import { IS_E2E } from '../util/e2e-flag.js';
import { useMapTools } from './map-tools/map-tools-context.js';
import { useWorkspace } from './project/workspace-context.js';
import { useMapLayers } from './use-map-layers.js';

/** The map of the project: its layers, the tools' bindings, and the features drawn over it. */
export function ProjectMap() {
  const api = useApi();
  const mapRef = useMapHandle();
  const { data, actions, placesById } = useWorkspace();
  const { bindings, link, tool, selection } = useMapTools();
  const routes = useRoutes();
  const layers = useMapLayers();
  const [basemapTheme, toggleBasemapTheme] = useBasemapTheme();
  const basemapFiles = useBasemapFiles(
    api,
    useCallback(
      (file: { bounds: [number, number, number, number] | null }) => {
        if (file.bounds && mapRef.current) revealBoundsIfOutOfView(mapRef.current, file.bounds);
      },
      [mapRef],
    ),
  );
  return (
    <MapView mapRef={mapRef} layers={layers} tools={bindings} e2e={IS_E2E} onDataDrawn={actions.loadPlaces}>
      <BasemapThemeToggle theme={basemapTheme} onToggle={toggleBasemapTheme} />
      <StreetBasemapLayer info={data.project?.basemap ?? null} theme={basemapTheme} />
      <BasemapFileLayers files={basemapFiles.files} />
      <LinkDraftLine fromId={link.linkFromId} places={layers.places} />
      <AreaMapLayer
        quarters={data.quarters}
        canSelect={tool === 'browse' && routes.selectedRoute === null}
        onSelectArea={selection.selectArea}
      />
      <RouteMapLayer
        routes={layers.routes}
        selectedRoute={routes.selectedRoute}
        placesById={placesById}
        preview={routes.preview}
        hover={routes.hover}
        canSelect={tool === 'browse'}
        onSelectRoute={selection.selectRoute}
        onAddVia={routes.edits.addVia}
      />
      <BasemapsControl controller={basemapFiles} />
      <ZoomToDataButton />
    </MapView>
  );
}
