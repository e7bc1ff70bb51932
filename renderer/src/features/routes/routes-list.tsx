import './routes.css';
import { useId, useState } from 'react';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { formatDuration, formatLength } from './route-format.js';
import { TourDialog } from './tour-dialog.js';
import { useOpenRoute } from './use-open-route.js';

/** The project's routes in the sidebar: one opens in the route panel; a tour can be proposed. */
export function RoutesList() {
  const t = useT();
  const id = useId();
  const { data, ready } = useWorkspace();
  const { selectedPlaceId } = useSelection();
  const openRoute = useOpenRoute();
  const [proposing, setProposing] = useState(false);
  const collator = new Intl.Collator(t.formattingLocale);
  const routes = [...data.routes].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <section className="routes-list" aria-labelledby={`${id}-title`} data-testid="routes-list">
      <div className="routes-list__header">
        <h2 className="routes-list__title" id={`${id}-title`}>
          {t.t(m.listTitle)} <span className="routes-list__count">{t.number(routes.length)}</span>
        </h2>
        <button
          type="button"
          className="button button--small"
          aria-haspopup="dialog"
          disabled={!ready || data.places.length === 0}
          data-testid="propose-tour-button"
          onClick={() => setProposing(true)}
        >
          {t.t(m.proposeTour)}
        </button>
      </div>
      {routes.length === 0 ? (
        <p className="route-section__hint">{t.t(m.listEmpty)}</p>
      ) : (
        <ul className="routes-list__items">
          {routes.map((route) => (
            <li key={route.id}>
              <button
                type="button"
                className="routes-list__item"
                data-testid="routes-list-item"
                data-route-id={route.id}
                onClick={() => openRoute(route)}
              >
                <span className="routes-list__name" data-content="">
                  {route.name}
                </span>
                <span className="routes-list__meta">
                  {t.t(m.listItemMeta, {
                    mode: typologyLabel(t, 'routeMode', route.mode),
                    stops: route.stops.length,
                    length: formatLength(t, route.lengthMetres),
                    duration: formatDuration(t, route.durationSeconds),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {proposing && <TourDialog startPlaceId={selectedPlaceId} onClose={() => setProposing(false)} />}
    </section>
  );
}
