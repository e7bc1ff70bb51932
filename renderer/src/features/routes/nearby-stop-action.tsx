import { useCallback, useState, type ReactNode } from 'react';
import type { NearbyPlace } from '../../../../shared/api/contract.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Place, Route } from '../../../../shared/model/schemas.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { useOptionalRoutes } from './routes-context.js';

function AddStopButton({ route, place }: { route: Route; place: NearbyPlace }) {
  const t = useT();
  const routes = useOptionalRoutes();
  const [adding, setAdding] = useState(false);
  if (!routes) return null;
  const isStop = route.stops.some((stop) => stop.placeId === place.id);
  if (isStop) return null;
  return (
    <button
      type="button"
      className="button button--small"
      data-testid="nearby-add-stop-button"
      aria-label={t.t(m.addToNamedRoute, { name: place.name, route: route.name })}
      title={t.t(m.addToNamedRoute, { name: place.name, route: route.name })}
      disabled={adding}
      onClick={() => {
        setAdding(true);
        void routes.edits.addStop(place.id, route).finally(() => setAdding(false));
      }}
    >
      {adding ? t.t(m.adding) : t.t(m.addAsStop)}
    </button>
  );
}

/**
 * For the Nearby list of a place that is a stop of a route: each place nearby can become a stop of
 * that route too (the first route through the place, by name), where it lengthens it least.
 */
export function useNearbyStopAction(place: Place): ((nearby: NearbyPlace) => ReactNode) | undefined {
  const t = useT();
  const { data } = useWorkspace();
  const collator = new Intl.Collator(t.formattingLocale);
  const route = data.routes
    .filter((candidate) => candidate.stops.some((stop) => stop.placeId === place.id))
    .sort((a, b) => collator.compare(a.name, b.name))[0];
  const action = useCallback(
    (nearby: NearbyPlace) => (route ? <AddStopButton route={route} place={nearby} /> : null),
    [route],
  );
  return route ? action : undefined;
}
