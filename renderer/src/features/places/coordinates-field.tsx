import { placeMessages as m } from '../../../../shared/i18n/messages/ui/places.js';
import { useT } from '../../i18n/i18n-context.js';

export interface CoordinatesFieldProps {
  idPrefix: string;
  latitude: string;
  longitude: string;
  /** Which of the two is at fault, if any. */
  invalid: 'latitude' | 'longitude' | null;
  /** The id of the message about the field at fault. */
  errorId: string;
  onChange(patch: { latitude?: string; longitude?: string }): void;
}

/** A place's position typed in decimal degrees (WGS84); dragging the place on the map also moves it. */
export function CoordinatesField({ idPrefix, latitude, longitude, invalid, errorId, onChange }: CoordinatesFieldProps) {
  const t = useT();
  const hintId = `${idPrefix}-hint`;
  const input = (axis: 'latitude' | 'longitude', value: string, label: string) => (
    <div className="coordinates-field__axis">
      <label className="field__label" htmlFor={`${idPrefix}-${axis}`}>
        {label}
      </label>
      <input
        id={`${idPrefix}-${axis}`}
        className="input"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        data-testid={`place-${axis}-input`}
        aria-invalid={invalid === axis || undefined}
        aria-describedby={invalid === axis ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange({ [axis]: event.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="field coordinates-field" data-testid="place-coordinates">
      <legend className="field__label">{t.t(m.fieldCoordinates)}</legend>
      <div className="coordinates-field__axes">
        {input('latitude', latitude, t.t(m.fieldLatitude))}
        {input('longitude', longitude, t.t(m.fieldLongitude))}
      </div>
      <p className="field__hint" id={hintId}>
        {t.t(m.coordinatesHint)}
      </p>
    </fieldset>
  );
}
