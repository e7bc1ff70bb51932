import { useId, useMemo } from 'react';
import { stylingMessages as m } from '../../../../shared/i18n/messages/ui/styling.js';
import {
  CUSTOM_FIELD_PREFIX,
  DEFAULT_PLACE_STYLE,
  MAX_CLASSES,
  MIN_CLASSES,
  customFieldName,
  isDefaultColouring,
  type PlaceStyle,
} from '../../../../shared/model/place-style.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { fieldReader, isNumericField } from './place-classes.js';
import { classLabel } from './place-labels.js';
import { useStyling } from './styling-context.js';

// The legend's choices of how places are drawn: which field colours them (as a colour per value
// or as graduated classes of a number, optionally sized), which field labels them; saved in the
// project at each change. Below them, the classes with their colours and counts.

/** At most this many other fields are offered (an import can bring hundreds of attributes). */
const MAX_FIELDS = 60;

/** The custom fields and imported attributes the places have, by name. */
function useCustomFieldNames(): string[] {
  const { data } = useWorkspace();
  return useMemo(() => {
    const names = new Set(data.customFieldDefinitions.map((definition) => definition.name));
    for (const place of data.places) {
      for (const name of Object.keys(place.customFields)) {
        if (names.size >= MAX_FIELDS) break;
        names.add(name);
      }
    }
    return [...names].sort((a, b) => a.localeCompare(b)).slice(0, MAX_FIELDS);
  }, [data.customFieldDefinitions, data.places]);
}

export function PlaceStyleControls() {
  const t = useT();
  const id = useId();
  const { data } = useWorkspace();
  const { placeStyle: style, setPlaceStyle } = useStyling();
  const customNames = useCustomFieldNames();
  const numeric = useMemo(
    () => isNumericField(data.places, fieldReader(style.colourBy, data.links)),
    [data.places, data.links, style.colourBy],
  );
  const change = (changes: Partial<PlaceStyle>) => {
    const next = { ...style, ...changes };
    // A field of text can only be coloured per value.
    if (changes.colourBy !== undefined && !isNumericField(data.places, fieldReader(next.colourBy, data.links)))
      next.method = 'categories';
    setPlaceStyle(next);
  };
  const graduated = style.method === 'graduated' && numeric;
  const customOptions = (labels: boolean) =>
    customNames.length > 0 && (
      <optgroup label={t.t(m.customFields)}>
        {customNames.map((name) => (
          <option key={name} value={`${CUSTOM_FIELD_PREFIX}${name}`}>
            {name}
          </option>
        ))}
        {/* A saved field no place has any more stays choosable, by its name. */}
        {[labels ? style.labelBy : style.colourBy]
          .map(customFieldName)
          .filter((name): name is string => name !== null && !customNames.includes(name))
          .map((name) => (
            <option key={name} value={`${CUSTOM_FIELD_PREFIX}${name}`}>
              {name}
            </option>
          ))}
      </optgroup>
    );

  return (
    <fieldset className="legend__style" data-testid="place-style">
      <legend className="legend__style-title">{t.t(m.styleHeading)}</legend>
      <label className="legend__style-field" htmlFor={`${id}-colour`}>
        <span>{t.t(m.colourBy)}</span>
        <select
          id={`${id}-colour`}
          data-testid="style-colour-by"
          value={style.colourBy}
          onChange={(event) => change({ colourBy: event.target.value })}
        >
          <option value="family">{t.t(m.fieldFamily)}</option>
          <option value="category">{t.t(m.fieldCategory)}</option>
          <option value="sector">{t.t(m.fieldSector)}</option>
          <option value="links">{t.t(m.fieldLinks)}</option>
          {customOptions(false)}
        </select>
      </label>
      {style.colourBy !== 'family' && (
        <label className="legend__style-field" htmlFor={`${id}-method`}>
          <span>{t.t(m.method)}</span>
          <select
            id={`${id}-method`}
            data-testid="style-method"
            value={graduated ? 'graduated' : 'categories'}
            aria-describedby={numeric ? undefined : `${id}-numbers`}
            onChange={(event) => change({ method: event.target.value === 'graduated' ? 'graduated' : 'categories' })}
          >
            <option value="categories">{t.t(m.methodCategories)}</option>
            <option value="graduated" disabled={!numeric}>
              {t.t(m.methodGraduated)}
            </option>
          </select>
        </label>
      )}
      {style.colourBy !== 'family' && !numeric && (
        <p className="legend__style-hint" id={`${id}-numbers`}>
          {t.t(m.graduatedNeedsNumbers)}
        </p>
      )}
      {graduated && (
        <>
          <label className="legend__style-field" htmlFor={`${id}-classes`}>
            <span>{t.t(m.classes)}</span>
            <select
              id={`${id}-classes`}
              data-testid="style-classes"
              value={style.classes}
              onChange={(event) => change({ classes: Number(event.target.value) })}
            >
              {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, index) => MIN_CLASSES + index).map((count) => (
                <option key={count} value={count}>
                  {t.number(count)}
                </option>
              ))}
            </select>
          </label>
          <label className="legend__style-check">
            <input
              type="checkbox"
              data-testid="style-size-by-value"
              checked={style.sizeByValue}
              onChange={(event) => change({ sizeByValue: event.target.checked })}
            />
            {t.t(m.sizeByValue)}
          </label>
        </>
      )}
      <label className="legend__style-field" htmlFor={`${id}-label`}>
        <span>{t.t(m.labelBy)}</span>
        <select
          id={`${id}-label`}
          data-testid="style-label-by"
          value={style.labelBy}
          onChange={(event) => change({ labelBy: event.target.value })}
        >
          <option value="name">{t.t(m.labelName)}</option>
          <option value="category">{t.t(m.fieldCategory)}</option>
          <option value="sector">{t.t(m.fieldSector)}</option>
          {customOptions(true)}
          <option value="none">{t.t(m.labelNone)}</option>
        </select>
      </label>
      {(style.colourBy !== DEFAULT_PLACE_STYLE.colourBy || style.labelBy !== DEFAULT_PLACE_STYLE.labelBy) && (
        <button
          type="button"
          className="button button--small button--quiet"
          data-testid="style-reset"
          onClick={() => setPlaceStyle(null)}
        >
          {t.t(m.resetStyle)}
        </button>
      )}
    </fieldset>
  );
}

