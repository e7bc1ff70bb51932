import { useId, useMemo, useState, type ReactNode } from 'react';
import type { NearbyPlace } from '../../../../shared/api/contract.js';
import type { NearbyMeasure } from '../../../../shared/api/places.js';
import { NEARBY_DEFAULT_METRES } from '../../../../shared/api/limits.js';
import type { LinkInput, Place } from '../../../../shared/model/schemas.js';
import { LINK_TYPES, getCategory, type LinkTypeId } from '../../../../shared/model/typology.js';
import { useLiveQueryKeepingLast } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { linkMessages } from '../../../../shared/i18n/messages/ui/links.js';
import { nearbyMessages as m } from '../../../../shared/i18n/messages/ui/nearby.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { categoryAndSector } from '../places/labels.js';
import { ErrorMessage } from '../../app/error-message.js';

export const NEARBY_DISTANCES = [100, 250, 500, 1000, 2000] as const;

/** Heritage sites and venues are used by firms; other places work with them as partners. */
export function defaultLinkType(place: Place): LinkTypeId {
  const family = getCategory(place.category).family;
  return family === 'heritage' || family === 'cultural-venue' ? 'uses-heritage-site' : 'project-partner';
}

/** Who links to whom: the actor uses the site; otherwise the selected place is the origin. */
export function linkBetween(selected: Place, other: Pick<Place, 'id'>, type: LinkTypeId): LinkInput {
  return type === 'uses-heritage-site'
    ? { fromPlaceId: other.id, toPlaceId: selected.id, type }
    : { fromPlaceId: selected.id, toPlaceId: other.id, type };
}

/** Who is near a place, each marked linked or not: a live list (places move, links come and go). */
export function nearbyList(placeId: number, withinMetres: number, measure: NearbyMeasure = 'straight') {
  return liveQuery(
    `nearby ${placeId} ${withinMetres} ${measure}`,
    measure === 'walking' ? ['places', 'links', 'network'] : ['places', 'links'],
    (api) => api.nearbyPlaces({ placeId, withinMetres, measure }),
  );
}

export interface NearbyPanelProps {
  place: Place;
  onCreateLink(input: LinkInput): Promise<unknown>;
  onSelectPlace(id: number): void;
  /** Whether the workspace filter shows a place; hidden places are left out of the list. */
  isShown?(placeId: number): boolean;
  /** Whether the project has a street network (then distances may be measured on foot). */
  hasNetwork?: boolean;
  /** One more action per place listed (another feature's: add it as a stop of a route). */
  placeAction?(place: NearbyPlace): ReactNode;
}

