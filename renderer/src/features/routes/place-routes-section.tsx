import './routes.css';
import { useId, useState } from 'react';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Place } from '../../../../shared/model/schemas.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { useRoutes } from './routes-context.js';
import { TourDialog } from './tour-dialog.js';

/** In the place panel: the routes that stop here, adding it as a stop of one, a tour from here. */
export function PlaceRoutesSection({ place }: { place: Place }) {
  const t = useT();
  const id = useId();
  const { data } = useWorkspace();
  const { selectRoute } = useSelection();
  const { edits } = useRoutes();
  const through = data.routes.filter((route) => route.stops.some((stop) => stop.placeId === place.id));
  const others = data.routes.filter((route) => !through.includes(route));
  const [target, setTarget] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [proposing, setProposing] = useState(false);
  const chosen = others.find((route) => route.id === target) ?? others[0] ?? null;

  async function add() {
    if (!chosen) return;
    setAdding(true);
    const added = await edits.addStop(place.id, chosen);
    setAdding(false);
    if (added) selectRoute(chosen.id);
  }

  return (
    <section className="place-routes" aria-labelledby={`${id}-title`} data-testid="place-routes">
      <h3 className="route-section__title" id={`${id}-title`}>
        {t.t(m.placeRoutesTitle)}
      </h3>
      {through.length === 0 ? (
        <p className="route-section__hint">{t.t(m.placeOnNoRoute)}</p>
      ) : (
        <ul className="place-routes__list">
          {through.map((route) => (
            <li key={route.id}>
              <button
                type="button"
                className="place-routes__route"
                data-content=""
                onClick={() => selectRoute(route.id)}
              >
                {route.name}
              </button>
              <span className="place-routes__stop">
                {t.t(m.placeStopNumber, {
                  number: route.stops.findIndex((stop) => stop.placeId === place.id) + 1,
                  count: route.stops.length,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <div className="place-routes__add">
          <label htmlFor={`${id}-route`} className="place-routes__label">
            {t.t(m.addToRoute)}
          </label>
          <select
            id={`${id}-route`}
            className="input input--inline"
            value={chosen?.id ?? ''}
            data-testid="place-routes-select"
            onChange={(event) => setTarget(Number(event.target.value))}
          >
            {others.map((route) => (
              <option key={route.id} value={route.id}>
                {route.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={adding || !chosen}
            data-testid="place-routes-add"
            onClick={() => void add()}
          >
            {adding ? t.t(m.adding) : t.t(commonMessages.add)}
          </button>
        </div>
      )}
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        data-testid="place-propose-tour-button"
        onClick={() => setProposing(true)}
      >
        {t.t(m.proposeTourFromHere)}
      </button>
      {proposing && <TourDialog startPlaceId={place.id} onClose={() => setProposing(false)} />}
    </section>
  );
}
