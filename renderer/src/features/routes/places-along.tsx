import { useEffect, useId, useState } from 'react';
import type { PlaceAlong } from '../../../../shared/api/contract.js';
import { nearbyMessages } from '../../../../shared/i18n/messages/ui/nearby.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { CATEGORY_FAMILIES, getCategory, type CategoryFamily } from '../../../../shared/model/typology.js';
import { useApi } from '../../api/api-context.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { flyToPosition } from '../../map/camera.js';
import { useMapHandle } from '../../map/map-handle.js';
import { categoryAndSector } from '../places/labels.js';
import { useRoutes } from './routes-context.js';

export const ALONG_DISTANCES = [50, 100, 200, 500] as const;

/**
 * Places within a walking distance of the line (the network's, straight where it cannot say),
 * grouped by kind; one click adds one as a stop where it lengthens the route least.
 */
export function PlacesAlong({ route }: { route: Route }) {
  const t = useT();
  const id = useId();
  const api = useApi();
  const mapRef = useMapHandle();
  const { edits } = useRoutes();
  const [withinMetres, setWithinMetres] = useState<number>(100);
  const [family, setFamily] = useState<CategoryFamily | ''>('');
  const [hits, setHits] = useState<PlaceAlong[] | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const [adding, setAdding] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    api.placesAlongRoute({ id: route.id, withinMetres, ...(family ? { families: [family] } : {}), limit: 100 }).then(
      (read) => {
        if (live) setHits(read);
      },
      (caught: unknown) => {
        if (live) setError(errorNotice(caught));
      },
    );
    return () => {
      live = false;
    };
  }, [api, route, withinMetres, family]);

  async function add(placeId: number) {
    setAdding(placeId);
    await edits.addStop(placeId, route);
    setAdding(null);
  }

  const groups = new Map<CategoryFamily, PlaceAlong[]>();
  for (const hit of hits ?? []) {
    const key = getCategory(hit.place.category).family;
    groups.set(key, [...(groups.get(key) ?? []), hit]);
  }
  const ordered = CATEGORY_FAMILIES.filter((key) => groups.has(key));
  return (
    <section className="route-along" aria-labelledby={`${id}-title`} data-testid="places-along">
      <h3 className="route-section__title" id={`${id}-title`}>
        {t.t(m.alongTitle)}
      </h3>
      <div className="route-along__controls">
        <label className="route-along__control">
          <span>{t.t(m.alongWithin)}</span>
          <select
            className="input input--inline"
            value={withinMetres}
            data-testid="along-distance-select"
            onChange={(event) => setWithinMetres(Number(event.target.value))}
          >
            {ALONG_DISTANCES.map((metres) => (
              <option key={metres} value={metres}>
                {t.t(nearbyMessages.metres, { metres })}
              </option>
            ))}
          </select>
        </label>
        <label className="route-along__control">
          <span>{t.t(m.alongKind)}</span>
          <select
            className="input input--inline"
            value={family}
            data-testid="along-kind-select"
            onChange={(event) => setFamily(event.target.value as CategoryFamily | '')}
          >
            <option value="">{t.t(m.alongAllKinds)}</option>
            {CATEGORY_FAMILIES.map((key) => (
              <option key={key} value={key}>
                {typologyLabel(t, 'family', key)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage message={error} />
      {hits === null ? (
        <p className="route-section__hint">{t.t(m.alongLoading)}</p>
      ) : hits.length === 0 ? (
        <p className="route-section__hint">{t.t(m.alongEmpty)}</p>
      ) : (
        ordered.map((key) => (
          <div key={key} className="route-along__group">
            <h4 className="route-along__family">
              {typologyLabel(t, 'family', key)}
              <span className="route-along__count">{t.number(groups.get(key)!.length)}</span>
            </h4>
            <ul className="route-along__list">
              {groups.get(key)!.map((hit) => (
                <li
                  key={hit.place.id}
                  className="route-along__item"
                  data-testid="along-item"
                  data-place-id={hit.place.id}
                >
                  <button
                    type="button"
                    className="route-along__name"
                    data-content=""
                    title={t.t(m.showStop, { name: hit.place.name })}
                    onClick={() => {
                      if (mapRef.current) flyToPosition(mapRef.current, hit.place.longitude, hit.place.latitude);
                    }}
                  >
                    {hit.place.name}
                  </button>
                  <span className="route-along__category">{categoryAndSector(t, hit.place)}</span>
                  <span className="route-along__distance">
                    {t.t(nearbyMessages.metres, { metres: hit.distanceMetres })}
                  </span>
                  {hit.isStop ? (
                    <span className="route-along__stop">{t.t(m.alongIsStop)}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      data-testid="along-add-button"
                      aria-label={t.t(m.addAsStopOf, { name: hit.place.name })}
                      disabled={adding !== null}
                      onClick={() => void add(hit.place.id)}
                    >
                      {adding === hit.place.id ? t.t(m.adding) : t.t(m.addAsStop)}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