/** Creative firms and tourism operators near the selected place, each linked or ready to link. */
export function NearbyPanel({
  place,
  onCreateLink,
  onSelectPlace,
  isShown,
  hasNetwork = false,
  placeAction,
}: NearbyPanelProps) {
  const t = useT();
  const id = useId();
  const [withinMetres, setWithinMetres] = useState<number>(NEARBY_DEFAULT_METRES);
  const [linkType, setLinkType] = useState<LinkTypeId>(() => defaultLinkType(place));
  const [chosenMeasure, setMeasure] = useState<NearbyMeasure>('straight');
  const measure = hasNetwork ? chosenMeasure : 'straight';
  // NOTE: while another distance is read, the last list stays on screen (marked busy).
  const nearby = useLiveQueryKeepingLast(
    useMemo(() => nearbyList(place.id, withinMetres, measure), [place.id, withinMetres, measure]),
  );
  const loading = nearby.status === 'loading';
  const loadError = nearby.error ? errorNotice(nearby.error) : null;
  const [linking, setLinking] = useState<number | null>(null);
  const [linkError, setLinkError] = useState<Notice | null>(null);

  async function link(other: NearbyPlace) {
    setLinking(other.id);
    setLinkError(null);
    try {
      await onCreateLink(linkBetween(place, other, linkType));
    } catch (error) {
      setLinkError(errorNotice(error));
    } finally {
      setLinking(null);
    }
  }

  const allHits = loadError ? null : (nearby.data ?? null);
  const hits = allHits && isShown ? allHits.filter((hit) => isShown(hit.place.id)) : allHits;
  const offNetwork =
    measure === 'walking' && !loading && allHits !== null && allHits.some((hit) => hit.measure !== 'walking');

  return (
    <section className="nearby" data-testid="nearby-panel" aria-labelledby={`${id}-title`}>
      <h3 className="nearby__title" id={`${id}-title`}>
        {t.t(m.title)}
      </h3>
      <p className="nearby__intro">
        <label htmlFor={`${id}-distance`} className="nearby__intro-label">
          {t.t(m.intro)}
        </label>
        <select
          id={`${id}-distance`}
          className="input input--inline"
          value={withinMetres}
          data-testid="nearby-distance-select"
          onChange={(event) => setWithinMetres(Number(event.target.value))}
        >
          {NEARBY_DISTANCES.map((metres) => (
            <option key={metres} value={metres}>
              {t.t(m.metres, { metres })}
            </option>
          ))}
        </select>
      </p>
      {hasNetwork && (
        <div className="nearby__link-type">
          <label htmlFor={`${id}-measure`}>{t.t(m.measure)}</label>
          <select
            id={`${id}-measure`}
            className="input input--inline"
            value={measure}
            data-testid="nearby-measure-select"
            onChange={(event) => setMeasure(event.target.value as NearbyMeasure)}
          >
            <option value="straight">{t.t(m.measureStraight)}</option>
            <option value="walking">{t.t(m.measureWalking)}</option>
          </select>
        </div>
      )}
      {offNetwork && <p className="nearby__empty">{t.t(m.offNetwork)}</p>}
      <div className="nearby__link-type">
        <label htmlFor={`${id}-type`}>{t.t(linkMessages.type)}</label>
        <select
          id={`${id}-type`}
          className="input input--inline"
          value={linkType}
          data-testid="nearby-link-type-select"
          onChange={(event) => setLinkType(event.target.value as LinkTypeId)}
        >
          {LINK_TYPES.map((type) => (
            <option key={type.id} value={type.id}>
              {typologyLabel(t, 'linkType', type.id)}
            </option>
          ))}
        </select>
      </div>

      {loadError && <ErrorMessage message={loadError} />}
      <ErrorMessage message={linkError} onDismiss={() => setLinkError(null)} />

      {hits === null ? (
        <p className="nearby__empty">{t.t(m.loading)}</p>
      ) : hits.length === 0 ? (
        <p className="nearby__empty">{loading ? t.t(m.loading) : t.t(m.empty)}</p>
      ) : (
        <ul className="nearby__list" aria-busy={loading}>
          {hits.map((hit) => (
            <li key={hit.place.id} className="nearby-item" data-testid="nearby-item" data-place-id={hit.place.id}>
              <button
                type="button"
                className="nearby-item__name"
                data-content=""
                aria-label={t.t(m.selectLabel, { name: hit.place.name })}
                onClick={() => onSelectPlace(hit.place.id)}
              >
                {hit.place.name}
              </button>
              <span className="nearby-item__category">{categoryAndSector(t, hit.place)}</span>
              <span className="nearby-item__distance" data-testid="nearby-distance">
                {t.t(hit.measure === 'walking' ? m.walkingMetres : m.metres, {
                  metres: Math.round(hit.distanceMetres),
                })}
              </span>
              <span className="nearby-item__action">
                {hit.linked ? (
                  <span className="nearby-item__linked" data-testid="nearby-linked">
                    {t.t(m.linked)}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    data-testid="nearby-link-button"
                    aria-label={t.t(m.linkLabel, { name: hit.place.name })}
                    disabled={linking !== null}
                    onClick={() => void link(hit.place)}
                  >
                    {linking === hit.place.id ? t.t(m.linking) : t.t(m.link)}
                  </button>
                )}
                {placeAction?.(hit.place)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
