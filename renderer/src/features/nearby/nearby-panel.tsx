import { useEffect, useId, useState } from 'react';
import type { NearbyHit, NearbyPlace } from '../../../../shared/api/contract.js';
import { NEARBY_DEFAULT_METRES } from '../../../../shared/api/limits.js';
import type { Link, LinkInput, Place } from '../../../../shared/model/schemas.js';
import { LINK_TYPES, getCategory, type LinkTypeId } from '../../../../shared/model/typology.js';
import { useApi } from '../../api/api-context.js';
import { strings } from '../../i18n/strings.js';
import { errorText } from '../../util/error-text.js';
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

export interface NearbyPanelProps {
  place: Place;
  /** The project's links: a new list means the "linked" marks may have changed. */
  links: readonly Link[];
  onCreateLink(input: LinkInput): Promise<unknown>;
  onSelectPlace(id: number): void;
  /** Whether the workspace filter shows a place; hidden places are left out of the list. */
  isShown?(placeId: number): boolean;
}

type NearbyState =
  | { kind: 'loading'; hits: NearbyHit[] | null }
  | { kind: 'ready'; hits: NearbyHit[] }
  | { kind: 'failed'; message: string };

/** Creative firms and tourism operators near the selected place, each linked or ready to link. */
export function NearbyPanel({ place, links, onCreateLink, onSelectPlace, isShown }: NearbyPanelProps) {
  const api = useApi();
  const id = useId();
  const [withinMetres, setWithinMetres] = useState<number>(NEARBY_DEFAULT_METRES);
  const [linkType, setLinkType] = useState<LinkTypeId>(() => defaultLinkType(place));
  const [state, setState] = useState<NearbyState>({ kind: 'loading', hits: null });
  const [linking, setLinking] = useState<number | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ kind: 'loading', hits: previous.kind === 'failed' ? null : previous.hits }));
    api
      .nearbyPlaces({ placeId: place.id, withinMetres })
      .then((hits) => {
        if (current) setState({ kind: 'ready', hits });
      })
      .catch((error: unknown) => {
        if (current) setState({ kind: 'failed', message: errorText(error) });
      });
    return () => {
      current = false;
    };
  }, [api, place.id, place.longitude, place.latitude, withinMetres, links]);

  async function link(other: NearbyPlace) {
    setLinking(other.id);
    setLinkError(null);
    try {
      await onCreateLink(linkBetween(place, other, linkType));
    } catch (error) {
      setLinkError(errorText(error));
    } finally {
      setLinking(null);
    }
  }

  const allHits = state.kind === 'failed' ? null : state.hits;
  const hits = allHits && isShown ? allHits.filter((hit) => isShown(hit.place.id)) : allHits;

  return (
    <section className="nearby" data-testid="nearby-panel" aria-labelledby={`${id}-title`}>
      <h3 className="nearby__title" id={`${id}-title`}>
        {strings.nearbyTitle}
      </h3>
      <p className="nearby__intro">
        <label htmlFor={`${id}-distance`}>{strings.nearbyIntro}</label>{' '}
        <select
          id={`${id}-distance`}
          className="input input--inline"
          value={withinMetres}
          data-testid="nearby-distance-select"
          onChange={(event) => setWithinMetres(Number(event.target.value))}
        >
          {NEARBY_DISTANCES.map((metres) => (
            <option key={metres} value={metres}>
              {strings.metres(metres)}
            </option>
          ))}
        </select>
      </p>
      <div className="nearby__link-type">
        <label htmlFor={`${id}-type`}>{strings.linkTypeLabel}</label>
        <select
          id={`${id}-type`}
          className="input input--inline"
          value={linkType}
          data-testid="nearby-link-type-select"
          onChange={(event) => setLinkType(event.target.value as LinkTypeId)}
        >
          {LINK_TYPES.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </select>
      </div>

      {state.kind === 'failed' && <ErrorMessage message={state.message} />}
      <ErrorMessage message={linkError} onDismiss={() => setLinkError(null)} />

      {hits === null ? (
        <p className="nearby__empty">{strings.nearbyLoading}</p>
      ) : hits.length === 0 ? (
        <p className="nearby__empty">{state.kind === 'loading' ? strings.nearbyLoading : strings.nearbyEmpty}</p>
      ) : (
        <ul className="nearby__list" aria-busy={state.kind === 'loading'}>
          {hits.map((hit) => (
            <li key={hit.place.id} className="nearby-item" data-testid="nearby-item" data-place-id={hit.place.id}>
              <button
                type="button"
                className="nearby-item__name"
                aria-label={strings.nearbySelectLabel(hit.place.name)}
                onClick={() => onSelectPlace(hit.place.id)}
              >
                {hit.place.name}
              </button>
              <span className="nearby-item__category">{categoryAndSector(hit.place)}</span>
              <span className="nearby-item__distance" data-testid="nearby-distance">
                {strings.metres(hit.distanceMetres)}
              </span>
              <span className="nearby-item__action">
                {hit.linked ? (
                  <span className="nearby-item__linked" data-testid="nearby-linked">
                    {strings.nearbyLinked}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    data-testid="nearby-link-button"
                    aria-label={strings.nearbyLinkLabel(hit.place.name)}
                    disabled={linking !== null}
                    onClick={() => void link(hit.place)}
                  >
                    {linking === hit.place.id ? strings.nearbyLinking : strings.nearbyLink}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
