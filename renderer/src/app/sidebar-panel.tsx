import { appMessages as m } from '../../../shared/i18n/messages/ui/app.js';
import { AreaPanel } from '../features/areas/area-panel.js';
import { AreasList } from '../features/areas/areas-list.js';
import { NewAreaForm } from '../features/areas/new-area-form.js';
import { NewLinkForm } from '../features/links/new-link-form.js';
import { NewPlaceForm } from '../features/places/new-place-form.js';
import { FirstSteps } from '../features/projects/first-steps.js';
import { SelectedPlacePanel } from '../features/places/selected-place-panel.js';
import { NewRouteForm } from '../features/routes/new-route-form.js';
import { RoutePanel } from '../features/routes/route-panel.js';
import { useRoutes } from '../features/routes/routes-context.js';
import { RoutesList } from '../features/routes/routes-list.js';
import { useT } from '../i18n/i18n-context.js';
import { useMapTools, useSelection } from './map-tools/map-tools-context.js';
import { useWorkspace } from './project/workspace-context.js';

/**
 * The sidebar's main panel: what a tool drew and waits for a name, or the selected place, or the
 * open route or area, or a hint and the lists of routes and areas (a new, empty project: its first
 * steps).
 */
export function SidebarPanel() {
  const t = useT();
  const { data, placesById } = useWorkspace();
  const { tool, place, area, route, link } = useMapTools();
  const { selectedPlaceId, selectedPlace, selectedArea } = useSelection();
  const { selectedRoute } = useRoutes();
  const nameOf = (id: number) => placesById.get(id)?.name;
  if (area.draftArea) return <NewAreaForm onCreate={area.createArea} onCancel={area.cancelArea} />;
  if (route.draftRoute)
    return (
      <NewRouteForm
        stops={route.draftRoute.stopPlaceIds.map((id) => nameOf(id) ?? `#${id}`)}
        onCreate={route.createRoute}
        onCancel={route.cancelRoute}
      />
    );
  if (link.linkFromId !== null && link.linkToId !== null)
    return (
      <NewLinkForm
        fromName={nameOf(link.linkFromId) ?? ''}
        toName={nameOf(link.linkToId) ?? ''}
        onCreate={link.createLink}
        onCancel={link.cancelLink}
      />
    );
  if (place.draftPosition)
    return <NewPlaceForm position={place.draftPosition} onCreate={place.createPlace} onCancel={place.cancelAdding} />;
  // A place picked on the lean first paint: its panel needs the full list, which follows.
  if (selectedPlaceId !== null && !data.placesLoaded) return <p className="hint">{t.t(m.loading)}</p>;
  if (selectedPlace) return <SelectedPlacePanel place={selectedPlace} />;
  if (selectedRoute) return <RoutePanel key={selectedRoute.id} route={selectedRoute} />;
  if (selectedArea) return <AreaPanel key={selectedArea.id} area={selectedArea} />;
  if (tool !== 'browse') return null;
  // A new, empty project: its first steps instead of a hint about places there are not.
  const counts = data.project?.counts;
  if (counts && !data.project?.isSample && counts.places + counts.quarters + counts.routes === 0) return <FirstSteps />;
  return (
    <>
      <p className="sidebar__hint" data-testid="selection-hint">
        {t.t(m.selectPlaceHint)}
      </p>
      {data.mapReady && <RoutesList />}
      {data.mapReady && <AreasList />}
    </>
  );
}
