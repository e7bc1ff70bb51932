import { useId, useState } from 'react';
import { areaMessages as m } from '../../../../shared/i18n/messages/ui/areas.js';
import type { Place } from '../../../../shared/model/schemas.js';
import { getCategory } from '../../../../shared/model/typology.js';
import { useT } from '../../i18n/i18n-context.js';
import { FAMILY_COLOURS } from '../../map/family-colours.js';
import { categoryAndSector } from '../places/labels.js';

/** Places shown before "Show all": a quarter can hold thousands. */
const SHOWN = 12;

export interface AreaPlacesProps {
  /** The places inside, in order; null while the project's places are still being read. */
  places: readonly Place[] | null;
  onOpenPlace(place: Place): void;
}

/** The places inside the area's outline: each opens in the place panel. */
export function AreaPlaces({ places, onOpenPlace }: AreaPlacesProps) {
  const t = useT();
  const id = useId();
  const [all, setAll] = useState(false);
  const shown = places && !all ? places.slice(0, SHOWN) : places;
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`} data-testid="area-places">
      <h3 className="panel-section__title" id={`${id}-title`}>
        {t.t(m.placesTitle)}
      </h3>
      {places === null && <p className="panel-section__empty">{t.t(m.placesLoading)}</p>}
      {places?.length === 0 && <p className="panel-section__empty">{t.t(m.placesEmpty)}</p>}
      {shown && shown.length > 0 && (
        <ul className="area-places">
          {shown.map((place) => (
            <li key={place.id}>
              <button
                type="button"
                className="area-places__item"
                data-testid="area-place"
                data-place-id={place.id}
                onClick={() => onOpenPlace(place)}
              >
                <span
                  className="area-places__dot"
                  style={{ backgroundColor: FAMILY_COLOURS[getCategory(place.category).family] }}
                  aria-hidden="true"
                />
                <span className="area-places__name" data-content="">
                  {place.name}
                </span>
                <span className="area-places__category">{categoryAndSector(t, place)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {places && places.length > SHOWN && !all && (
        <button
          type="button"
          className="button button--quiet button--small"
          data-testid="area-places-show-all"
          onClick={() => setAll(true)}
        >
          {t.t(m.showAllPlaces, { count: places.length })}
        </button>
      )}
    </section>
  );
}