/** The field's name as the legend's heading says it. */
function useFieldName(field: string): string {
  const t = useT();
  const custom = customFieldName(field);
  if (custom !== null) return custom;
  const names: Record<string, string> = {
    family: t.t(m.fieldFamily),
    category: t.t(m.fieldCategory),
    sector: t.t(m.fieldSector),
    links: t.t(m.fieldLinks),
  };
  return names[field] ?? field;
}

/** The classes of a style by another field than the kind: colour (and size), words, count. */
export function PlaceClassesLegend() {
  const t = useT();
  const { classification } = useStyling();
  const field = classification.style.colourBy;
  const fieldName = useFieldName(field);
  if (isDefaultColouring(classification.style)) return null;
  return (
    <section className="legend__classes" aria-label={t.t(m.classesHeading, { field: fieldName })}>
      <h3 className="legend__classes-title">{t.t(m.classesHeading, { field: fieldName })}</h3>
      <ul className="legend__list" data-testid="legend-classes">
        {classification.classes.map((entry, index) => (
          <li
            key={`${entry.kind}:${String(entry.value)}`}
            className="legend__item"
            data-testid={`legend-class-${index}`}
          >
            <span
              className="legend__swatch legend__swatch--class"
              data-colour={entry.colour}
              style={{
                backgroundColor: entry.colour,
                width: `${10 + entry.extraRadius}px`,
                height: `${10 + entry.extraRadius}px`,
              }}
            />
            <span className="legend__label">{classLabel(t, field, entry)}</span>
            <span className="legend__count">{t.number(entry.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
