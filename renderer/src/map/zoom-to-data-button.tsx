import { mapMessages as m } from '../../../shared/i18n/messages/ui/map.js';
import { useWorkspace } from '../app/project/workspace-context.js';
import { useT } from '../i18n/i18n-context.js';
import { contentBounds } from './added-bounds.js';
import { useMapHandle } from './map-handle.js';
import { fitToBounds } from './reveal-bounds.js';

/** The button over the map that brings every place, area and route of the project into view. */
export function ZoomToDataButton() {
  const t = useT();
  const mapRef = useMapHandle();
  const { data, contentNow } = useWorkspace();
  const empty = data.places.length === 0 && data.quarters.length === 0 && data.routes.length === 0;
  const title = t.t(empty ? m.zoomToDataEmpty : m.zoomToDataTitle);
  return (
    <button
      type="button"
      className="map-view__zoom-to-data"
      data-testid="zoom-to-data"
      title={title}
      disabled={empty}
      onClick={() => {
        const bounds = contentBounds(contentNow());
        if (bounds && mapRef.current) fitToBounds(mapRef.current, bounds);
      }}
    >
      {t.t(m.zoomToData)}
    </button>
  );
}
